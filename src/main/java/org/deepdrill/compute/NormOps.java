package org.deepdrill.compute;

import java.util.List;

/** Normalization statistics: batch, layer, instance and group norm. */
public final class NormOps implements OpFamily {

    @Override
    public List<Op> ops() {
        return List.of(new NormStatsOp());
    }

    /**
     * {@code norm_stats}: the mean and variance a normalization layer computes in training, and
     * the normalized input (without the affine γ, β).
     *
     * <p>{@code x} is N×C or N×C×L (an N×C input is read as L = 1). Each kind averages over
     * a different set of axes:
     * <ul>
     *   <li>{@code batch}: per channel, over N and L; {@code mean}, {@code var} have shape C
     *       (PyTorch {@code BatchNorm1d} in training);</li>
     *   <li>{@code layer}: per sample, over C and L; shape N ({@code LayerNorm(x.shape[1:])});</li>
     *   <li>{@code instance}: per sample and channel, over L; shape N×C
     *       ({@code InstanceNorm1d}). It needs an N×C×L input: an N×C input is refused, as
     *       PyTorch refuses it (it would read N×C as one unbatched C×L sample). L = 1 is allowed
     *       and gives var 0, normalized 0;</li>
     *   <li>{@code group}: per sample and group of C/G consecutive channels, over those channels
     *       and L; shape N×G ({@code GroupNorm(G, C)}); {@code groups} G must divide C.</li>
     * </ul>
     * With k the number of entries a statistic averages over:
     * <pre>
     *   μ = (1/k) Σ x
     *   σ² = (1/k) Σ (x − μ)²          (1/(k−1) when unbiased is true)
     *   x̂ = (x − μ) / √(σ²_biased + ε)
     * </pre>
     * {@code unbiased} changes only the reported {@code var}: {@code normalized} always divides
     * by the biased variance, as every PyTorch norm layer does in training (BatchNorm uses the
     * unbiased one only for its running estimate). A statistic over a single entry (batch norm
     * of one N×C sample, instance norm with L = 1) has var 0 and normalizes to 0: PyTorch's
     * layers refuse such inputs in training mode, but the statistics are well defined, so we
     * give them; only {@code unbiased} (which would divide by 0) and ε = 0 with a constant group
     * (x̂ = 0/0) are refused. Arguments: {@code eps} ≥ 0 (default 1e-5),
     * {@code unbiased} (default false), {@code groups} (group norm only, required there).
     * Results: {@code mean}, {@code var}, {@code normalized} (same shape as x).
     */
    static final class NormStatsOp implements Op {
        private static final String[] KINDS = {"batch", "layer", "instance", "group"};

        @Override
        public String name() {
            return "norm_stats";
        }

        @Override
        public OpResult apply(Args args) {
            args.allowOnly("x", "kind", "groups", "eps", "unbiased");
            String kind = args.choice("kind", null, KINDS);
            Tensor x = args.tensor("x");
            if (x.rank() != 2 && x.rank() != 3) {
                throw args.error("x", "must be N×C or N×C×L (batch, channels[, length]), got shape " + x.shapeText());
            }
            if (kind.equals("instance") && x.rank() == 2) {
                throw args.error("x", "must be N×C×L for instance norm (each instance is normalized over its length L),"
                        + " got " + x.shapeText() + "; add a length axis");
            }
            int n = x.dim(0);
            int c = x.dim(1);
            int l = x.rank() == 3 ? x.dim(2) : 1;
            int groups = readGroups(args, kind, c);
            double eps = args.number("eps", 1e-5);
            if (eps < 0) {
                throw args.error("eps", "must be a number ≥ 0, got " + eps);
            }
            boolean unbiased = args.bool("unbiased", false);
            NormGrouping g = NormGrouping.of(kind, n, c, l, groups);
            if (unbiased && g.count() < 2) {
                throw args.error("unbiased", "needs at least 2 entries per statistic (the unbiased variance divides by k − 1),"
                        + " but " + kind + " norm of a " + x.shapeText() + " input averages over " + g.count());
            }

            double[] data = x.data();
            double[] mean = new double[g.statistics()];
            double[] squares = new double[g.statistics()];
            // two passes (mean first, then squared deviations) rather than E[x²] − μ², which
            // cancels badly when the mean is large relative to the spread
            forEach(g, (flat, stat) -> mean[stat] += data[flat]);
            for (int s = 0; s < mean.length; s++) {
                mean[s] /= g.count();
            }
            forEach(g, (flat, stat) -> {
                double d = data[flat] - mean[stat];
                squares[stat] += d * d;
            });
            double[] biased = new double[mean.length];
            double[] reported = new double[mean.length];
            for (int s = 0; s < mean.length; s++) {
                biased[s] = squares[s] / g.count();
                reported[s] = unbiased ? squares[s] / (g.count() - 1) : biased[s];
                if (biased[s] + eps == 0) {
                    throw args.error("eps", "must be > 0 here: a " + kind + " norm group of x is constant, so σ² + ε = 0"
                            + " and x̂ would divide by zero");
                }
            }
            double[] normalized = new double[data.length];
            forEach(g, (flat, stat) -> normalized[flat] = (data[flat] - mean[stat]) / Math.sqrt(biased[stat] + eps));

            String sub = g.subscriptLatex();
            String over = g.overLatex();
            String k = g.countLatex();
            OpResult.Builder b = OpResult.builder();
            b.result("mean", "\\mu_{" + sub + "} = \\frac{1}{" + k + "} \\sum_{" + over + "} x_{ncl}",
                    Tensor.of(g.shape(), mean));
            if (unbiased) {
                b.step("var_biased", "\\sigma^2_{" + sub + "} = \\frac{1}{" + k + "} \\sum_{" + over + "} (x_{ncl} - \\mu_{" + sub + "})^2",
                        Tensor.of(g.shape(), biased));
                b.result("var", "s^2_{" + sub + "} = \\frac{1}{" + k + " - 1} \\sum_{" + over + "} (x_{ncl} - \\mu_{" + sub + "})^2",
                        Tensor.of(g.shape(), reported));
            } else {
                b.result("var", "\\sigma^2_{" + sub + "} = \\frac{1}{" + k + "} \\sum_{" + over + "} (x_{ncl} - \\mu_{" + sub + "})^2",
                        Tensor.of(g.shape(), reported));
            }
            b.result("normalized", "\\hat{x}_{ncl} = \\frac{x_{ncl} - \\mu_{" + sub + "}}{\\sqrt{\\sigma^2_{" + sub + "} + \\epsilon}}",
                    Tensor.of(x.shape(), normalized));
            return b.build();
        }

        private static int readGroups(Args args, String kind, int channels) {
            if (!kind.equals("group")) {
                // ignored by the other kinds, as a caller sending every argument expects
                return 0;
            }
            int groups = args.integer("groups", 1, Limits.MAX_DIM);
            if (channels % groups != 0) {
                throw args.error("groups", "must divide the number of channels C = " + channels + " (x is N×C[×L]), got " + groups);
            }
            return groups;
        }

        /** Visits every entry of x (flat row-major index) with the index of its statistic. */
        private static void forEach(NormGrouping g, EntryVisitor visitor) {
            int flat = 0;
            for (int i = 0; i < g.n(); i++) {
                for (int j = 0; j < g.c(); j++) {
                    int stat = g.index(i, j);
                    for (int t = 0; t < g.l(); t++) {
                        visitor.visit(flat++, stat);
                    }
                }
            }
        }

        @FunctionalInterface
        private interface EntryVisitor {
            void visit(int flat, int stat);
        }
    }
}
