package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deepdrill.grade.EntryCredit;
import org.deepdrill.grade.Tolerance;

/** Reads and checks the structure of one question; values that need the core are checked later. */
final class QuestionReader {
    // The format's fields and limits. questions/schema/bank.schema.json says the same to a TA's
    // editor; BankSchemaAgreementTest fails when the two drift apart.
    static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "prompt", "points", "explanation", "tags",
            "source", "compute", "answer", "vars", "options", "rubric", "model_answer", "mistakes", "figure", "params",
            "rtol", "atol", "layout", "notation", "partial", "point_step");
    static final Set<String> OPTION_FIELDS = Set.of("text", "correct", "points", "feedback");
    static final Set<String> MISTAKE_FIELDS = Set.of("name", "feedback", "compute", "args", "result", "index",
            "transform", "expression", "points");
    static final Set<String> RUBRIC_FIELDS = Set.of("text", "points");
    static final Set<String> SOURCE_FIELDS = Set.of("seed", "item");
    /** Most tags, variables or rubric items. */
    static final int MAX_LIST = 50;
    /** Most mistakes one question recognises. */
    static final int MAX_MISTAKES = 16;
    /** Longest name: an id, a tag, a variable, a result, a source's seed or item. */
    static final int MAX_NAME = 80;
    /** Longest option, feedback or rubric text. */
    static final int MAX_NOTE = 5000;
    /** Longest mistake expression. */
    static final int MAX_EXPRESSION = 2000;
    /** Most points a question or a mistake is worth. */
    static final double MAX_POINTS = 100;
    static final double MAX_RTOL = 1;
    static final double MAX_ATOL = 1e6;
    /** Smallest point step of partial credit (the largest is MAX_POINTS). */
    static final double MIN_POINT_STEP = 0.01;

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
        String id = r.string(q, at, "id", true, MAX_NAME);
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            r.issue(at + "/id", "question id '" + id + "' must be letters, digits, '.', '_' or '-'");
        }
        String type = r.string(q, at, "type", true, 20);
        if (type != null && !Kind.NAMES.contains(type)) {
            r.issue(at + "/type", "type '" + type + "' is not one of " + String.join(", ", Kind.NAMES));
            type = null;
        }
        String prompt = r.string(q, at, "prompt", true, BankLoader.MAX_TEXT);
        double points = number(q, at, "points", 1.0, 0, MAX_POINTS);
        String explanation = r.string(q, at, "explanation", false, BankLoader.MAX_TEXT);
        List<String> tags = strings(q, at, "tags");
        List<String> vars = strings(q, at, "vars");
        Question.Source source = source(q.get("source"), at + "/source");
        JsonNode compute = object(q, at, "compute");
        JsonNode answer = q.get("answer");
        Double rtol = q.has("rtol") ? number(q, at, "rtol", 1e-3, 0, MAX_RTOL) : null;
        Double atol = q.has("atol") ? number(q, at, "atol", 1e-9, 0, MAX_ATOL) : null;
        List<Kind.Option> options = options(q, at, type);
        List<Kind.RubricItem> rubric = rubric(q, at);
        String model = r.string(q, at, "model_answer", false, BankLoader.MAX_TEXT);
        List<MistakeFields> mistakes = mistakes(q, at);
        Map<String, String> notation = notation(q, at);
        String layout = r.string(q, at, "layout", false, 10);
        if (layout != null && !layout.equals("rows") && !layout.equals("columns")) {
            r.issue(at + "/layout", "layout must be \"rows\" or \"columns\"");
        }
        if ("columns".equals(layout) && (prompt != null && PromptText.INPUT.matcher(prompt).find()
                || explanation != null && PromptText.INPUT.matcher(explanation).find())) {
            // the ops see the transposed matrices, so {{input:q}} would show q's columns as rows
            r.issue(at + "/layout", "{{input:…}} shows an input as the computation sees it, in rows; with \"layout\": \"columns\""
                    + " write the matrix out in the prompt");
        }
        if (type != null) {
            requireForType(q, at, type, compute, answer, vars);
        }
        EntryCredit credit = credit(q, at, type);
        Kind.ResultRef result = type != null && answer != null && answer.path("result").isTextual()
                ? resultRef(answer.get("result").asText(), answer.get("index"), at + "/answer") : null;
        if (r.issues.size() > before || id == null || type == null || prompt == null) {
            return Optional.empty();
        }
        JsonNode computeSeen = "columns".equals(layout) ? Layout.columnsToRows(compute) : compute;
        Tolerance tolerance = new Tolerance(rtol != null ? rtol : Tolerance.DEFAULT.rtol(), atol != null ? atol : Tolerance.DEFAULT.atol());
        Optional<Kind> kind = kind(type, at, computeSeen, answer, result, vars, tolerance, credit, options, rubric, model, mistakes);
        return kind.map(k -> new Question(id, prompt, points, explanation, tags, source, k, q.get("figure"), q.get("params"),
                notation, at));
    }

    /** A mistake's fields as the bank gives them; which kind of mistake it is depends on the question's kind. */
    private record MistakeFields(String name, String feedback, JsonNode compute, JsonNode args, String result,
                                 List<Integer> index, String transform, String expression, double points, String at) {
    }

    /** The question's kind with its fields; empty (with the problem reported) when a mistake does not fit the kind. */
    private Optional<Kind> kind(String type, String at, JsonNode compute, JsonNode answer, Kind.ResultRef result,
                                List<String> vars, Tolerance tolerance, EntryCredit credit, List<Kind.Option> options, List<Kind.RubricItem> rubric,
                                String model, List<MistakeFields> mistakes) {
        switch (type) {
            case "choice":
                return Optional.of(new Kind.Choice(options));
            case "multi":
                return Optional.of(new Kind.Multi(options));
            case "open":
                return Optional.of(new Kind.Open(rubric, model));
            case "expression": {
                List<Kind.ExpressionMistake> out = new ArrayList<>();
                for (MistakeFields m : mistakes) {
                    if (m.expression() == null) {
                        r.issue(at + "/mistakes", "mistake '" + m.name() + "' of an expression question needs an 'expression'");
                        return Optional.empty();
                    }
                    out.add(new Kind.ExpressionMistake(m.name(), m.feedback(), m.expression(), m.points()));
                }
                return Optional.of(new Kind.Expression(answer.get("expression").asText(), vars, out));
            }
            case "shape": {
                if (answer.has("shape")) {
                    List<String> dims = new ArrayList<>();
                    answer.get("shape").forEach(d -> dims.add(d.asText()));
                    return Optional.of(new Kind.Shape(vars, dims, null, null));
                }
                return Optional.of(new Kind.Shape(vars, null, compute, result));
            }
            default: {
                List<Kind.ComputedMistake> out = new ArrayList<>();
                for (MistakeFields m : mistakes) {
                    if (m.expression() != null) {
                        r.issue(m.at(), "mistake '" + m.name() + "' gives an expression, but the question's key is a " + type);
                        return Optional.empty();
                    }
                    if (m.args() != null && (!m.args().isObject() || (m.compute() == null ? compute : m.compute()).has("steps"))) {
                        r.issue(m.at() + "/args", "'args' overrides arguments of an {op, args} computation: it must be an object");
                        return Optional.empty();
                    }
                    out.add(new Kind.ComputedMistake(m.name(), m.feedback(), m.compute(), m.args(), m.result(), m.index(), m.transform(), m.points()));
                }
                return Optional.of(switch (type) {
                    case "number" -> new Kind.Number(compute, result, tolerance, out);
                    case "vector" -> new Kind.Vector(compute, result, tolerance, out, credit);
                    case "matrix" -> new Kind.Matrix(compute, result, tolerance, out, credit);
                    default -> throw new IllegalStateException("not a kind: " + type);
                });
            }
        }
    }

    /**
     * {@code "partial": "entries"} (with an optional {@code "point_step"}, default {@link
     * EntryCredit#DEFAULT_STEP}) for a vector or matrix question; null for all or nothing.
     */
    private EntryCredit credit(JsonNode q, String at, String type) {
        JsonNode partial = q.get("partial");
        boolean byEntries = partial != null && "entries".equals(partial.asText());
        if (partial != null && !(partial.isTextual() && (byEntries || "none".equals(partial.asText())))) {
            r.issue(at + "/partial", "'partial' must be \"entries\" (points for each right entry) or \"none\" (all or nothing)");
            return null;
        }
        if (byEntries && type != null && !type.equals("vector") && !type.equals("matrix")) {
            r.issue(at + "/partial", "\"partial\": \"entries\" applies to vector and matrix questions, not to a " + type + " question");
            return null;
        }
        if (q.has("point_step") && !byEntries) {
            r.issue(at + "/point_step", "'point_step' applies only with \"partial\": \"entries\"");
            return null;
        }
        return byEntries ? new EntryCredit(number(q, at, "point_step", EntryCredit.DEFAULT_STEP, MIN_POINT_STEP, MAX_POINTS)) : null;
    }

    /** {@code result} with an optional {@code index}: an array of non-negative integers. */
    private Kind.ResultRef resultRef(String result, JsonNode index, String at) {
        List<Integer> out = new ArrayList<>();
        if (index == null || index.isNull()) {
            return new Kind.ResultRef(result, out);
        }
        if (!index.isArray() || index.size() > 8) {
            r.issue(at + "/index", "'index' must be an array of at most 8 indices into '" + result + "'");
            return null;
        }
        for (JsonNode i : index) {
            if (!i.isIntegralNumber() || i.asInt(-1) < 0) {
                r.issue(at + "/index", "index " + i + " must be a whole number from 0");
                return null;
            }
            out.add(i.asInt());
        }
        return new Kind.ResultRef(result, out);
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
            if (!v.get(i).isTextual() || v.get(i).asText().isEmpty() || v.get(i).asText().length() > MAX_NAME) {
                r.issue(at + "/" + field + "/" + i, "entry " + i + " of '" + field + "' must be a non-empty string of at most " + MAX_NAME + " characters");
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
        r.unknownFields(s, at, SOURCE_FIELDS, "a source");
        String seed = r.string(s, at, "seed", true, MAX_NAME);
        String item = r.string(s, at, "item", true, MAX_NAME);
        return seed == null || item == null ? null : new Question.Source(seed, item);
    }

    private List<Kind.Option> options(JsonNode q, String at, String type) {
        List<Kind.Option> out = new ArrayList<>();
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
            String text = r.string(o, p, "text", true, MAX_NOTE);
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
            out.add(new Kind.Option(text, isCorrect, pts, r.string(o, p, "feedback", false, MAX_NOTE)));
        }
        if ("choice".equals(type) && correct != 1) {
            r.issue(at + "/options", "a choice question needs exactly one option with \"correct\": true, found " + correct);
        }
        if ("multi".equals(type) && positive <= 0) {
            r.issue(at + "/options", "a multi question needs some option with positive points");
        }
        return out;
    }

    private List<Kind.RubricItem> rubric(JsonNode q, String at) {
        List<Kind.RubricItem> out = new ArrayList<>();
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
            r.unknownFields(o, p, RUBRIC_FIELDS, "a rubric item");
            out.add(new Kind.RubricItem(r.string(o, p, "text", true, MAX_NOTE), o.get("points").asDouble()));
        }
        return out;
    }

    private List<MistakeFields> mistakes(JsonNode q, String at) {
        List<MistakeFields> out = new ArrayList<>();
        JsonNode v = q.get("mistakes");
        if (v == null) {
            return out;
        }
        if (!v.isArray() || v.size() > MAX_MISTAKES) {
            r.issue(at + "/mistakes", "field 'mistakes' must be an array of at most " + MAX_MISTAKES + " mistakes");
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
            String result = r.string(m, p, "result", false, MAX_NAME);
            Kind.ResultRef ref = m.get("index") == null ? null : resultRef(result, m.get("index"), p);
            out.add(new MistakeFields(r.string(m, p, "name", true, MAX_NAME), r.string(m, p, "feedback", true, MAX_NOTE),
                    m.get("compute"), m.get("args"), result, ref == null ? null : ref.index(), transform,
                    r.string(m, p, "expression", false, MAX_EXPRESSION), number(m, p, "points", 0, 0, MAX_POINTS), p));
        }
        return out;
    }
}
