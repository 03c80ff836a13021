package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * Element-wise and linear-algebra building blocks, for questions that compose their own
 * computation as named {@code steps}. Each op returns one result, {@code result}, shown as a
 * step with its LaTeX. Semantics are PyTorch's:
 *
 * <ul>
 *   <li>{@code matmul} ({@code a}, {@code b}): {@code torch.matmul}: vector·vector is the dot
 *       product, matrix·matrix the product AB, a vector on the left (right) is a row (column) and
 *       that axis is dropped again, and stacks of matrices broadcast over their leading axes.</li>
 *   <li>{@code add}, {@code sub}, {@code mul} ({@code a}, {@code b}): a + b, a − b, a ⊙ b entry by
 *       entry, with NumPy broadcasting (a scalar, a row, a column, or any shapes whose aligned
 *       trailing lengths are equal or 1).</li>
 *   <li>{@code scale} ({@code x}, {@code by}): by·x.</li>
 *   <li>{@code transpose} ({@code x}): xᵀ of a matrix; for a stack, each matrix (the last two
 *       axes swap, as {@code x.mT}).</li>
 *   <li>{@code dot} ({@code a}, {@code b} vectors of one length): Σ aᵢbᵢ. {@code outer}
 *       ({@code a}, {@code b} vectors): the matrix abᵀ, entries aᵢb_j.</li>
 *   <li>{@code relu}, {@code sigmoid}, {@code tanh}, {@code exp} ({@code x}): max(0, x),
 *       1/(1 + e^{−x}), tanh x, e^x entry by entry.</li>
 *   <li>{@code sum}, {@code mean}, {@code var}, {@code max} ({@code x}, {@code dim} optional):
 *       over all entries (a scalar) or along {@code dim} (that axis removed); {@code var} is
 *       Σ(x − x̄)²/n, or /(n − 1) with {@code unbiased: true}.</li>
 *   <li>{@code argmax} ({@code x}, {@code dim} optional): the index of the largest entry, ties to
 *       the lowest index; without {@code dim} the index into the flattened (row-major) x, as
 *       {@code torch.argmax}. Indices are returned as numbers.</li>
 *   <li>{@code power} ({@code x}, {@code p}, {@code matrix} default false): x^p entry by entry,
 *       or with {@code matrix: true} the matrix power Xᵖ = X·X·…·X of a square X for a whole
 *       p ≥ 0 (X⁰ = I), as {@code torch.linalg.matrix_power}.</li>
 *   <li>{@code concat} ({@code tensors} list, {@code dim} default 0): {@code torch.cat}.</li>
 *   <li>{@code slice} ({@code x}, {@code dim} default 0, {@code start} default 0, {@code end}
 *       default the length, exclusive): Python's {@code x[start:end]} along {@code dim}; negative
 *       bounds count from the end, bounds past either end are clamped, an empty range gives a
 *       tensor with a 0 in its shape.</li>
 * </ul>
 * A result that overflows float64 (or is not a real number, such as (−8)^0.5) is an error
 * naming the argument, not an infinite or NaN answer key.
 */
public final class BuildingBlocks implements OpFamily {
    private static final int MAX_POWER = 1_000_000;

    @Override
    public List<Op> ops() {
        return List.of(
                op("matmul", BuildingBlocks::matmul),
                binary("add", "A + B", Double::sum),
                binary("sub", "A - B", (x, y) -> x - y),
                binary("mul", "A \\odot B", (x, y) -> x * y),
                op("scale", BuildingBlocks::scale),
                op("transpose", BuildingBlocks::transpose),
                op("dot", BuildingBlocks::dot),
                op("outer", BuildingBlocks::outer),
                unary("relu", "\\max(0, X)", v -> Math.max(0.0, v)),
                unary("sigmoid", "\\sigma(X) = \\frac{1}{1 + e^{-X}}", BuildingBlocks::sigmoid),
                unary("tanh", "\\tanh(X)", Math::tanh),
                unary("exp", "e^{X}", Math::exp),
                reduction("sum", "\\sum", BlockTensors::sum),
                reduction("mean", "\\frac{1}{n}\\sum", BlockTensors::mean),
                op("var", BuildingBlocks::variance),
                reduction("max", "\\max", BlockTensors::max),
                reduction("argmax", "\\arg\\max", BlockTensors::argmax),
                op("power", BuildingBlocks::power),
                op("concat", BuildingBlocks::concat),
                op("slice", BuildingBlocks::slice));
    }

    /** An op from its name and body. */
    private record BlockOp(String name, Function<Args, OpResult> body) implements Op {
        @Override
        public OpResult apply(Args args) {
            return body.apply(args);
        }
    }

