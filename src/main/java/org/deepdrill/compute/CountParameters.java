package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code param_count}: the parameters of one module, counted as PyTorch's
 * {@code sum(p.numel() for p in m.parameters())} counts them.
 *
 * <ul>
 *   <li>{@code linear} ({@code in}, {@code out}, {@code bias} default true):
 *       W ∈ R^{out×in} and b ∈ R^{out}: trainable = in·out + out.</li>
 *   <li>{@code multi_head_attention} ({@code D}, {@code h}, {@code d}, {@code bias} default true):
 *       per head W^Q, W^K, W^V ∈ R^{D×d}, and W^O ∈ R^{hd×D}: 3hdD + hdD = 4hdD; the biases of
 *       the Q, K, V projections (3hd) and of the output (D) add 3hd + D. With d = D/h this is
 *       PyTorch's {@code nn.MultiheadAttention(D, h)}: 4D² + 4D.</li>
 *   <li>{@code lora} ({@code a}, {@code b}, {@code r}): W = W₀ + BA with B ∈ R^{a×r},
 *       A ∈ R^{r×b} trained: trainable = r(a + b). The frozen W₀ (ab entries) is shown as a step
 *       ({@code frozen}) with the ratio p/P = r(a+b)/(ab), but is not in {@code non_trainable},
 *       which the contract reserves for running statistics.</li>
 *   <li>{@code batch_norm} ({@code C}): γ, β trainable (2C); the running mean and variance are
 *       non-trainable (2C). PyTorch also keeps a one-entry {@code num_batches_tracked} buffer,
 *       which is not counted (it is a counter, not a statistic of the features).</li>
 *   <li>{@code layer_norm} ({@code shape}: a whole number or a list): γ, β of that shape:
 *       trainable = 2·Π shape.</li>
 *   <li>{@code conv2d} ({@code in}, {@code out}, {@code kernel} k or [k_h, k_w], {@code bias}
 *       default true): W ∈ R^{out×in×k_h×k_w}, b ∈ R^{out}: trainable = out·in·k_h·k_w + out.</li>
 * </ul>
 * Results: {@code trainable}, {@code non_trainable} (running statistics; 0 except batch norm).
 */
final class CountParameters implements Op {
    private static final String[] MODULES = {"linear", "multi_head_attention", "lora", "batch_norm", "layer_norm", "conv2d"};
    private static final int MAX = CountArithmetic.MAX_SIZE;

    @Override
    public String name() {
        return "param_count";
    }

    @Override
    public OpResult apply(Args args) {
        String module = args.choice("module", null, MODULES);
        OpResult.Builder b = OpResult.builder();
        long trainable = switch (module) {
            case "linear" -> linear(args, b);
            case "multi_head_attention" -> attention(args, b);
            case "lora" -> lora(args, b);
            case "batch_norm" -> batchNorm(args, b);
            case "layer_norm" -> layerNorm(args, b);
            default -> conv2d(args, b);
        };
        String formula = switch (module) {
            case "linear" -> args.bool("bias", true) ? "\\mathrm{in} \\cdot \\mathrm{out} + \\mathrm{out}" : "\\mathrm{in} \\cdot \\mathrm{out}";
            case "multi_head_attention" -> args.bool("bias", true) ? "4hdD + 3hd + D" : "4hdD";
            case "lora" -> "r(a + b)";
            case "batch_norm" -> "2C";
            case "layer_norm" -> "2 \\prod_i \\mathrm{shape}_i";
            default -> args.bool("bias", true) ? "\\mathrm{out} \\cdot \\mathrm{in} \\cdot k_h k_w + \\mathrm{out}"
                    : "\\mathrm{out} \\cdot \\mathrm{in} \\cdot k_h k_w";
        };
        b.result("trainable", "\\text{trainable} = " + formula, Tensor.scalar(trainable));
        if (module.equals("batch_norm")) {
            // the running mean and variance: one of each per channel, as many as γ and β
            b.result("non_trainable", "\\text{non-trainable} = 2C\\ (\\hat{\\mu}, \\hat{\\sigma}^2)", Tensor.scalar(trainable));
        } else {
            b.resultOnly("non_trainable", Tensor.scalar(0));
        }
        return b.build();
    }

    private static long batchNorm(Args args, OpResult.Builder b) {
        args.allowOnly("module", "C");
        long c = args.integer("C", 1, MAX);
        long both = CountArithmetic.times(args, "C", 2, c);
        b.step("affine", "\\gamma, \\beta \\in \\mathbb{R}^{C}", Tensor.scalar(both));
        b.step("running", "\\hat{\\mu}, \\hat{\\sigma}^2 \\in \\mathbb{R}^{C}\\ \\text{(running statistics)}", Tensor.scalar(both));
        return both;
    }

    private static long layerNorm(Args args, OpResult.Builder b) {
        args.allowOnly("module", "shape");
        long elements = shapeProduct(args);
        b.step("elements", "\\prod_i \\mathrm{shape}_i", Tensor.scalar(elements));
        return CountArithmetic.times(args, "shape", 2, elements);
    }

    private static long linear(Args args, OpResult.Builder b) {
        args.allowOnly("module", "in", "out", "bias");
        long in = args.integer("in", 1, MAX);
        long out = args.integer("out", 1, MAX);
        boolean bias = args.bool("bias", true);
        long weights = CountArithmetic.times(args, "out", in, out);
        b.step("weight", "W \\in \\mathbb{R}^{\\mathrm{out} \\times \\mathrm{in}}", Tensor.scalar(weights));
        if (!bias) {
            return weights;
        }
        b.step("bias", "b \\in \\mathbb{R}^{\\mathrm{out}}", Tensor.scalar(out));
        return CountArithmetic.plus(args, "out", weights, out);
    }

