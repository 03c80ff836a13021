package org.deepdrill.study;

import java.util.List;
import java.util.Map;

/**
 * What a question's figure shows, as plain data the UI draws: a graph from its edges, a grid
 * (mask or attention heatmap) from a computed matrix, or an RNN unrolled over time.
 */
public sealed interface FigureData {

    /**
     * A graph: node labels in order, edges as index pairs into {@code labels}, directed or not,
     * and optional per-edge weights (null when unweighted).
     */
    record Graph(List<String> labels, List<int[]> edges, boolean directed, double[] weights) implements FigureData {
    }

    /**
     * A grid of numbers: {@code mask} (0/1, blocked cells drawn empty) or {@code heatmap}
     * (values shaded, e.g. attention weights; NaN/−∞ cells drawn as blocked). {@code title}
     * names it ("head 1", "M"); labels may be empty lists.
     */
    record Grid(String kind, double[][] values, String title, List<String> rowLabels, List<String> columnLabels)
            implements FigureData {
    }

    /**
     * An RNN unrolled over {@code steps} time steps; {@code labels} names the input, state and
     * output ({@code input}, {@code state}, {@code output}, defaults x, h, y). {@code outputs}:
     * whether the network has outputs y_t to draw (an {@code rnn} without {@code w_hy} has none).
     */
    record Rnn(int steps, Map<String, String> labels, boolean outputs) implements FigureData {
        /** An RNN with outputs, as lecture slides draw one. */
        public Rnn(int steps, Map<String, String> labels) {
            this(steps, labels, true);
        }
    }
}