    private static Op op(String name, Function<Args, OpResult> body) {
        return new BlockOp(name, body);
    }

    private static OpResult single(String label, Tensor value) {
        return OpResult.builder().result("result", label, value).build();
    }

    // ---- element-wise -------------------------------------------------------------------------

    private static Op unary(String name, String label, DoubleUnaryOperator f) {
        return op(name, args -> {
            args.allowOnly("x");
            Tensor x = args.tensor("x");
            double[] d = x.data();
            for (int i = 0; i < d.length; i++) {
                d[i] = f.applyAsDouble(d[i]);
            }
            return single(label, finite(args, "x", Tensor.of(x.shape(), d)));
        });
    }

    /** 1/(1 + e^{−x}), written so that neither branch overflows. */
    private static double sigmoid(double v) {
        if (v >= 0) {
            return 1.0 / (1.0 + Math.exp(-v));
        }
        double e = Math.exp(v);
        return e / (1.0 + e);
    }

    private static Op binary(String name, String label, DoubleBinaryOperator f) {
        return op(name, args -> {
            args.allowOnly("a", "b");
            Tensor a = args.tensor("a");
            Tensor b = args.tensor("b");
            int[] shape = BlockTensors.broadcastShape(a.shape(), b.shape());
            if (shape == null) {
                throw args.error("b", "must have a shape that broadcasts with a's " + a.shapeText()
                        + " (equal lengths, or 1, on the aligned trailing axes), got " + b.shapeText());
            }
            return single(label, finite(args, "a", BlockTensors.broadcast(a, b, shape, f)));
        });
    }

    private static OpResult scale(Args args) {
        args.allowOnly("x", "by");
        Tensor x = args.tensor("x");
        double by = args.number("by");
        double[] d = x.data();
        for (int i = 0; i < d.length; i++) {
            d[i] *= by;
        }
        return single(number(by) + "\\, X", finite(args, "by", Tensor.of(x.shape(), d)));
    }

    // ---- linear algebra -----------------------------------------------------------------------

    private static OpResult transpose(Args args) {
        args.allowOnly("x");
        Tensor x = args.tensor("x");
        if (x.rank() < 2) {
            throw args.error("x", "must be a matrix (or a stack of matrices) to transpose, got "
                    + (x.rank() == 0 ? "a scalar" : "a vector of shape " + x.shapeText()
                    + "; write a column as [[1],[2]] or a row as [[1,2]]"));
        }
        return single("X^\\top", BlockTensors.transposeLastTwo(x));
    }

    private static OpResult dot(Args args) {
        args.allowOnly("a", "b");
        Tensor a = args.vector("a");
        Tensor b = args.vector("b");
        args.requireShape("b", b, "a vector as long as a", a.dim(0));
        double[] x = a.data();
        double[] y = b.data();
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return single("a^\\top b = \\sum_i a_i b_i", finite(args, "a", Tensor.scalar(s)));
    }

