package org.deepdrill.compute;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Scaled dot-product attention on matrices whose shapes the caller has already checked
 * ({@code q} n×d, {@code k} m×d, {@code v} m×dv), shared by {@code attention} and each head of
 * {@code multi_head_attention}:
 * <pre>
 *   S = β·Q Kᵀ                         (n×m)
 *   S_ij = −∞ where the mask blocks j  (masked scores)
 *   A = softmax(S) row-wise            (or, hard: the one-hot of the row's argmax)
 *   O = A V                            (n×dv)
 * </pre>
 */
final class AttentionCore {
    private AttentionCore() {
    }

    /**
     * The stages of one attention computation.
     *
     * @param scaled  β·QKᵀ before masking
     * @param scores  the scores after masking (−∞ where blocked); the same as {@code scaled}
     *                without a mask
     * @param weights the attention weights, each row summing to 1
     * @param output  A·V
     */
    record Stages(Tensor scaled, Tensor scores, Tensor weights, Tensor output) {
    }

    /**
     * Runs attention.
     *
     * @param scale   β, the factor on QKᵀ (1/√d for the usual scaled dot product)
     * @param allowed n×m flags, null for no mask; every row must allow at least one key
     * @param hard    true for argmax attention: one-hot rows, ties to the lowest index
     */
    static Stages run(Tensor q, Tensor k, Tensor v, double scale, boolean[][] allowed, boolean hard) {
        INDArray s = Nd.of(q).mmul(Nd.of(k).transpose()).muli(scale);
        Tensor scaled = Nd.tensor(s);
        Tensor scores = allowed == null ? scaled : mask(scaled, allowed);
        Tensor weights = hard ? oneHotArgmax(scores) : Nd.tensor(AttentionOps.softmax(Nd.of(scores), 1));
        Tensor output = Nd.tensor(Nd.of(weights).mmul(Nd.of(v)));
        return new Stages(scaled, scores, weights, output);
    }

    /** The scores with −∞ wherever the mask blocks; exp(−∞) = 0 then gives those keys weight exactly 0. */
    static Tensor mask(Tensor scores, boolean[][] allowed) {
        int n = scores.dim(0);
        int m = scores.dim(1);
        double[] d = scores.data();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (!allowed[i][j]) {
                    d[i * m + j] = Double.NEGATIVE_INFINITY;
                }
            }
        }
        return Tensor.of(new int[] {n, m}, d);
    }

    /**
     * One-hot rows at each row's largest score; a tie goes to the lowest index, as
     * {@code torch.argmax} does. −∞ (masked) never wins, since each row has a finite entry.
     */
    static Tensor oneHotArgmax(Tensor scores) {
        int n = scores.dim(0);
        int m = scores.dim(1);
        double[] s = scores.data();
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 1; j < m; j++) {
                // strictly greater: an equal later score does not displace the earlier index
                if (s[i * m + j] > s[i * m + best]) {
                    best = j;
                }
            }
            out[i * m + best] = 1.0;
        }
        return Tensor.of(new int[] {n, m}, out);
    }

    /**
     * Refuses a stage that overflowed float64 (finite inputs near 1e308 can make ±∞ and then
     * NaN), naming the argument whose size caused it, rather than returning an unusable key.
     * Masked −∞ scores are not checked here: pass the stages before masking.
     */
    static void requireFinite(Args args, String argument, Tensor t, String what) {
        double[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                throw args.error(argument, "is too large: " + what + " overflows float64 (entry " + i + " in row-major order is "
                        + d[i] + "); scale the numbers down");
            }
        }
    }
}