    private static long attention(Args args, OpResult.Builder b) {
        args.allowOnly("module", "D", "h", "d", "bias");
        long dModel = args.integer("D", 1, MAX);
        long heads = args.integer("h", 1, MAX);
        long dHead = args.integer("d", 1, MAX);
        boolean bias = args.bool("bias", true);
        long hd = CountArithmetic.times(args, "d", heads, dHead);
        long oneProjection = CountArithmetic.times(args, "D", hd, dModel);
        long qkv = CountArithmetic.times(args, "D", 3, oneProjection);
        b.step("qkv", "W^Q_i, W^K_i, W^V_i \\in \\mathbb{R}^{D \\times d},\\ i = 1..h:\\ 3hdD", Tensor.scalar(qkv));
        b.step("output", "W^O \\in \\mathbb{R}^{hd \\times D}:\\ hdD", Tensor.scalar(oneProjection));
        long total = CountArithmetic.plus(args, "D", qkv, oneProjection);
        if (!bias) {
            return total;
        }
        long biases = CountArithmetic.plus(args, "D", CountArithmetic.times(args, "d", 3, hd), dModel);
        b.step("biases", "b^Q, b^K, b^V \\in \\mathbb{R}^{hd},\\ b^O \\in \\mathbb{R}^{D}:\\ 3hd + D", Tensor.scalar(biases));
        return CountArithmetic.plus(args, "D", total, biases);
    }

    private static long lora(Args args, OpResult.Builder b) {
        args.allowOnly("module", "a", "b", "r");
        long a = args.integer("a", 1, MAX);
        long bCols = args.integer("b", 1, MAX);
        long r = args.integer("r", 1, MAX);
        long matB = CountArithmetic.times(args, "r", a, r);
        long matA = CountArithmetic.times(args, "r", r, bCols);
        long frozen = CountArithmetic.times(args, "b", a, bCols);
        long trainable = CountArithmetic.plus(args, "r", matB, matA);
        b.step("B", "B \\in \\mathbb{R}^{a \\times r}", Tensor.scalar(matB));
        b.step("A", "A \\in \\mathbb{R}^{r \\times b}", Tensor.scalar(matA));
        b.step("frozen", "W_0 \\in \\mathbb{R}^{a \\times b}\\ \\text{(frozen)}", Tensor.scalar(frozen));
        b.step("ratio", "\\frac{p}{P} = \\frac{r(a+b)}{ab}", Tensor.scalar((double) trainable / frozen));
        return trainable;
    }

    private static long conv2d(Args args, OpResult.Builder b) {
        args.allowOnly("module", "in", "out", "kernel", "bias");
        long in = args.integer("in", 1, MAX);
        long out = args.integer("out", 1, MAX);
        boolean bias = args.bool("bias", true);
        long[] kernel = kernel(args);
        long weights = CountArithmetic.times(args, "kernel",
                CountArithmetic.times(args, "kernel", out, in), CountArithmetic.times(args, "kernel", kernel[0], kernel[1]));
        b.step("weight", "W \\in \\mathbb{R}^{\\mathrm{out} \\times \\mathrm{in} \\times k_h \\times k_w}", Tensor.scalar(weights));
        if (!bias) {
            return weights;
        }
        b.step("bias", "b \\in \\mathbb{R}^{\\mathrm{out}}", Tensor.scalar(out));
        return CountArithmetic.plus(args, "out", weights, out);
    }

    /** {@code kernel}: k for a k×k kernel, or [k_h, k_w]. */
    private static long[] kernel(Args args) {
        String expected = "a whole number k ≥ 1 or a pair [k_h, k_w]";
        if (!args.has("kernel")) {
            throw args.error("kernel", "is missing: expected " + expected);
        }
        JsonNode v = args.raw("kernel");
        if (v.isArray()) {
            if (v.size() != 2) {
                throw args.error("kernel", "must be " + expected + ", got an array of length " + v.size());
            }
            return new long[] {args.toInteger("kernel", v.get(0), 1, MAX), args.toInteger("kernel", v.get(1), 1, MAX)};
        }
        if (!v.isNumber()) {
            throw args.error("kernel", "must be " + expected);
        }
        long k = args.toInteger("kernel", v, 1, MAX);
        return new long[] {k, k};
    }

    /** Product of {@code shape}: a whole number, or a non-empty list of them. */
    private static long shapeProduct(Args args) {
        if (!args.has("shape")) {
            throw args.error("shape", "is missing: expected a whole number or a list of whole numbers (normalized_shape)");
        }
        JsonNode v = args.raw("shape");
        if (!v.isArray()) {
            if (!v.isNumber()) {
                throw args.error("shape", "must be a whole number or a list of whole numbers (normalized_shape)");
            }
            return args.toInteger("shape", v, 1, MAX);
        }
        if (v.isEmpty() || v.size() > Limits.MAX_RANK) {
            throw args.error("shape", "must list 1 to " + Limits.MAX_RANK + " dimensions, got " + v.size());
        }
        long product = 1;
        for (JsonNode d : v) {
            product = CountArithmetic.times(args, "shape", product, args.toInteger("shape", d, 1, MAX));
        }
        return product;
    }
}