    private static OpResult outer(Args args) {
        args.allowOnly("a", "b");
        Tensor a = args.vector("a");
        Tensor b = args.vector("b");
        double[] x = a.data();
        double[] y = b.data();
        if ((long) x.length * y.length > Limits.MAX_ELEMENTS) {
            throw args.error("b", "makes an outer product of " + ((long) x.length * y.length)
                    + " entries, over the limit of " + Limits.MAX_ELEMENTS);
        }
        double[] out = new double[x.length * y.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                out[i * y.length + j] = x[i] * y[j];
            }
        }
        return single("a b^\\top", finite(args, "a", Tensor.of(new int[] {x.length, y.length}, out)));
    }

    /** torch.matmul for ranks 1 to 4; see the class comment. */
    private static OpResult matmul(Args args) {
        args.allowOnly("a", "b");
        Tensor a = args.tensor("a");
        Tensor b = args.tensor("b");
        if (a.rank() == 0 || b.rank() == 0) {
            throw args.error(a.rank() == 0 ? "a" : "b", "must be a vector or matrix for matmul, got a scalar; use scale or mul");
        }
        if (a.rank() == 1 && b.rank() == 1) {
            args.requireShape("b", b, "a vector as long as a", a.dim(0));
            Tensor product = BlockTensors.mmul(a.reshape(1, a.dim(0)), b.reshape(b.dim(0), 1));
            return single("a^\\top b", finite(args, "a", Tensor.scalar(product.item())));
        }
        // a vector becomes a row (on the left) or a column (on the right), dropped again below
        Tensor a2 = a.rank() == 1 ? a.reshape(1, a.dim(0)) : a;
        Tensor b2 = b.rank() == 1 ? b.reshape(b.dim(0), 1) : b;
        int n = a2.dim(-2);
        int k = a2.dim(-1);
        int m = b2.dim(-1);
        if (b2.dim(-2) != k) {
            throw args.error("b", "must have as many rows as a has columns (" + k + ") for A B: a is "
                    + a.shapeText() + ", b is " + b.shapeText());
        }
        int[] batchA = java.util.Arrays.copyOfRange(a2.shape(), 0, a2.rank() - 2);
        int[] batchB = java.util.Arrays.copyOfRange(b2.shape(), 0, b2.rank() - 2);
        int[] batch = BlockTensors.broadcastShape(batchA, batchB);
        if (batch == null) {
            throw args.error("b", "must have leading (batch) axes that broadcast with a's: a is "
                    + a.shapeText() + ", b is " + b.shapeText());
        }
        int batches = BlockTensors.count(batch);
        if ((long) batches * n * m > Limits.MAX_ELEMENTS) {
            throw args.error("b", "makes a product of " + ((long) batches * n * m) + " entries, over the limit of " + Limits.MAX_ELEMENTS);
        }
        // which matrix of each stack goes with output batch i: broadcast the matrices' indices
        Tensor indexA = BlockTensors.broadcast(indices(batchA), Tensor.zeros(batch), batch, (x, y) -> x);
        Tensor indexB = BlockTensors.broadcast(indices(batchB), Tensor.zeros(batch), batch, (x, y) -> x);
        double[] ia = indexA.data();
        double[] ib = indexB.data();
        double[] out = new double[batches * n * m];
        for (int i = 0; i < batches; i++) {
            Tensor product = BlockTensors.mmul(BlockTensors.matrixAt(a2, (int) ia[i], n, k), BlockTensors.matrixAt(b2, (int) ib[i], k, m));
            System.arraycopy(product.data(), 0, out, i * n * m, n * m);
        }
        List<Integer> shape = new ArrayList<>();
        for (int d : batch) {
            shape.add(d);
        }
        if (a.rank() > 1) {
            shape.add(n);
        }
        if (b.rank() > 1) {
            shape.add(m);
        }
        int[] outShape = shape.stream().mapToInt(Integer::intValue).toArray();
        return single("A B", finite(args, "a", Tensor.of(outShape, out)));
    }

    /** A tensor of the given shape whose entries are their own flat indices 0, 1, 2, … */
    private static Tensor indices(int[] shape) {
        double[] d = new double[BlockTensors.count(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = i;
        }
        return Tensor.of(shape, d);
    }

    private static OpResult power(Args args) {
        args.allowOnly("x", "p", "matrix");
        Tensor x = args.tensor("x");
        boolean matrix = args.bool("matrix", false);
        if (matrix) {
            if (x.rank() != 2 || x.dim(0) != x.dim(1)) {
                throw args.error("x", "must be a square matrix for a matrix power (matrix: true), got " + x.shapeText());
            }
            int p = args.integer("p", 0, MAX_POWER);
            return single("X^{" + p + "}", finite(args, "p", BlockTensors.matrixPower(x, p)));
        }
        double p = args.number("p");
        double[] d = x.data();
        for (int i = 0; i < d.length; i++) {
            double v = Math.pow(d[i], p);
            if (!Double.isFinite(v)) {
                throw args.error("x", "has " + number(d[i]) + " at flat index " + i + ", and (" + number(d[i]) + ")^" + number(p)
                        + " is not a finite real number (a negative base needs a whole p; 0 needs p ≥ 0)");
            }
            d[i] = v;
        }
        return single("X^{\\circ " + number(p) + "}", Tensor.of(x.shape(), d));
    }

    // ---- reductions ---------------------------------------------------------------------------

    private static Op reduction(String name, String symbol, BlockTensors.Reducer r) {
        return op(name, args -> {
            args.allowOnly("x", "dim");
            Tensor x = args.tensor("x");
            return single(reductionLabel(symbol, args), reduce(args, x, r));
        });
    }

    private static OpResult variance(Args args) {
        args.allowOnly("x", "dim", "unbiased");
        Tensor x = args.tensor("x");
        boolean unbiased = args.bool("unbiased", false);
        int n = args.has("dim") ? (x.rank() == 0 ? 1 : x.dim(dimension(args, x))) : x.size();
        if (unbiased && n < 2) {
            throw args.error("unbiased", "needs at least 2 entries to average over (it divides by n − 1), got " + n);
        }
        String label = unbiased ? "\\frac{1}{n-1}\\sum (X - \\bar{X})^2" : "\\frac{1}{n}\\sum (X - \\bar{X})^2";
        return single(label + dimSuffix(args), reduce(args, x, v -> BlockTensors.variance(v, unbiased)));
    }

    /** Reduces over every entry (no {@code dim}) or along {@code dim}. */
    private static Tensor reduce(Args args, Tensor x, BlockTensors.Reducer r) {
        if (!args.has("dim")) {
            return finite(args, "x", Tensor.scalar(r.reduce(x.data())));
        }
        int dim = dimension(args, x);
        Tensor view = x.rank() == 0 ? x.reshape(1) : x;
        return finite(args, "x", BlockTensors.reduce(view, dim, r));
    }

    /** {@code dim} as a non-negative axis of x (a scalar has the one axis 0, as in PyTorch). */
    private static int dimension(Args args, Tensor x) {
        int rank = Math.max(1, x.rank());
        int dim = args.integer("dim", -rank, rank - 1);
        return dim < 0 ? dim + rank : dim;
    }

    private static String reductionLabel(String symbol, Args args) {
        return symbol + " X" + dimSuffix(args);
    }

    private static String dimSuffix(Args args) {
        return args.has("dim") ? "\\ \\text{along dim } " + args.json().get("dim").asText() : "";
    }

    // ---- shapes -------------------------------------------------------------------------------

    private static OpResult concat(Args args) {
        args.allowOnly("tensors", "dim");
        JsonNode list = args.array("tensors", Limits.MAX_DIM);
        if (list.isEmpty()) {
            throw args.error("tensors", "is empty: expected a list of at least one tensor");
        }
        Tensor[] parts = new Tensor[list.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = args.parseTensor("tensors[" + i + "]", list.get(i));
        }
        int rank = parts[0].rank();
        if (rank == 0) {
            throw args.error("tensors[0]", "must be a vector or higher; scalars cannot be concatenated (as in torch.cat)");
        }
        int dim = args.integer("dim", 0, -rank, rank - 1);
        int axis = dim < 0 ? dim + rank : dim;
        long total = 0;
        for (int i = 0; i < parts.length; i++) {
            Tensor p = parts[i];
            boolean ok = p.rank() == rank;
            for (int d = 0; ok && d < rank; d++) {
                ok = d == axis || p.dim(d) == parts[0].dim(d);
            }
            if (!ok) {
                throw args.error("tensors[" + i + "]", "must have the shape of tensors[0] (" + parts[0].shapeText()
                        + ") except along dim " + axis + ", got " + p.shapeText());
            }
            total += p.size();
        }
        if (total > Limits.MAX_ELEMENTS) {
            throw args.error("tensors", "joins to " + total + " entries, over the limit of " + Limits.MAX_ELEMENTS);
        }
        StringBuilder label = new StringBuilder("\\mathrm{concat}_{" + axis + "}(");
        for (int i = 0; i < parts.length; i++) {
            label.append(i > 0 ? ", " : "").append("X_{").append(i + 1).append('}');
        }
        return single(label.append(')').toString(), BlockTensors.concat(parts, axis));
    }

    private static OpResult slice(Args args) {
        args.allowOnly("x", "dim", "start", "end");
        Tensor x = args.tensor("x");
        if (x.rank() == 0) {
            throw args.error("x", "must be a vector or higher to slice, got a scalar");
        }
        int rank = x.rank();
        int dim = args.integer("dim", 0, -rank, rank - 1);
        int axis = dim < 0 ? dim + rank : dim;
        int len = x.dim(axis);
        int start = bound(args.integer("start", 0, Integer.MIN_VALUE + 1, Integer.MAX_VALUE), len);
        int end = bound(args.integer("end", len, Integer.MIN_VALUE + 1, Integer.MAX_VALUE), len);
        String label = "X[" + (axis > 0 ? ":, ".repeat(axis) : "") + start + ":" + end + "]";
        return single(label, BlockTensors.slice(x, axis, start, Math.max(start, end)));
    }

    /** A Python slice bound: negative counts from the end, then clamped to [0, len]. */
    private static int bound(int i, int len) {
        long j = i < 0 ? (long) i + len : i;
        return (int) Math.max(0, Math.min(len, j));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Refuses an overflowed or not-a-number result, blaming {@code argument}. */
    private static Tensor finite(Args args, String argument, Tensor t) {
        for (double v : t.data()) {
            if (!Double.isFinite(v)) {
                throw args.error(argument, "makes " + args.op() + " overflow float64 (a result is " + v + "); use smaller values");
            }
        }
        return t;
    }

    /** A number as LaTeX: whole numbers without ".0". */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
