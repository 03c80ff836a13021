package org.deepdrill.compute;

/**
 * {@code init_std}: the standard deviation (and, for the uniform schemes, the bound a of
 * U(−a, a)) that PyTorch's {@code torch.nn.init} schemes draw weights with.
 *
 * <pre>
 *   xavier (Glorot):  std = gain · √(2 / (fan_in + fan_out))
 *   kaiming (He):     std = gain / √fan,   fan = fan_in (mode "fan_in", default) or fan_out
 *   uniform schemes:  bound = √3 · std     (U(−a, a) has variance a²/3)
 * </pre>
 * {@code gain} is {@code torch.nn.init.calculate_gain(nonlinearity, negative_slope)}:
 * linear, identity, conv1d/2d/3d, conv_transpose1d/2d/3d and sigmoid → 1; tanh → 5/3;
 * relu → √2; leaky_relu → √(2 / (1 + slope²)) with {@code negative_slope} default 0.01 (as
 * calculate_gain; note that torch's {@code kaiming_*_} pass their own {@code a}, default 0, so to
 * reproduce {@code kaiming_normal_(w, nonlinearity='leaky_relu')} give {@code negative_slope: 0});
 * selu → 3/4. When {@code nonlinearity} is absent the default follows torch's functions: xavier
 * → linear (gain 1, torch's {@code gain=1.0}), kaiming → relu (torch's default leaky_relu with
 * a = 0, i.e. √2). Results: {@code gain}, {@code std}, and {@code bound} for the uniform schemes.
 */
final class CountInitStd implements Op {
    private static final String[] SCHEMES = {"xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal"};
    private static final String[] NONLINEARITIES = {"linear", "identity", "conv1d", "conv2d", "conv3d",
        "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "sigmoid", "tanh", "relu", "leaky_relu", "selu"};

    @Override
    public String name() {
        return "init_std";
    }

    @Override
    public OpResult apply(Args args) {
        args.allowOnly("scheme", "fan_in", "fan_out", "nonlinearity", "negative_slope", "mode");
        String scheme = args.choice("scheme", null, SCHEMES);
        boolean xavier = scheme.startsWith("xavier");
        boolean uniform = scheme.endsWith("uniform");
        String nonlinearity = args.choice("nonlinearity", xavier ? "linear" : "relu", NONLINEARITIES);
        double slope = args.number("negative_slope", 0.01);
        double gain = gain(nonlinearity, slope);

        OpResult.Builder b = OpResult.builder();
        b.result("gain", gainLatex(nonlinearity), Tensor.scalar(gain));
        double std;
        if (xavier) {
            long fanIn = fan(args, "fan_in", scheme + " needs both fans: std = gain·√(2/(fan_in + fan_out))");
            long fanOut = fan(args, "fan_out", scheme + " needs both fans: std = gain·√(2/(fan_in + fan_out))");
            std = gain * Math.sqrt(2.0 / (fanIn + fanOut));
            b.result("std", "\\sigma = g \\sqrt{\\frac{2}{n_{\\mathrm{in}} + n_{\\mathrm{out}}}}", Tensor.scalar(std));
        } else {
            String mode = args.choice("mode", "fan_in", "fan_in", "fan_out");
            long fan = fan(args, mode, scheme + " with mode " + mode + " divides by it: std = gain/√" + mode);
            // the other fan is not used, but when given it still has to be a valid count
            String other = mode.equals("fan_in") ? "fan_out" : "fan_in";
            if (args.has(other)) {
                fan(args, other, "");
            }
            std = gain / Math.sqrt(fan);
            String n = mode.equals("fan_in") ? "n_{\\mathrm{in}}" : "n_{\\mathrm{out}}";
            b.result("std", "\\sigma = \\frac{g}{\\sqrt{" + n + "}}", Tensor.scalar(std));
        }
        if (uniform) {
            b.result("bound", "a = \\sqrt{3}\\,\\sigma", Tensor.scalar(Math.sqrt(3.0) * std));
        }
        return b.build();
    }

    private static long fan(Args args, String name, String why) {
        if (!args.has(name)) {
            throw args.error(name, "is missing: expected a whole number ≥ 1 (" + why + ")");
        }
        return args.integer(name, 1, Integer.MAX_VALUE);
    }

    /** torch.nn.init.calculate_gain. */
    static double gain(String nonlinearity, double slope) {
        return switch (nonlinearity) {
            case "tanh" -> 5.0 / 3;
            case "relu" -> Math.sqrt(2.0);
            case "leaky_relu" -> Math.sqrt(2.0 / (1 + slope * slope));
            case "selu" -> 3.0 / 4;
            default -> 1.0; // linear, identity, conv*, conv_transpose*, sigmoid
        };
    }

    private static String gainLatex(String nonlinearity) {
        String value = switch (nonlinearity) {
            case "tanh" -> "\\frac{5}{3}";
            case "relu" -> "\\sqrt{2}";
            case "leaky_relu" -> "\\sqrt{\\frac{2}{1 + \\alpha^2}}";
            case "selu" -> "\\frac{3}{4}";
            default -> "1";
        };
        return "g = \\mathrm{gain}(\\text{" + nonlinearity.replace("_", "\\_") + "}) = " + value;
    }
}
