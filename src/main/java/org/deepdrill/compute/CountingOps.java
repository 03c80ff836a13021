package org.deepdrill.compute;

import java.util.List;

/** Counting ops: convolution output sizes, receptive fields, parameter counts, initialization scales. */
public final class CountingOps implements OpFamily {

    @Override
    public List<Op> ops() {
        return List.of(new ConvOutputOp(), new ReceptiveFieldOp(), new CountParameters(), new CountInitStd());
    }

    /**
     * {@code conv_output}: the output length of a convolution (or pooling) along one axis, as
     * PyTorch's {@code Conv1d}/{@code Conv2d}/{@code MaxPool2d} compute it:
     * <pre>  size_out = ⌊(size + 2p − d(k − 1) − 1) / s⌋ + 1</pre>
     * where d(k − 1) + 1 is the dilated kernel's extent. Arguments: {@code size} ≥ 1,
     * {@code kernel} k ≥ 1, {@code stride} s ≥ 1 (default 1), {@code padding} p ≥ 0 (default 0),
     * {@code dilation} d ≥ 1 (default 1). A kernel wider than the padded input (size_out ≤ 0) is
     * an error, as in PyTorch. Result: {@code size}.
     */
    static final class ConvOutputOp implements Op {
        @Override
        public String name() {
            return "conv_output";
        }

        @Override
        public OpResult apply(Args args) {
            args.allowOnly("size", "kernel", "stride", "padding", "dilation");
            int max = CountArithmetic.MAX_SIZE;
            long size = args.integer("size", 1, max);
            long kernel = args.integer("kernel", 1, max);
            long stride = args.integer("stride", 1, 1, max);
            long padding = args.integer("padding", 0, 0, max);
            long dilation = args.integer("dilation", 1, 1, max);
            long extent = dilation * (kernel - 1) + 1;
            long padded = size + 2 * padding;
            if (extent > padded) {
                throw args.error("kernel", "is too large: the dilated kernel spans d(k−1)+1 = " + extent
                        + " but the padded input has only size + 2·padding = " + padded
                        + " positions, so no window fits (output size ≤ 0); shrink kernel or dilation, or pad more");
            }
            // floorDiv, not '/': the numerator is ≥ 0 here, but floor is the formula's meaning
            long out = Math.floorDiv(padded - extent, stride) + 1;
            return OpResult.builder()
                    .step("extent", "k_{\\mathrm{eff}} = d(k-1)+1", Tensor.scalar(extent))
                    .step("padded", "n + 2p", Tensor.scalar(padded))
                    .result("size", "\\left\\lfloor \\frac{n + 2p - d(k-1) - 1}{s} \\right\\rfloor + 1", Tensor.scalar(out))
                    .build();
        }
    }

    /**
     * {@code receptive_field}: how many consecutive input positions one output unit of a stack
     * of convolution/pooling layers sees (along one axis):
     * <pre>  size = 1 + Σ_l d_l (k_l − 1) · Π_{j&lt;l} s_j</pre>
     * Layer l widens the field by its dilated extent minus one, d_l(k_l − 1), measured in steps of
     * its input, and one step of its input is Π_{j&lt;l} s_j input positions (the "jump").
     * With dilation the field has holes; {@code size} is its span (first to last position seen).
     * Arguments: {@code layers}, a list (input side first) of {@code {kernel, stride (1),
     * dilation (1)}}; a {@code padding} key is accepted and ignored, since padding moves the field
     * but does not change its size. Results: {@code size}; steps show each layer's jump and the
     * field after each layer.
     */
    static final class ReceptiveFieldOp implements Op {
        private static final int MAX_LAYERS = 1000;

        @Override
        public String name() {
            return "receptive_field";
        }

        @Override
        public OpResult apply(Args args) {
            args.allowOnly("layers");
            List<Args> layers = args.objects("layers", MAX_LAYERS);
            if (layers.isEmpty()) {
                throw args.error("layers", "is empty: expected at least one {kernel, stride, dilation} layer");
            }
            int max = CountArithmetic.MAX_SIZE;
            double[] jumps = new double[layers.size()];
            double[] fields = new double[layers.size()];
            long jump = 1;
            long field = 1;
            for (int i = 0; i < layers.size(); i++) {
                Args layer = layers.get(i);
                try {
                    layer.allowOnly("kernel", "stride", "dilation", "padding");
                } catch (OpException e) {
                    throw args.error("layers", "entry " + i + ": " + CountArithmetic.problemOf(e));
                }
                int kernel = CountArithmetic.entryInteger(args, "layers", i, layer, "kernel", Integer.MIN_VALUE, 1, max);
                int stride = CountArithmetic.entryInteger(args, "layers", i, layer, "stride", 1, 1, max);
                int dilation = CountArithmetic.entryInteger(args, "layers", i, layer, "dilation", 1, 1, max);
                CountArithmetic.entryInteger(args, "layers", i, layer, "padding", 0, 0, max);
                jumps[i] = jump;
                long widening = CountArithmetic.times(args, "layers", CountArithmetic.times(args, "layers", dilation, kernel - 1), jump);
                field = CountArithmetic.plus(args, "layers", field, widening);
                fields[i] = field;
                if (i + 1 < layers.size()) {
                    // the last layer's stride moves the next layer's windows, and there is none
                    jump = CountArithmetic.times(args, "layers", jump, stride);
                }
            }
            return OpResult.builder()
                    .step("jumps", "J_l = \\prod_{j<l} s_j", Tensor.vector(jumps))
                    .step("fields", "r_l = r_{l-1} + d_l (k_l - 1) J_l,\\; r_0 = 1", Tensor.vector(fields))
                    .result("size", "r = 1 + \\sum_l d_l (k_l - 1) \\prod_{j<l} s_j", Tensor.scalar(field))
                    .build();
        }
    }
}
