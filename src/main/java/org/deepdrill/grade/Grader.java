package org.deepdrill.grade;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.deepdrill.compute.Args;
import org.deepdrill.compute.OpException;
import org.deepdrill.compute.Tensor;

/**
 * Checks one answer described by a request, the form `check` reads and banks produce:
 * <pre>{"kind": "number" | "vector" | "matrix" | "expression" | "shape" | "choice" | "multi",
 *  "key": …, "answer": "what the student typed", "vars": [...], "rtol": 1e-3, "atol": 1e-9,
 *  "points": 1, "feedback": [per-option text], "mistakes": [{"name", "value", "feedback"}]}</pre>
 * Keys: a number, a flat array, a nested array, an expression string, an array of dimension
 * expressions, a 0-based option index (or letter), an array of per-option points.
 */
public final class Grader {
    private Grader() {
    }

    /** @throws GradeRequestException when the request (not the answer) is malformed */
    public static Verdict check(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw new GradeRequestException("request", "must be a JSON object with kind, key and answer");
        }
        String kind = text(request, "kind");
        JsonNode key = request.get("key");
        if (key == null || key.isNull()) {
            throw new GradeRequestException("key", "is missing");
        }
        JsonNode answerNode = request.get("answer");
        if (answerNode == null || answerNode.isNull() || answerNode.isContainerNode()) {
            throw new GradeRequestException("answer", "must be the text the student typed");
        }
        String answer = answerNode.asText();
        double points = request.path("points").isNumber() ? request.get("points").asDouble() : 1.0;
        Tolerance tol = tolerance(request);
        List<String> vars = strings(request, "vars");
        List<String> optionFeedback = strings(request, "feedback");
        Verdict v = switch (kind) {
            case "number" -> NumberChecker.check(number(key), answer, tol, points);
            case "vector" -> ArrayChecker.checkVector(tensor(key, 1), answer, tol, points);
            case "matrix" -> ArrayChecker.checkMatrix(tensor(key, 2), answer, tol, points);
            case "expression" -> ExpressionChecker.check(keyText(key), vars, answer, points);
            case "shape" -> ShapeChecker.check(dims(key), vars, answer, points);
            case "choice" -> ChoiceChecker.check(optionIndex(key, request), options(request, key), optionFeedback, answer, points);
            case "multi" -> MultiChecker.check(optionPoints(key), request.path("points").asDouble(0), optionFeedback, answer);
            default -> throw new GradeRequestException("kind", "must be one of number, vector, matrix, expression, shape, choice, multi; got '" + kind + "'");
        };
        return recogniseMistake(v, request, kind, answer, points, tol, vars);
    }

    /** Replaces "not correct" by a recognised mistake's feedback when the answer matches one. */
    private static Verdict recogniseMistake(Verdict v, JsonNode request, String kind, String answer,
                                            double points, Tolerance tol, List<String> vars) {
        JsonNode mistakes = request.path("mistakes");
        if (!Boolean.FALSE.equals(v.correct()) || !mistakes.isArray()) {
            return v;
        }
        for (JsonNode m : mistakes) {
            JsonNode value = m.get("value");
            if (value == null || value.isNull()) {
                throw new GradeRequestException("mistakes", "entry needs a value");
            }
            Verdict asIfKey = switch (kind) {
                case "number" -> NumberChecker.check(number(value), answer, tol, points);
                case "vector" -> ArrayChecker.checkVector(tensor(value, 1), answer, tol, points);
                case "matrix" -> ArrayChecker.checkMatrix(tensor(value, 2), answer, tol, points);
                case "expression" -> ExpressionChecker.check(keyText(value), vars, answer, points);
                default -> v;
            };
            if (Boolean.TRUE.equals(asIfKey.correct())) {
                return v.withMistake(m.path("name").asText("mistake"), m.path("feedback").asText("A common mistake."));
            }
        }
        return v;
    }

    private static Tolerance tolerance(JsonNode request) {
        double rtol = request.path("rtol").isNumber() ? request.get("rtol").asDouble() : Tolerance.DEFAULT.rtol();
        double atol = request.path("atol").isNumber() ? request.get("atol").asDouble() : Tolerance.DEFAULT.atol();
        try {
            return new Tolerance(rtol, atol);
        } catch (IllegalArgumentException e) {
            throw new GradeRequestException("rtol", e.getMessage());
        }
    }

    private static String text(JsonNode request, String field) {
        JsonNode v = request.get(field);
        if (v == null || !v.isTextual()) {
            throw new GradeRequestException(field, "must be a string");
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode request, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = request.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new GradeRequestException(field, "must be an array of strings");
        }
        v.forEach(e -> out.add(e.isNull() ? null : e.asText()));
        return out;
    }

    private static double number(JsonNode key) {
        if (!key.isNumber() || !Double.isFinite(key.asDouble())) {
            throw new GradeRequestException("key", "must be a finite number for kind number");
        }
        return key.asDouble();
    }

    private static Tensor tensor(JsonNode key, int rank) {
        try {
            Tensor t = new Args("check", null).parseTensor("key", key);
            if (rank == 1 && t.rank() == 2 && (t.dim(0) == 1 || t.dim(1) == 1)) {
                return t.reshape(t.size());
            }
            if (t.rank() != rank) {
                throw new GradeRequestException("key", "must be " + (rank == 1 ? "a flat array" : "a nested array of rows")
                        + ", got shape " + t.shapeText());
            }
            return t;
        } catch (OpException e) {
            throw new GradeRequestException("key", e.getMessage().replaceFirst("^check: argument 'key' ", ""));
        }
    }

    private static String keyText(JsonNode key) {
        if (key.isTextual()) {
            return key.asText();
        }
        if (key.isNumber()) {
            return key.asText();
        }
        throw new GradeRequestException("key", "must be an expression string");
    }

    private static List<String> dims(JsonNode key) {
        if (!key.isArray() || key.isEmpty()) {
            throw new GradeRequestException("key", "must be an array of dimensions for kind shape");
        }
        List<String> out = new ArrayList<>();
        key.forEach(d -> out.add(d.asText()));
        return out;
    }

    private static int optionIndex(JsonNode key, JsonNode request) {
        if (key.isInt()) {
            return key.asInt();
        }
        if (key.isTextual() && key.asText().matches("[a-zA-Z]")) {
            return Character.toLowerCase(key.asText().charAt(0)) - 'a';
        }
        throw new GradeRequestException("key", "must be the 0-based index (or letter) of the keyed option");
    }

    private static int options(JsonNode request, JsonNode key) {
        if (request.path("options").isInt()) {
            int n = request.get("options").asInt();
            if (n < 1 || n > 26) {
                throw new GradeRequestException("options", "must be from 1 to 26");
            }
            if (optionIndex(key, request) >= n) {
                throw new GradeRequestException("key", "names option " + optionIndex(key, request) + " of only " + n);
            }
            return n;
        }
        JsonNode fb = request.get("feedback");
        return fb != null && fb.isArray() && fb.size() > 0 ? fb.size() : 26;
    }

    private static double[] optionPoints(JsonNode key) {
        if (!key.isArray() || key.isEmpty() || key.size() > 26) {
            throw new GradeRequestException("key", "must be an array of per-option points (1 to 26 options) for kind multi");
        }
        double[] p = new double[key.size()];
        for (int i = 0; i < p.length; i++) {
            if (!key.get(i).isNumber()) {
                throw new GradeRequestException("key", "entry " + i + " must be a number of points");
            }
            p[i] = key.get(i).asDouble();
        }
        return p;
    }
}
