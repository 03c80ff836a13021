package org.deepdrill.compute;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Softmax and the attention ops: {@code softmax} (below), {@code attention}
 * ({@link AttentionOp}), {@code multi_head_attention} ({@link MultiHeadAttentionOp}) and
 * {@code attention_mask} ({@link AttentionMaskOp}).
 */
public final class AttentionOps implements OpFamily {

    @Override
    public List<Op> ops() {
        return List.of(new SoftmaxOp(), new AttentionOp(), new MultiHeadAttentionOp(), new AttentionMaskOp());
    }

    /**
     * {@code softmax}: {@code output = softmax(β·x)} along {@code dim}, i.e. for each slice
     * {@code x_1..x_K} along that dimension
     * <pre>  y_i = exp(β x_i − max_j β x_j) / Σ_k exp(β x_k − max_j β x_j)</pre>
     * (subtracting the max changes nothing mathematically and keeps exp from overflowing).
     * Entries of −∞ get weight 0. Arguments: {@code x} (any rank), {@code dim} (default −1),
     * {@code beta} (default 1).
     */
    static final class SoftmaxOp implements Op {
        @Override
        public String name() {
            return "softmax";
        }

        @Override
        public OpResult apply(Args args) {
            args.allowOnly("x", "dim", "beta");
            Tensor x = args.tensor("x");
            int rank = Math.max(1, x.rank());
            int dim = args.integer("dim", -1, -rank, rank - 1);
            double beta = args.number("beta", 1.0);
            INDArray in = Nd.of(x.rank() == 0 ? x.reshape(1) : x);
            INDArray scaled = in.mul(beta);
            INDArray out = softmax(scaled, dim < 0 ? dim + rank : dim);
            OpResult.Builder b = OpResult.builder();
            if (beta != 1.0) {
                b.step("z", "z = \\beta x", Nd.tensor(scaled).reshape(x.shape()));
            }
            return b.result("output", "\\mathrm{softmax}(" + (beta != 1.0 ? "\\beta x" : "x") + ")_i = \\frac{e^{"
                    + (beta != 1.0 ? "\\beta x_i" : "x_i") + "}}{\\sum_k e^{" + (beta != 1.0 ? "\\beta x_k" : "x_k") + "}}",
                    Nd.tensor(out).reshape(x.shape())).build();
        }
    }

    /**
     * Softmax of {@code z} along dimension {@code dim} (0-based, non-negative); returns a new
     * array and leaves {@code z} unchanged. Uses {@code exp(z − max)} for stability; a slice
     * that is all −∞ gives NaN, as in PyTorch.
     */
    static INDArray softmax(INDArray z, int dim) {
        INDArray max = z.max(true, dim);
        INDArray e = Transforms.exp(z.sub(max), true);
        return e.div(e.sum(true, dim));
    }
}
