package org.deepdrill.compute;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code multi_head_attention}: self-attention with h heads, without biases, as in sheet 000's
 * Q10 ({@code MultiHead(X) = Concat(head_1, …, head_h) W^O}). For each head i:
 * <pre>
 *   Q_i = X W^Q_i,  K_i = X W^K_i,  V_i = X W^V_i        (n×d each)
 *   A_i = softmax(Q_i K_iᵀ / √d), masked as in attention (n×n)
 *   head_i = A_i V_i                                       (n×d)
 * </pre>
 * and {@code output = [head_1 | … | head_h] W^O} (n×D).
 *
 * <p>Arguments: {@code x} n×D; {@code wq}, {@code wk}, {@code wv} h×D×d; {@code wo} (h·d)×D;
 * {@code mask} (optional: {@code "causal"} or an n×n array of 0/1, 0 = blocked; a row that
 * blocks every token is an error). Results: {@code weights} h×n×n, {@code heads} h×n×d,
 * {@code output} n×D. In the results and the steps' names heads are numbered from 0, as the
 * indices of the arrays; the steps' labels, which students read, count them from 1.
 */
final class MultiHeadAttentionOp implements Op {
    static final String NAME = "multi_head_attention";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OpResult apply(Args args) {
        args.allowOnly("x", "wq", "wk", "wv", "wo", "mask");
        Tensor x = args.ofRank("x", 2, "an n×D matrix (one token per row)");
        int n = x.dim(0);
        int bigD = x.dim(1);
        Tensor wq = args.ofRank("wq", 3, "an h×D×d array (one D×d query projection per head)");
        args.requireShape("wq", wq, "h×D×d, with D = " + bigD + " rows per head like x's columns", -1, bigD, -1);
        int h = wq.dim(0);
        int d = wq.dim(2);
        Tensor wk = args.ofRank("wk", 3, "an h×D×d array like wq");
        args.requireShape("wk", wk, "h×D×d like wq", h, bigD, d);
        Tensor wv = args.ofRank("wv", 3, "an h×D×d array like wq");
        args.requireShape("wv", wv, "h×D×d like wq", h, bigD, d);
        Tensor wo = args.ofRank("wo", 2, "an (h·d)×D matrix");
        args.requireShape("wo", wo, "(h·d)×D = " + (h * d) + "×" + bigD, h * d, bigD);
        if ((long) h * n * n > Limits.MAX_ELEMENTS) {
            // the weights h×n×n are the largest result; without this a 256-head request would hold millions of entries
            throw args.error("x", "has " + n + " tokens, which with " + h + " heads makes the weights h×n×n "
                    + "over the limit of " + Limits.MAX_ELEMENTS + " entries");
        }
        boolean[][] allowed = AttentionMask.read(args, n, n, "n×n");

        OpResult.Builder b = OpResult.builder();
        if (allowed != null) {
            b.step("mask", "M", AttentionMask.toTensor(allowed));
        }
        double beta = 1.0 / Math.sqrt(d);
        INDArray xs = Nd.of(x);
        double[] weights = new double[h * n * n];
        double[] heads = new double[h * n * d];
        for (int i = 0; i < h; i++) {
            Tensor qi = Nd.tensor(xs.mmul(Nd.of(head(wq, i))));
            Tensor ki = Nd.tensor(xs.mmul(Nd.of(head(wk, i))));
            Tensor vi = Nd.tensor(xs.mmul(Nd.of(head(wv, i))));
            AttentionCore.requireFinite(args, "wq", qi, "head " + i + "'s queries XW^Q");
            AttentionCore.requireFinite(args, "wk", ki, "head " + i + "'s keys XW^K");
            AttentionCore.requireFinite(args, "wv", vi, "head " + i + "'s values XW^V");
            AttentionCore.Stages st = AttentionCore.run(qi, ki, vi, beta, allowed, false);
            AttentionCore.requireFinite(args, "x", st.scaled(), "head " + i + "'s scores");
            // names index the heads from 0, as the args' arrays do; labels count them from 1, as
            // the paper (head_1 … head_h) and every sheet do
            String l = Integer.toString(i + 1);
            b.step("Q_" + i, "Q_{" + l + "} = XW^Q_{" + l + "}", qi);
            b.step("K_" + i, "K_{" + l + "} = XW^K_{" + l + "}", ki);
            b.step("V_" + i, "V_{" + l + "} = XW^V_{" + l + "}", vi);
            b.step("S_" + i, "S_{" + l + "} = Q_{" + l + "}K_{" + l + "}^\\top/\\sqrt{d}", st.scaled());
            if (allowed != null) {
                b.step("masked_S_" + i, "S_{" + l + ",jk} = -\\infty \\text{ where } M_{jk} = 0", st.scores());
            }
            b.step("A_" + i, "A_{" + l + "} = \\mathrm{softmax}(S_{" + l + "})", st.weights());
            b.step("head_" + i, "\\mathrm{head}_{" + l + "} = A_{" + l + "}V_{" + l + "}", st.output());
            System.arraycopy(st.weights().data(), 0, weights, i * n * n, n * n);
            System.arraycopy(st.output().data(), 0, heads, i * n * d, n * d);
        }
        Tensor headStack = Tensor.of(new int[] {h, n, d}, heads);
        b.resultOnly("weights", Tensor.of(new int[] {h, n, n}, weights));
        b.resultOnly("heads", headStack);
        Tensor concat = concatHeads(headStack);
        b.step("concat", "H = [\\mathrm{head}_1, \\dots, \\mathrm{head}_h]", concat);
        Tensor output = Nd.tensor(Nd.of(concat).mmul(Nd.of(wo)));
        AttentionCore.requireFinite(args, "wo", output, "the output HW^O");
        b.result("output", "O = HW^O", output);
        return b.build();
    }

    /** Head i's D×d projection, {@code w[i]}. */
    private static Tensor head(Tensor w, int i) {
        int rows = w.dim(1);
        int cols = w.dim(2);
        int size = rows * cols;
        return Tensor.of(new int[] {rows, cols}, Arrays.copyOfRange(w.data(), i * size, (i + 1) * size));
    }

    /** The heads side by side, n×(h·d): token t's row is head_0[t] then head_1[t] and so on. */
    private static Tensor concatHeads(Tensor heads) {
        int h = heads.dim(0);
        INDArray[] parts = new INDArray[h];
        for (int i = 0; i < h; i++) {
            parts[i] = Nd.of(head(heads, i));
        }
        return Nd.tensor(Nd4j.hstack(parts));
    }
}
