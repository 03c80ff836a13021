package org.deepdrill.compute;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How {@code gnn_layer} combines the messages {@code m_j} arriving at node i, each weighted by
 * {@code A_ij}; the neighbours of i are N(i) = {j : A_ij ≠ 0}, and a node without neighbours
 * aggregates the zero vector under every rule.
 */
enum GnnAggregation {
    /** {@code a_i = Σ_j A_ij m_j}, i.e. {@code A·M}. */
    SUM("sum", "a = A M"),
    /** {@code a_i = Σ_j A_ij m_j / |N(i)|}. */
    MEAN("mean", "a_i = \\frac{1}{|N(i)|}\\sum_{j \\in N(i)} A_{ij} m_j"),
    /** {@code a_i = max_{j ∈ N(i)} A_ij m_j}, element by element. */
    MAX("max", "a_i = \\max_{j \\in N(i)} A_{ij} m_j");

    private final String name;
    private final String latex;

    GnnAggregation(String name, String latex) {
        this.name = name;
        this.latex = latex;
    }

    String latex() {
        return latex;
    }

    /** Reads argument {@code aggregate} (default {@code sum}, as PyG's MessagePassing). */
    static GnnAggregation read(Args args) {
        String s = args.choice("aggregate", "sum", "sum", "mean", "max");
        for (GnnAggregation a : values()) {
            if (a.name.equals(s)) {
                return a;
            }
        }
        throw new AssertionError(s);
    }

    /** The n×g aggregate of the n×g messages {@code m} under the n×n adjacency {@code a}. */
    INDArray apply(INDArray a, INDArray m) {
        if (this == SUM) {
            return a.mmul(m);
        }
        // plain arrays: reading ND4J entries one by one would cost ~n²g native calls
        double[][] adj = a.toDoubleMatrix();
        double[][] msg = m.toDoubleMatrix();
        int n = adj.length;
        int g = msg[0].length;
        double[][] out = new double[n][g];
        for (int i = 0; i < n; i++) {
            int count = 0;
            double[] acc = out[i];
            for (int j = 0; j < n; j++) {
                double w = adj[i][j];
                if (w == 0) {
                    continue;
                }
                for (int c = 0; c < g; c++) {
                    double v = w * msg[j][c];
                    if (this == MEAN) {
                        acc[c] += v;
                    } else {
                        acc[c] = count == 0 ? v : Math.max(acc[c], v);
                    }
                }
                count++;
            }
            if (this == MEAN && count > 0) {
                for (int c = 0; c < g; c++) {
                    acc[c] /= count;
                }
            }
        }
        return Nd.of(out);
    }
}
