package org.deepdrill.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deepdrill.bank.Figures;
import org.deepdrill.bank.Question;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpResult;
import org.deepdrill.compute.Tensor;

/** Turns a question instance's {@code figure} declaration into the data the UI draws. */
public final class FigureBuilder {
    private FigureBuilder() {
    }

    /**
     * The figure of {@code instance}: what {@link #ofData} draws, or else a mask or heatmap of a
     * computed result; empty when it declares none or its data is missing.
     */
    public static Optional<FigureData> of(Variants.Instance instance) {
        Optional<FigureData> data = ofData(instance.question());
        JsonNode f = instance.question().figure();
        if (data.isPresent() || f == null || !f.isObject()) {
            return data;
        }
        String kind = f.path("kind").asText("");
        return kind.equals("mask") || kind.equals("heatmap") ? grid(f, instance.key().work()) : Optional.empty();
    }

    /**
     * The figure as far as it follows from the question's data alone (a graph, an RNN, a given
     * matrix); empty for a figure of a computed result.
     */
    public static Optional<FigureData> ofData(Question q) {
        JsonNode f = q.figure();
        if (f == null || !f.isObject()) {
            return Optional.empty();
        }
        return switch (f.path("kind").asText("")) {
            case "graph" -> graph(q);
            case "mask", "heatmap" -> f.path("matrix").isArray() ? grid(f, null) : Optional.empty();
            case "rnn" -> Optional.of(new FigureData.Rnn(Math.max(1, Math.min(Figures.MAX_RNN_STEPS, f.path("steps").asInt(3))),
                    labels(f.path("labels")), hasOutputs(q.compute())));
            default -> Optional.empty();
        };
    }

    private static Optional<FigureData> graph(Question q) {
        JsonNode g = Figures.graphData(q);
        if (g == null) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        if (g.path("nodes").isArray()) {
            for (JsonNode n : g.get("nodes")) {
                index.put(key(n), labels.size());
                labels.add(n.isNumber() ? number(n) : n.asText());
            }
        } else {
            for (int i = 0; i < g.path("n").asInt(0); i++) {
                index.put(String.valueOf(i), i);
                labels.add(String.valueOf(i));
            }
        }
        List<int[]> edges = new ArrayList<>();
        for (JsonNode e : g.path("edges")) {
            Integer a = index.get(key(e.path(0)));
            Integer b = index.get(key(e.path(1)));
            if (a == null || b == null) {
                return Optional.empty();
            }
            edges.add(new int[] {a, b});
        }
        double[] weights = null;
        if (g.path("weights").isArray() && g.get("weights").size() == edges.size()) {
            weights = new double[edges.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = g.get("weights").get(i).asDouble();
            }
        }
        return Optional.of(new FigureData.Graph(labels, edges, g.path("directed").asBoolean(false), weights));
    }

    private static Optional<FigureData> grid(JsonNode f, OpResult work) {
        String kind = f.path("kind").asText();
        String title = f.path("title").asText("");
        if (f.path("matrix").isArray()) {
            return Optional.of(new FigureData.Grid(kind, rows(f.get("matrix")), title, List.of(), List.of()));
        }
        String result = f.path("result").asText("");
        if (work == null || !work.results().containsKey(result)) {
            return Optional.empty();
        }
        Tensor t = work.get(result);
        if (t.rank() == 2) {
            return Optional.of(new FigureData.Grid(kind, t.toRows(), title.isEmpty() ? result : title, List.of(), List.of()));
        }
        if (t.rank() == 3) {
            // several heads: the first is drawn; the worked steps show every head
            int n = t.dim(1);
            int m = t.dim(2);
            double[][] first = new double[n][m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    first[i][j] = t.get(0, i, j);
                }
            }
            return Optional.of(new FigureData.Grid(kind, first, (title.isEmpty() ? result : title) + ", head 0 of " + t.dim(0),
                    List.of(), List.of()));
        }
        return Optional.empty();
    }

    private static double[][] rows(JsonNode m) {
        double[][] out = new double[m.size()][];
        for (int i = 0; i < m.size(); i++) {
            out[i] = new double[m.get(i).size()];
            for (int j = 0; j < out[i].length; j++) {
                JsonNode v = m.get(i).get(j);
                out[i][j] = v.isNumber() ? v.asDouble() : Double.NaN;
            }
        }
        return out;
    }

    /**
     * Whether the question's network produces outputs y_t: an {@code rnn} computes them only with
     * {@code w_hy} (without it the figure drew y₁, y₂ that the question never has); the other
     * recurrent ops ({@code rnn_bptt}'s V, {@code linear_rnn_kernel}'s C) always do, and a figure
     * with no recurrent computation behind it is drawn as slides draw one, with outputs.
     */
    static boolean hasOutputs(JsonNode compute) {
        if (compute == null || !compute.isObject()) {
            return true;
        }
        List<JsonNode> ops = new ArrayList<>();
        if (compute.path("steps").isArray()) {
            compute.get("steps").forEach(ops::add);
        } else {
            ops.add(compute);
        }
        boolean recurrent = false;
        for (JsonNode op : ops) {
            switch (op.path("op").asText("")) {
                case "rnn" -> {
                    recurrent = true;
                    if (op.path("args").has("w_hy")) {
                        return true;
                    }
                }
                case "rnn_bptt", "linear_rnn_kernel" -> {
                    return true;
                }
                default -> {
                    // not a recurrent op
                }
            }
        }
        return !recurrent;
    }

    private static Map<String, String> labels(JsonNode l) {
        Map<String, String> out = new HashMap<>(Map.of("input", "x", "state", "h", "output", "y"));
        if (l.isObject()) {
            l.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    /** Labels match by value for numbers (2 and 2.0 are one node), as the graph op does. */
    private static String key(JsonNode n) {
        return n.isNumber() ? number(n) : "s:" + n.asText();
    }

    private static String number(JsonNode n) {
        double d = n.asDouble();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
