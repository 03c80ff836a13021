package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph read from the arguments shared by {@code graph} and {@code laplacian_apply}:
 * {@code n} or {@code nodes}, {@code edges}, {@code directed}, {@code weights}; its weighted
 * adjacency matrix is built exactly as NetworkX's {@code to_numpy_array} builds it from a
 * {@code Graph}/{@code DiGraph} whose nodes were added in the given order:
 * <ul>
 *   <li>{@code A[i][j]} is the weight of the edge i→j (directed); an undirected edge sets both
 *       {@code A[i][j]} and {@code A[j][i]};</li>
 *   <li>a repeated edge is one edge whose weight is the last one given (NetworkX's
 *       {@code add_edge} overwrites the attribute); undirected, {@code [u,v]} and {@code [v,u]}
 *       are the same edge;</li>
 *   <li>a self-loop {@code [i,i]} puts its weight once on the diagonal (not twice);</li>
 *   <li>without {@code weights} every edge weighs 1.</li>
 * </ul>
 * Labels may be strings or numbers; numbers are compared by value, so {@code 1} and
 * {@code 1.0} name the same node (as in Python), while {@code "1"} is a different node.
 */
final class GraphSpec {
    private final List<String> labels;
    private final double[][] adjacency;
    private final boolean directed;

    private GraphSpec(List<String> labels, double[][] adjacency, boolean directed) {
        this.labels = labels;
        this.adjacency = adjacency;
        this.directed = directed;
    }

    /** The argument names this reader understands. */
    static final String[] ARGUMENTS = {"n", "nodes", "edges", "directed", "weights"};

    int size() {
        return labels.size();
    }

    boolean directed() {
        return directed;
    }

    /** Node labels in matrix order, as a student reads them (strings quoted). */
    List<String> labels() {
        return labels;
    }

    /** A fresh copy of the weighted adjacency matrix. */
    double[][] adjacency() {
        double[][] copy = new double[adjacency.length][];
        for (int i = 0; i < adjacency.length; i++) {
            copy[i] = adjacency[i].clone();
        }
        return copy;
    }

    /** Reads and checks the graph arguments; every problem is an {@link OpException}. */
    static GraphSpec read(Args args) {
        Map<Object, Integer> index = new HashMap<>();
        List<String> labels = new ArrayList<>();
        boolean numbered = !args.has("nodes");
        if (numbered) {
            if (!args.has("n")) {
                throw args.error("n", "is missing: expected the number of nodes (or give 'nodes', a list of labels)");
            }
            int n = args.integer("n", 1, Limits.MAX_DIM);
            for (int i = 0; i < n; i++) {
                index.put(key((double) i), i);
                labels.add(String.valueOf(i));
            }
        } else {
            JsonNode nodes = args.array("nodes", Limits.MAX_DIM);
            if (nodes.isEmpty()) {
                throw args.error("nodes", "is empty: expected at least one node label");
            }
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode label = nodes.get(i);
                Object k = labelKey(label);
                if (k == null) {
                    throw args.error("nodes", "entry " + i + " must be a string or a finite number, got " + label);
                }
                if (index.putIfAbsent(k, i) != null) {
                    throw args.error("nodes", "has the label " + label + " twice (entries " + index.get(k) + " and " + i
                            + "): expected distinct labels");
                }
                labels.add(label.toString());
            }
            if (args.has("n") && args.integer("n", 1, Limits.MAX_DIM) != nodes.size()) {
                throw args.error("n", "is " + args.json().get("n").asText() + " but 'nodes' has " + nodes.size()
                        + " labels: expected them to agree (or give only one of the two)");
            }
        }
        int n = labels.size();
        boolean directed = args.bool("directed", false);
        JsonNode edges = args.array("edges", Limits.MAX_ELEMENTS);
        double[] weights = readWeights(args, edges.size());
        double[][] a = new double[n][n];
        for (int e = 0; e < edges.size(); e++) {
            JsonNode edge = edges.get(e);
            if (!edge.isArray() || edge.size() != 2) {
                throw args.error("edges", "entry " + e + " must be a pair [from, to] of node labels, got " + edge);
            }
            int from = endpoint(args, index, labels, numbered, e, edge, edge.get(0));
            int to = endpoint(args, index, labels, numbered, e, edge, edge.get(1));
            double w = weights == null ? 1.0 : weights[e];
            // last weight wins, as NetworkX's add_edge overwrites the edge's attribute
            a[from][to] = w;
            if (!directed) {
                a[to][from] = w;
            }
        }
        return new GraphSpec(List.copyOf(labels), a, directed);
    }

    private static double[] readWeights(Args args, int edgeCount) {
        if (!args.has("weights")) {
            return null;
        }
        JsonNode w = args.array("weights", Limits.MAX_ELEMENTS);
        if (w.size() != edgeCount) {
            throw args.error("weights", "has " + w.size() + (w.size() == 1 ? " entry" : " entries") + ": expected one per edge ("
                    + edgeCount + ")");
        }
        double[] out = new double[edgeCount];
        for (int i = 0; i < edgeCount; i++) {
            JsonNode v = w.get(i);
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw args.error("weights", "entry " + i + " must be a finite number, got " + v);
            }
            out[i] = v.doubleValue();
        }
        return out;
    }

    private static int endpoint(Args args, Map<Object, Integer> index, List<String> labels, boolean numbered,
            int e, JsonNode edge, JsonNode label) {
        Object k = labelKey(label);
        Integer i = k == null ? null : index.get(k);
        if (i == null) {
            String known = numbered ? "0.." + (labels.size() - 1) : String.join(", ", labels);
            throw args.error("edges", "entry " + e + " " + edge + " refers to node " + label
                    + ", which is not a node of the graph: expected one of " + known);
        }
        return i;
    }

    /**
     * The identity of a node label: numbers by value (so {@code 2} and {@code 2.0} agree, as
     * Python's hash and equality do), strings by text; null for anything else.
     */
    private static Object labelKey(JsonNode label) {
        if (label.isNumber()) {
            double x = label.doubleValue();
            return Double.isFinite(x) ? key(x) : null;
        }
        if (label.isTextual()) {
            return "s:" + label.asText();
        }
        return null;
    }

    private static Object key(double x) {
        return x == 0 ? 0.0 : x; // -0.0 and 0.0 are one label
    }
}
