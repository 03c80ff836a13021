package org.deepdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.deepdrill.compute.Args;
import org.deepdrill.compute.OpException;
import org.deepdrill.compute.Tensor;
import org.deepdrill.grade.EntryCredit;
import org.deepdrill.grade.Key;
import org.deepdrill.grade.Mistake;
import org.deepdrill.grade.Tolerance;

/**
 * Reads a grading request of the {@code check} command into a {@link Key}:
 * <pre>{"kind": "number" | "vector" | "matrix" | "expression" | "shape" | "choice" | "multi",
 *  "key": …, "answer": "what the student typed", "vars": [...], "rtol": 1e-3, "atol": 1e-9,
 *  "points": 1, "options": n, "feedback": [per-option text], "mistakes": [{"name", "value", "feedback", "points"}],
 *  "partial": "entries", "point_step": 0.5}</pre>
 * Keys: a number, a flat array, a nested array, an expression string, an array of dimension
 * expressions, a 0-based option index (or letter), an array of per-option points.
 */
public final class CheckRequest {
    private static final String KINDS = "number, vector, matrix, expression, shape, choice, multi";

    private CheckRequest() {
    }

    /** What the student typed. @throws GradeRequestException when it is missing or not a string */
    public static String typed(JsonNode request) {
        requireObject(request);
        JsonNode answer = request.get("answer");
        if (answer == null || answer.isNull() || answer.isContainerNode()) {
            throw new GradeRequestException("answer", "must be the text the student typed");
        }
        return answer.asText();
    }

    /** The key the request describes. @throws GradeRequestException naming the malformed field */
    public static Key key(JsonNode request) {
        requireObject(request);
        JsonNode kindNode = request.get("kind");
        if (kindNode == null || !kindNode.isTextual()) {
            throw new GradeRequestException("kind", "must be a string");
        }
        String kind = kindNode.asText();
        JsonNode key = request.get("key");
        if (key == null || key.isNull()) {
            throw new GradeRequestException("key", "is missing");
        }
        double points = request.path("points").isNumber() ? request.get("points").asDouble() : 1.0;
        List<String> vars = strings(request, "vars");
        List<String> feedback = strings(request, "feedback");
        return switch (kind) {
            case "number" -> new Key.Number(number(key, "key"), tolerance(request), points,
                    mistakes(request, v -> number(v, "mistakes")));
            case "vector" -> new Key.Vector(tensor(request, "key", key, 1), tolerance(request), points,
                    mistakes(request, v -> tensor(request, "mistakes", v, 1)), credit(request));
            case "matrix" -> new Key.Matrix(tensor(request, "key", key, 2), tolerance(request), points,
                    mistakes(request, v -> tensor(request, "mistakes", v, 2)), credit(request));
            case "expression" -> new Key.Expression(expression(key), vars, points, mistakes(request, CheckRequest::expression));
            case "shape" -> new Key.Shape(dims(key), vars, points);
            case "choice" -> {
                int keyed = optionIndex(key);
                yield new Key.Choice(keyed, options(request, keyed, feedback), feedback, points);
            }
            case "multi" -> new Key.Multi(optionPoints(key), feedback, request.path("points").asDouble(0));
            default -> throw new GradeRequestException("kind", "must be one of " + KINDS + "; got '" + kind + "'");
        };
    }

    private interface Reader<V> {
        V read(JsonNode value);
    }

    private static <V> List<Mistake<V>> mistakes(JsonNode request, Reader<V> reader) {
        JsonNode mistakes = request.path("mistakes");
        List<Mistake<V>> out = new ArrayList<>();
        if (!mistakes.isArray()) {
            return out;
        }
        for (JsonNode m : mistakes) {
            JsonNode value = m.get("value");
            if (value == null || value.isNull()) {
                throw new GradeRequestException("mistakes", "entry needs a value");
            }
            JsonNode pts = m.path("points");
            if (!pts.isMissingNode() && !(pts.isNumber() && pts.asDouble() >= 0)) {
                throw new GradeRequestException("mistakes", "entry's points must be a number from 0");
            }
            out.add(new Mistake<>(m.path("name").asText("mistake"), reader.read(value), m.path("feedback").asText("A common mistake."),
                    pts.asDouble(0)));
        }
        return out;
    }

    /** {@code "partial": "entries"} with an optional {@code "point_step"} (default 0.5); absent or "none": all or nothing. */
    private static EntryCredit credit(JsonNode request) {
        JsonNode partial = request.get("partial");
        if (partial == null || partial.isNull() || "none".equals(partial.asText())) {
            if (request.has("point_step")) {
                throw new GradeRequestException("point_step", "applies only with \"partial\": \"entries\"");
            }
            return null;
        }
        if (!partial.isTextual() || !partial.asText().equals("entries")) {
            throw new GradeRequestException("partial", "must be \"entries\" or \"none\"; got " + partial);
        }
        JsonNode step = request.path("point_step");
        if (step.isMissingNode()) {
            return new EntryCredit(EntryCredit.DEFAULT_STEP);
        }
        if (!step.isNumber() || !(step.asDouble() > 0)) {
            throw new GradeRequestException("point_step", "must be a positive number of points; got " + step);
        }
        return new EntryCredit(step.asDouble());
    }

    private static void requireObject(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw new GradeRequestException("request", "must be a JSON object with kind, key and answer");
        }
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

    private static double number(JsonNode value, String field) {
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new GradeRequestException(field, "must be a finite number for kind number");
        }
        return value.asDouble();
    }

    /** A nested array through the compute core's reader (its limits and messages); a 1×n or n×1 array is a vector. */
    private static Tensor tensor(JsonNode request, String field, JsonNode value, int rank) {
        Tensor t;
        try {
            t = new Args("check", request).parseTensor(field, value);
        } catch (OpException e) {
            throw new GradeRequestException(e.getMessage());
        }
        if (rank == 1 && t.rank() == 2 && (t.dim(0) == 1 || t.dim(1) == 1)) {
            return t.reshape(t.size());
        }
        if (t.rank() != rank) {
            throw new GradeRequestException(field, "must be " + (rank == 1 ? "a flat array" : "a nested array of rows")
                    + ", got shape " + t.shapeText());
        }
        return t;
    }

    private static String expression(JsonNode key) {
        if (key.isTextual() || key.isNumber()) {
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

    private static int optionIndex(JsonNode key) {
        if (key.isInt()) {
            return key.asInt();
        }
        if (key.isTextual() && key.asText().matches("[a-zA-Z]")) {
            return Character.toLowerCase(key.asText().charAt(0)) - 'a';
        }
        throw new GradeRequestException("key", "must be the 0-based index (or letter) of the keyed option");
    }

    /** How many options: {@code options}, else the length of {@code feedback}, else 26. */
    private static int options(JsonNode request, int keyed, List<String> feedback) {
        int n = request.path("options").isInt() ? request.get("options").asInt() : feedback.isEmpty() ? 26 : feedback.size();
        if (n < 1 || n > 26) {
            throw new GradeRequestException("options", "must be from 1 to 26");
        }
        if (keyed < 0 || keyed >= n) {
            throw new GradeRequestException("key", "names option " + keyed + " of only " + n);
        }
        return n;
    }

    private static List<Double> optionPoints(JsonNode key) {
        if (!key.isArray() || key.isEmpty() || key.size() > 26) {
            throw new GradeRequestException("key", "must be an array of per-option points (1 to 26 options) for kind multi");
        }
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            if (!key.get(i).isNumber()) {
                throw new GradeRequestException("key", "entry " + i + " must be a number of points");
            }
            p.add(key.get(i).asDouble());
        }
        return p;
    }
}
