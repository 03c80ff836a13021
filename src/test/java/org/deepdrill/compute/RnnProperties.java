package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.TOL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random checks of the recurrent ops against plain-Java recursions written here from the
 * definitions, and of {@code rnn_bptt}'s gradients against central finite differences.
 */
class RnnProperties {
    /** Step of the central differences (f(θ+ε) − f(θ−ε)) / 2ε. */
    private static final double FINITE_DIFFERENCE_STEP = 1e-6;
    /**
     * How far a central difference may be from the exact gradient: its truncation error is
     * O(ε²) ≈ 1e-12, but rounding the loss (≤ ~100 here) costs about 2e-16·L/ε ≈ 2e-8, so
     * 1e-7 (relative above 1) separates rounding from a wrong gradient, which is off by O(1).
     */
    private static final double FINITE_DIFFERENCE_TOL = 1e-7;

    private static final ObjectMapper JSON = new ObjectMapper();

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 25);
    }

    private static OpResult run(String op, Map<String, Object> args) {
        return OpRegistry.standard().run(op, JSON.valueToTree(args));
    }

    private static double[][] random(Random rnd, int rows, int cols, double bound) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = rnd.doubles(cols, -bound, bound).toArray();
        }
        return m;
    }

    private static void near(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
    }

    // ---- linear_rnn_kernel -----------------------------------------------------------------

    /** s_t = W s_{t−1} + U x_t with s_{−1} = 0 and y_t = C s_t equals Σ_k kernel_k x_k for every t. */
    @ParameterizedTest
    @MethodSource("seeds")
    void kernelConvolutionEqualsRunningTheRecursion(int seed) {
        Random rnd = new Random(seed);
        int h = 1 + rnd.nextInt(4);
        int steps = 1 + rnd.nextInt(7);
        double[][] w = random(rnd, h, h, 0.6);
        double[] u = rnd.doubles(h, -1, 1).toArray();
        double[] c = rnd.doubles(h, -1, 1).toArray();
        double[] x = rnd.doubles(steps, -1, 1).toArray();
        double[] s = new double[h];
        for (int t = 0; t < steps; t++) {
            double[] next = new double[h];
            for (int i = 0; i < h; i++) {
                next[i] = u[i] * x[t];
                for (int j = 0; j < h; j++) {
                    next[i] += w[i][j] * s[j];
                }
            }
            s = next;
            double y = 0;
            for (int i = 0; i < h; i++) {
                y += c[i] * s[i];
            }
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("w", w);
            args.put("u", u);
            args.put("c", c);
            args.put("t", t);
            double[] kernel = run("linear_rnn_kernel", args).get("kernel").data();
            assertEquals(t + 1, kernel.length);
            double conv = 0;
            for (int k = 0; k <= t; k++) {
                conv += kernel[k] * x[k];
            }
            near(y, conv, "seed " + seed + ", y_" + t);
        }
    }

    /** The rnn op with identity activation, h0 = 0, w_xh = U and w_hy = C runs the same linear RNN. */
    @ParameterizedTest
    @MethodSource("seeds")
    void identityRnnOutputsAreTheKernelConvolution(int seed) {
        Random rnd = new Random(seed);
        int h = 1 + rnd.nextInt(4);
        int steps = 1 + rnd.nextInt(6);
        double[][] w = random(rnd, h, h, 0.6);
        double[][] u = random(rnd, h, 1, 1);
        double[][] c = random(rnd, 1, h, 1);
        double[] x = rnd.doubles(steps, -1, 1).toArray();
        Map<String, Object> rnn = new LinkedHashMap<>();
        rnn.put("w_hh", w);
        rnn.put("w_xh", u);
        rnn.put("x", x);
        rnn.put("activation", "identity");
        rnn.put("w_hy", c);
        Tensor outputs = run("rnn", rnn).get("outputs");
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("w", w);
        k.put("u", u);
        k.put("c", c);
        k.put("t", steps - 1);
        double[] kernel = run("linear_rnn_kernel", k).get("kernel").data();
        double conv = 0;
        for (int i = 0; i < steps; i++) {
            conv += kernel[i] * x[i];
        }
        near(conv, outputs.get(steps - 1, 0), "seed " + seed);
    }

    // ---- rnn ---------------------------------------------------------------------------------

    /** With W_hh = 0 and identity activation each state is W_xh x_t + b, whatever h0 is. */
    @ParameterizedTest
    @MethodSource("seeds")
    void rnnWithoutRecurrenceIsAnAffineMapOfEachInput(int seed) {
        Random rnd = new Random(seed);
        int h = 1 + rnd.nextInt(4);
        int in = 1 + rnd.nextInt(3);
        int steps = 1 + rnd.nextInt(5);
        double[][] wxh = random(rnd, h, in, 2);
        double[] b = rnd.doubles(h, -1, 1).toArray();
        double[][] x = random(rnd, steps, in, 3);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("w_hh", new double[h][h]);
        args.put("w_xh", wxh);
        args.put("b", b);
        args.put("x", x);
        args.put("h0", rnd.doubles(h, -5, 5).toArray());
        args.put("activation", "identity");
        Tensor states = run("rnn", args).get("states");
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < h; i++) {
                double expected = b[i];
                for (int j = 0; j < in; j++) {
                    expected += wxh[i][j] * x[t][j];
                }
                near(expected, states.get(t, i), "seed " + seed + ", h_" + (t + 1) + "[" + i + "]");
            }
        }
    }

    // ---- rnn_bptt ----------------------------------------------------------------------------

    /** A random rnn_bptt case; {@link #loss} recomputes its loss from the definitions. */
    private record Case(double[][] w, double[][] u, double[][] v, double[][] x, double[][] z, double[] h0) {
        static Case draw(Random rnd) {
            int h = 1 + rnd.nextInt(3);
            int in = 1 + rnd.nextInt(3);
            int out = 1 + rnd.nextInt(2);
            int steps = 1 + rnd.nextInt(4);
            return new Case(random(rnd, h, in, 1.5), random(rnd, h, h, 1.5), random(rnd, out, h, 1.5),
                    random(rnd, steps, in, 1), random(rnd, steps, out, 1), rnd.doubles(h, -1, 1).toArray());
        }

        Map<String, Object> args() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("w", w);
            a.put("u", u);
            a.put("v", v);
            a.put("x", x);
            a.put("z", z);
            a.put("h0", h0);
            return a;
        }

        double loss() {
            return loss(-1, -1, 0);
        }

        /**
         * L = Σ_t ‖z_t − V h_t‖² with h_t = σ(W x_t + U h_{t−1}); when {@code step} ≥ 0, h_{step+1}
         * has {@code shift} added to its entry {@code unit} right after it is computed, so the
         * change reaches L_{step+1} and every later step: the total derivative ∇_{h_t} L.
         */
        double loss(int step, int unit, double shift) {
            int hidden = u.length;
            double[] h = h0.clone();
            double total = 0;
            for (int t = 0; t < x.length; t++) {
                double[] next = new double[hidden];
                for (int i = 0; i < hidden; i++) {
                    double a = 0;
                    for (int j = 0; j < x[t].length; j++) {
                        a += w[i][j] * x[t][j];
                    }
                    for (int j = 0; j < hidden; j++) {
                        a += u[i][j] * h[j];
                    }
                    next[i] = 1 / (1 + Math.exp(-a));
                }
                if (t == step) {
                    next[unit] += shift;
                }
                h = next;
                for (int o = 0; o < v.length; o++) {
                    double y = 0;
                    for (int j = 0; j < hidden; j++) {
                        y += v[o][j] * h[j];
                    }
                    total += (z[t][o] - y) * (z[t][o] - y);
                }
            }
            return total;
        }
    }

    private static void closeToDifference(double difference, double gradient, String what) {
        assertEquals(difference, gradient, FINITE_DIFFERENCE_TOL * Math.max(1, Math.abs(difference)), what);
    }

    /** Central difference of the loss in one weight entry, perturbing that entry in place. */
    private static double difference(Case c, double[][] weight, int i, int j) {
        double keep = weight[i][j];
        weight[i][j] = keep + FINITE_DIFFERENCE_STEP;
        double up = c.loss();
        weight[i][j] = keep - FINITE_DIFFERENCE_STEP;
        double down = c.loss();
        weight[i][j] = keep;
        return (up - down) / (2 * FINITE_DIFFERENCE_STEP);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bpttLossIsTheSumOfSquaredErrors(int seed) {
        Case c = Case.draw(new Random(seed));
        near(c.loss(), run("rnn_bptt", c.args()).get("loss").item(), "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bpttWeightGradientsMatchCentralDifferences(int seed) {
        Case c = Case.draw(new Random(seed));
        OpResult r = run("rnn_bptt", c.args());
        Map<String, double[][]> weights = Map.of("w", c.w(), "u", c.u(), "v", c.v());
        for (Map.Entry<String, double[][]> e : weights.entrySet()) {
            Tensor grad = r.get("grad_" + e.getKey());
            double[][] weight = e.getValue();
            for (int i = 0; i < weight.length; i++) {
                for (int j = 0; j < weight[i].length; j++) {
                    closeToDifference(difference(c, weight, i, j), grad.get(i, j),
                            "seed " + seed + ": grad_" + e.getKey() + "(" + i + "," + j + ")");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bpttStateGradientsAreTotalDerivativesThroughLaterSteps(int seed) {
        Case c = Case.draw(new Random(seed));
        Tensor grad = run("rnn_bptt", c.args()).get("grad_h");
        for (int t = 0; t < c.x().length; t++) {
            for (int i = 0; i < c.u().length; i++) {
                double diff = (c.loss(t, i, FINITE_DIFFERENCE_STEP) - c.loss(t, i, -FINITE_DIFFERENCE_STEP))
                        / (2 * FINITE_DIFFERENCE_STEP);
                closeToDifference(diff, grad.get(t, i), "seed " + seed + ": grad_h(" + t + "," + i + ")");
            }
        }
    }

    /** rnn with sigmoid, w_hh = U, w_xh = W, w_hy = V runs the forward pass of rnn_bptt. */
    @ParameterizedTest
    @MethodSource("seeds")
    void sigmoidRnnRunsTheSameForwardPassAsBptt(int seed) {
        Case c = Case.draw(new Random(seed));
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("w_hh", c.u());
        args.put("w_xh", c.w());
        args.put("x", c.x());
        args.put("h0", c.h0());
        args.put("activation", "sigmoid");
        args.put("w_hy", c.v());
        Tensor y = run("rnn", args).get("outputs");
        double loss = 0;
        for (int t = 0; t < c.z().length; t++) {
            for (int o = 0; o < c.z()[t].length; o++) {
                loss += (c.z()[t][o] - y.get(t, o)) * (c.z()[t][o] - y.get(t, o));
            }
        }
        near(run("rnn_bptt", c.args()).get("loss").item(), loss, "seed " + seed);
    }
}
