package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import org.deepdrill.compute.Tensor;

/**
 * Checks a question's {@code figure}: the app draws it from data, so the data must be there — a
 * graph's edges, a mask's or heatmap's computed result, an RNN's number of steps.
 */
public final class Figures {
    public static final Set<String> KINDS = Set.of("graph", "mask", "heatmap", "rnn");
    /** Most time steps an unrolled RNN figure draws. */
    public static final int MAX_RNN_STEPS = 16;

    private Figures() {
    }

    /** A problem with the instance's figure, or empty when it has none or it can be drawn. */
    public static Optional<String> check(Variants.Instance instance) {
        Question q = instance.question();
        JsonNode f = q.figure();
        if (f == null || f.isNull()) {
            return Optional.empty();
        }
        for (String field : new String[] {"file", "path", "src", "image", "url"}) {
            if (f.has(field)) {
                return Optional.of("figure field '" + field + "' names a file; figures are drawn from the question's data and a bank never reads files");
            }
        }
        String kind = f.path("kind").asText("");
        if (!f.isObject() || !KINDS.contains(kind)) {
            return Optional.of("figure needs \"kind\": one of graph, heatmap, mask, rnn");
        }
        return switch (kind) {
            case "graph" -> graph(q, f);
            case "mask", "heatmap" -> grid(instance, f, kind);
            case "rnn" -> {
                int steps = f.path("steps").asInt(0);
                yield f.path("steps").isIntegralNumber() && steps >= 1 && steps <= MAX_RNN_STEPS ? Optional.empty()
                        : Optional.of("an rnn figure needs \"steps\": 1 to " + MAX_RNN_STEPS);
            }
            default -> Optional.empty();
        };
    }

    /**
     * A warning when the figure shows the key before the answer: a mask or heatmap drawn from a
     * given {@code matrix} (shown beside the prompt, as data) whose numbers are the key's. A
     * figure drawn from a computed {@code result} waits for the feedback in practice, so it gives
     * nothing away.
     */
    public static Optional<String> revealsKey(Variants.Instance instance) {
        JsonNode f = instance.question().figure();
        if (f == null || !f.isObject() || !f.path("matrix").isArray()) {
            return Optional.empty();
        }
        org.deepdrill.grade.Key k0 = instance.key().key();
        Tensor key = k0 instanceof org.deepdrill.grade.Key.Matrix m ? m.value()
                : k0 instanceof org.deepdrill.grade.Key.Vector v ? v.value() : null;
        if (key == null) {
            return Optional.empty();
        }
        java.util.List<Double> shown = new java.util.ArrayList<>();
        f.get("matrix").forEach(row -> {
            if (row.isArray()) {
                row.forEach(v -> shown.add(v.isNumber() ? v.asDouble() : Double.NaN));
            } else {
                shown.add(row.isNumber() ? row.asDouble() : Double.NaN);
            }
        });
        double[] k = key.data();
        if (shown.size() != k.length) {
            return Optional.empty();
        }
        for (int i = 0; i < k.length; i++) {
            if (!(Math.abs(shown.get(i) - k[i]) <= 1e-9 * Math.max(1, Math.abs(k[i])))) {
                return Optional.empty();
            }
        }
        return Optional.of("the figure shows the key before the answer: its \"matrix\" holds the answer's numbers;"
                + " draw it from the computation with \"result\" (the app shows that after the answer) or leave it out");
    }

    /** Where a graph figure takes its edges: the figure itself, else the question's compute. */
    public static JsonNode graphData(Question q) {
        JsonNode f = q.figure();
        if (f != null && f.has("edges")) {
            return f;
        }
        JsonNode c = q.compute();
        if (c == null) {
            return null;
        }
        if (c.path("args").has("edges")) {
            return c.get("args");
        }
        for (JsonNode step : c.path("steps")) {
            if (step.path("args").has("edges")) {
                return step.get("args");
            }
        }
        return null;
    }

    private static Optional<String> graph(Question q, JsonNode f) {
        JsonNode g = graphData(q);
        if (g == null || !g.path("edges").isArray()) {
            return Optional.of("a graph figure needs \"edges\" in the figure or in the question's compute");
        }
        if (!g.has("n") && !g.path("nodes").isArray()) {
            return Optional.of("a graph figure needs \"n\" or \"nodes\" beside its edges");
        }
        return Optional.empty();
    }

    private static Optional<String> grid(Variants.Instance instance, JsonNode f, String kind) {
        if (f.path("matrix").isArray()) {
            return Optional.empty();
        }
        String result = f.path("result").asText("");
        if (result.isEmpty()) {
            return Optional.of("a " + kind + " figure needs \"result\" (a computed matrix) or \"matrix\"");
        }
        var work = instance.key().work();
        if (work == null || !work.results().containsKey(result)) {
            return Optional.of("a " + kind + " figure draws the result '" + result + "', which the computation does not have"
                    + (work == null ? "" : "; it has " + String.join(", ", work.results().keySet())));
        }
        Tensor t = work.get(result);
        if (t.rank() != 2 && !(kind.equals("heatmap") && t.rank() == 3)) {
            return Optional.of("a " + kind + " figure needs a matrix, but '" + result + "' is " + t.shapeText());
        }
        return Optional.empty();
    }
}
