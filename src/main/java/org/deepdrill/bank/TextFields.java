package org.deepdrill.bank;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.deepdrill.latex.TextCheck;

/**
 * Checks the LaTeX of every text a question shows typeset — prompt, explanation, model answer,
 * options and their feedback, rubric items, mistakes' feedback, and the symbols of its notation
 * (which end up in the worked steps' labels) — with the app's own parser, and reports each
 * problem at the field's string in the file. Read from the bank's JSON rather than the typed
 * question, because a problem must point at its field.
 */
final class TextFields {
    /** {@code {{name}}} stands for a value filled in later; the check sees a plain number there. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]*}}");

    private TextFields() {
    }

    static List<ValidationIssue> check(Bank bank, Question q) {
        List<ValidationIssue> out = new ArrayList<>();
        JsonNode node = bank.source().root().at(JsonPointer.compile(q.pointer()));
        String at = q.pointer();
        for (String field : List.of("prompt", "explanation", "model_answer")) {
            text(bank, node.get(field), at + "/" + field, TextCheck::markdown, out);
        }
        each(node.get("options"), (o, i) -> {
            text(bank, o.get("text"), at + "/options/" + i + "/text", TextCheck::markdown, out);
            text(bank, o.get("feedback"), at + "/options/" + i + "/feedback", TextCheck::markdown, out);
        });
        each(node.get("rubric"), (o, i) -> text(bank, o.get("text"), at + "/rubric/" + i + "/text", TextCheck::markdown, out));
        each(node.get("mistakes"), (o, i) -> text(bank, o.get("feedback"), at + "/mistakes/" + i + "/feedback", TextCheck::markdown, out));
        JsonNode notation = node.get("notation");
        if (notation != null && notation.isObject()) {
            notation.properties().forEach(e -> text(bank, e.getValue(),
                    at + "/notation/" + e.getKey().replace("~", "~0").replace("/", "~1"), TextCheck::formula, out));
        }
        return out;
    }

    private interface Indexed {
        void accept(JsonNode element, int index);
    }

    private static void each(JsonNode array, Indexed action) {
        if (array != null && array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                action.accept(array.get(i), i);
            }
        }
    }

    private static void text(Bank bank, JsonNode value, String pointer, Function<String, Optional<String>> check,
                             List<ValidationIssue> out) {
        if (value == null || !value.isTextual()) {
            return;
        }
        String text = PLACEHOLDER.matcher(value.asText()).replaceAll("0");
        check.apply(text).ifPresent(problem -> out.add(bank.issue(pointer, field(pointer) + ": " + problem)));
    }

    /** "prompt", "option 2's feedback": the field as a TA finds it. */
    private static String field(String pointer) {
        String[] p = pointer.split("/");
        int n = p.length;
        if (n >= 3 && p[n - 2].matches("\\d+") && List.of("options", "rubric", "mistakes").contains(p[n - 3])) {
            String what = switch (p[n - 3]) {
                case "options" -> "option " + (char) ('a' + Integer.parseInt(p[n - 2]));
                case "rubric" -> "rubric item " + (Integer.parseInt(p[n - 2]) + 1);
                default -> "mistake " + (Integer.parseInt(p[n - 2]) + 1);
            };
            return p[n - 1].equals("text") ? what : what + "'s " + p[n - 1];
        }
        if (n >= 2 && p[n - 2].equals("notation")) {
            return "notation for '" + p[n - 1].replace("~1", "/").replace("~0", "~") + "'";
        }
        return p[n - 1].replace('_', ' ');
    }
}
