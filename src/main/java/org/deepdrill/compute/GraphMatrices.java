package org.deepdrill.compute;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The matrices of one graph: adjacency {@code A}, degree {@code D = diag(A·1)} (row sums, so
 * out-degree when directed and a self-loop counted once, as NetworkX's {@code laplacian_matrix}
 * does), {@code L = D − A} and the two normalized Laplacians.
 *
 * <p>Normalized Laplacians follow NetworkX's {@code normalized_laplacian_matrix}, which computes
 * {@code D^{-1/2} L D^{-1/2}} with {@code 1/√0} replaced by 0. Where a node's degree is non-zero
 * this equals {@code I − D^{-1/2} A D^{-1/2}}; an isolated node (degree 0) gets a zero row and
 * column, not a 1 on the diagonal. {@code L_rw = D^{-1} L} uses the same convention
 * ({@code 1/0 → 0}), so it equals {@code I − D^{-1} A} at every node of non-zero degree and is
 * zero on the row of an isolated node.
 */
final class GraphMatrices {
    final INDArray adjacency;
    final INDArray degrees;
    final INDArray degree;
    final INDArray laplacian;

    private GraphMatrices(INDArray adjacency) {
        this.adjacency = adjacency;
        this.degrees = adjacency.sum(1);
        this.degree = Nd4j.diag(degrees);
        this.laplacian = degree.sub(adjacency);
    }

    static GraphMatrices of(GraphSpec graph) {
        return new GraphMatrices(Nd.of(graph.adjacency()));
    }

    /** Degrees must be ≥ 0 for {@code D^{-1/2}}; a negative one can only come from negative weights. */
    void requireNonNegativeDegrees(Args args, GraphSpec graph) {
        for (int i = 0; i < degrees.length(); i++) {
            double d = degrees.getDouble(i);
            if (d < 0) {
                throw args.error("weights", "make the degree of node " + graph.labels().get(i) + " (its row sum of A) " + d
                        + ": expected weights whose row sums are ≥ 0, as D^-1/2 needs");
            }
        }
    }

    /**
     * {@code D^{-1/2} L D^{-1/2}}, entry by entry {@code L_ij / √(d_i d_j)} (0 when either degree
     * is 0, NetworkX's convention): one rounding of the symmetric product {@code d_i d_j}, so the
     * result is exactly symmetric whenever L is, and exactly 1 on the diagonal of a loop-free node.
     */
    INDArray symmetricLaplacian() {
        return scaled(true);
    }

    /** {@code D^{-1} L}, entry by entry {@code L_ij / d_i} (0 when {@code d_i} is 0). */
    INDArray randomWalkLaplacian() {
        return scaled(false);
    }

    private INDArray scaled(boolean symmetric) {
        int n = (int) degrees.length();
        double[] d = degrees.toDoubleVector();
        double[][] l = laplacian.toDoubleMatrix();
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double scale = symmetric ? Math.sqrt(d[i] * d[j]) : d[i];
                out[i][j] = scale == 0 ? 0 : l[i][j] / scale;
            }
        }
        return Nd.of(out);
    }

    /**
     * {@code A^k} ({@code A^0 = I}) by repeated squaring: about 2·log₂k products instead of k,
     * which matters for n = 256 (each product is 33 million multiply-adds).
     */
    INDArray power(int k) {
        INDArray result = Nd.eye(adjacency.rows());
        INDArray square = adjacency;
        for (int e = k; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result.mmul(square);
            }
            if (e > 1) {
                square = square.mmul(square);
            }
        }
        return result;
    }
}
