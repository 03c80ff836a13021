package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks the structure of one question; values that need the core are checked later. */
final class QuestionReader {
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "prompt", "points", "explanation", "tags",
            "source", "compute", "answer", "vars", "options", "rubric", "model_answer", "mistakes", "figure", "params",
            "rtol", "atol", "layout", "notation");
    private static final Set<String> OPTION_FIELDS = Set.of("text", "correct", "points", "feedback");
    private static final Set<String> MISTAKE_FIELDS = Set.of("name", "feedback", "compute", "args", "result", "index",
            "transform", "expression");
    private static final int MAX_LIST = 50;

    private final BankLoader.Reader r;

    QuestionReader(BankLoader.Reader r) {
        this.r = r;
    }

    Optional<Question> read(JsonNode q, String at) {
        int before = r.issues.size();
        if (!q.isObject()) {
            r.issue(at, "a question must be an object");
            return Optional.empty();
        }
        r.unknownFields(q, at, QUESTION_FIELDS, "a question");
        String id = r.string(q, at, "id", true, 80);
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            r.issue(at + "/id", "question id '" + id + "' must be letters, digits, '.', '_' or '-'");
        }
        String type = r.string(q, at, "type", true, 20);
        if (type != null && !Question.TYPES.contains(type)) {
            r.issue(at + "/type", "type '" + type + "' is not one of " + String.join(", ", Question.TYPES));
            type = null;
        }
        String prompt = r.string(q, at, "prompt", true, BankLoader.MAX_TEXT);
        double points = number(q, at, "points", 1.0, 0, 100);
        String explanation = r.string(q, at, "explanation", false, BankLoader.MAX_TEXT);
        List<String> tags = strings(q, at, "tags");
        List<String> vars = strings(q, at, "vars");
        Question.Source source = source(q.get("source"), at + "/source");
        JsonNode compute = object(q, at, "compute");
        JsonNode answer = q.get("answer");
        Double rtol = q.has("rtol") ? number(q, at, "rtol", 1e-3, 0, 1) : null;
        Double atol = q.has("atol") ? number(q, at, "atol", 1e-9, 0, 1e6) : null;
        List<Question.Option> options = options(q, at, type);
        List<Question.RubricItem> rubric = rubric(q, at);
        String model = r.string(q, at, "model_answer", false, BankLoader.MAX_TEXT);
        List<Question.MistakeSpec> mistakes = mistakes(q, at);
        Map<String, String> notation = notation(q, at);
        String layout = r.string(q, at, "layout", false, 10);
        if (layout != null && !layout.equals("rows") && !layout.equals("columns")) {
            r.issue(at + "/layout", "layout must be \"rows\" or \"columns\"");
        }
        if (type != null) {
            requireForType(q, at, type, compute, answer, vars);
        }
        if (r.issues.size() > before || id == null || type == null || prompt == null) {
            return Optional.empty();
        }
        JsonNode computeSeen = "columns".equals(layout) ? Layout.columnsToRows(compute) : compute;
        return Optional.of(new Question(id, type, prompt, points, explanation, tags, source, computeSeen, answer, vars,
                options, rubric, model, mistakes, q.get("figure"), q.get("params"), rtol, atol, notation, at));
    }

    private void requireForType(JsonNode q, String at, String type, JsonNode compute, JsonNode answer, List<String> vars) {
        switch (type) {
            case "number", "vector", "matrix" -> {
                if (compute == null) {
                    r.issue(at, "a " + type + " question needs 'compute': its key is computed, never typed");
                }
                if (answer == null || !answer.isObject() || !answer.path("result").isTextual()) {
                    r.issue(answer == null ? at : at + "/answer",
                            "a " + type + " question needs 'answer': {\"result\": <name of the computed result>}");
                } else if (answer.has("value")) {
                    r.issue(at + "/answer/value", "numeric keys are computed, not typed: remove 'value'");
                }
            }
            case "expression" -> {
                if (answer == null || !answer.path("expression").isTextual()) {
                    r.issue(answer == null ? at : at + "/answer", "an expression question needs 'answer': {\"expression\": \"…\"}");
                }
                if (vars.isEmpty() && !q.has("vars")) {
                    r.issue(at, "an expression question needs 'vars', the variables a student may use");
                }
            }
            case "shape" -> {
                if (answer == null || !(answer.path("shape").isArray() || answer.path("result").isTextual())) {
                    r.issue(answer == null ? at : at + "/answer",
                            "a shape question needs 'answer': {\"shape\": [dims]} or {\"result\": name} with 'compute'");
                } else if (answer.has("result") && compute == null) {
                    r.issue(at, "a shape question with answer.result needs 'compute'");
                }
            }
            case "choice", "multi" -> {
                if (!q.has("options")) {
                    r.issue(at, "a " + type + " question needs 'options'");
                }
            }
            case "open" -> {
                if (!q.has("rubric")) {
                    r.issue(at, "an open question needs a 'rubric' to mark against");
                }
                if (!q.has("model_answer")) {
                    r.issue(at, "an open question needs a 'model_answer'");
                }
            }
            default -> throw new IllegalStateException(type);
        }
    }

    private double number(JsonNode q, String at, String field, double fallback, double min, double max) {
        JsonNode v = q.get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            r.issue(at + "/" + field, "field '" + field + "' must be a number from " + PromptText.number(min) + " to "
                    + PromptText.number(max) + ", got " + v);
            return fallback;
        }
        return v.asDouble();
    }

    private List<String> strings(JsonNode q, String at, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = q.get(field);
        if (v == null) {
            return out;
        }
        if (!v.isArray() || v.size() > MAX_LIST) {
            r.issue(at + "/" + field, "field '" + field + "' must be an array of at most " + MAX_LIST + " strings");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual() || v.get(i).asText().isEmpty() || v.get(i).asText().length() > 80) {
                r.issue(at + "/" + field + "/" + i, "entry " + i + " of '" + field + "' must be a non-empty string of at most 80 characters");
            } else {
                out.add(v.get(i).asText());
            }
        }
        return out;
    }

    /** {@code notation}: symbols of the op's step labels and how this question writes them ({@link Notation}). */
    private Map<String, String> notation(JsonNode q, String at) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = q.get("notation");
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject() || v.size() > Notation.MAX_SYMBOLS) {
            r.issue(at + "/notation", "'notation' must be an object of at most " + Notation.MAX_SYMBOLS
                    + " symbols, each written as a string: {\"h\": \"s\", \"W_{hh}\": \"W\"}");
            return out;
        }
        v.properties().forEach(e -> {
            String symbol = e.getKey();
            String where = at + "/notation/" + symbol.replace("~", "~0").replace("/", "~1");
            if (symbol.isBlank() || symbol.length() > Notation.MAX_LENGTH) {
                r.issue(where, "a symbol in 'notation' must be 1 to " + Notation.MAX_LENGTH + " characters");
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank() || e.getValue().asText().length() > Notation.MAX_LENGTH) {
                r.issue(where, "notation for '" + symbol + "' must be a string of 1 to " + Notation.MAX_LENGTH + " characters");
            } else {
                out.put(symbol, e.getValue().asText());
            }
        });
        return out;
    }

    private JsonNode object(JsonNode q, String at, String field) {
        JsonNode v = q.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            r.issue(at + "/" + field, "field '" + field + "' must be an object");
            return null;
        }
        return v;
    }

    private Question.Source source(JsonNode s, String at) {
        if (s == null) {
            return null;
        }
        if (!s.isObject()) {
            r.issue(at, "field 'source' must be {\"seed\": …, \"item\": …}");
            return null;
        }
        r.unknownFields(s, at, Set.of("seed", "item"), "a source");
        String seed = r.string(s, at, "seed", true, 80);
        String item = r.string(s, at, "item", true, 80);
        return seed == null || item == null ? null : new Question.Source(seed, item);
    }

    private List<Question.Option> options(JsonNode q, String at, String type) {
        List<Question.Option> out = new ArrayList<>();
        JsonNode v = q.get("options");
        if (v == null) {
            return out;
        }
        if (!v.isArray() || v.size() < 2 || v.size() > 26) {
            r.issue(at + "/options", "field 'options' must be an array of 2 to 26 options");
            return out;
        }
        int correct = 0;
        double positive = 0;
        for (int i = 0; i < v.size(); i++) {
            String p = at + "/options/" + i;
            JsonNode o = v.get(i);
            if (!o.isObject()) {
                r.issue(p, "an option must be an object {\"text\": …}");
                continue;
            }
            r.unknownFields(o, p, OPTION_FIELDS, "an option");
            String text = r.string(o, p, "text", true, 5000);
            boolean isCorrect = o.path("correct").asBoolean(false);
            if (o.has("correct") && !o.get("correct").isBoolean()) {
                r.issue(p + "/correct", "field 'correct' must be true or false");
            }
            double pts = o.path("points").asDouble(0);
            if (o.has("points") && !o.get("points").isNumber()) {
                r.issue(p + "/points", "field 'points' must be a number");
            }
            correct += isCorrect ? 1 : 0;
            positive += Math.max(0, pts);
            out.add(new Question.Option(text, isCorrect, pts, r.string(o, p, "feedback", false, 5000)));
        }
        if ("choice".equals(type) && correct != 1) {
            r.issue(at + "/options", "a choice question needs exactly one option with \"correct\": true, found " + correct);
        }
        if ("multi".equals(type) && positive <= 0) {
            r.issue(at + "/options", "a multi question needs some option with positive points");
        }
        return out;
    }

    private List<Question.RubricItem> rubric(JsonNode q, String at) {
        List<Question.RubricItem> out = new ArrayList<>();
        JsonNode v = q.get("rubric");
        if (v == null) {
            return out;
        }
        if (!v.isArray() || v.isEmpty() || v.size() > MAX_LIST) {
            r.issue(at + "/rubric", "field 'rubric' must be a non-empty array of {\"text\", \"points\"}");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            String p = at + "/rubric/" + i;
            JsonNode o = v.get(i);
            if (!o.isObject() || !o.path("points").isNumber()) {
                r.issue(p, "a rubric item must be {\"text\": …, \"points\": number}");
                continue;
            }
            r.unknownFields(o, p, Set.of("text", "points"), "a rubric item");
            out.add(new Question.RubricItem(r.string(o, p, "text", true, 5000), o.get("points").asDouble()));
        }
        return out;
    }

    private List<Question.MistakeSpec> mistakes(JsonNode q, String at) {
        List<Question.MistakeSpec> out = new ArrayList<>();
        JsonNode v = q.get("mistakes");
        if (v == null) {
            return out;
        }
        if (!v.isArray() || v.size() > MAX_LIST) {
            r.issue(at + "/mistakes", "field 'mistakes' must be an array");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            String p = at + "/mistakes/" + i;
            JsonNode m = v.get(i);
            if (!m.isObject()) {
                r.issue(p, "a mistake must be an object {\"name\", \"feedback\", …}");
                continue;
            }
            r.unknownFields(m, p, MISTAKE_FIELDS, "a mistake");
            String transform = r.string(m, p, "transform", false, 20);
            if (transform != null && !transform.equals("transpose") && !transform.equals("negate")) {
                r.issue(p + "/transform", "transform must be \"transpose\" or \"negate\"");
            }
            out.add(new Question.MistakeSpec(r.string(m, p, "name", true, 80), r.string(m, p, "feedback", true, 5000),
                    m.get("compute"), m.get("args"), r.string(m, p, "result", false, 80), m.get("index"), transform,
                    r.string(m, p, "expression", false, 2000)));
        }
        return out;
    }
}
