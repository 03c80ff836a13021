package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertClose;
import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.assertTensor;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random properties of the attention ops (plain JUnit: each seed is one case, so a
 * failure names the seed that reproduces it).
 */
class AttentionProperties {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** A random attention problem: sizes 1..5, entries in [−2, 2). */
    private record Problem(double[][] q, double[][] k, double[][] v) {
        static Problem draw(Random rnd) {
            int n = 1 + rnd.nextInt(5);
            int m = 1 + rnd.nextInt(5);
            int d = 1 + rnd.nextInt(4);
            int dv = 1 + rnd.nextInt(3);
            return new Problem(matrix(rnd, n, d), matrix(rnd, m, d), matrix(rnd, m, dv));
        }

        /** Self-attention: n = m. */
        static Problem drawSquare(Random rnd) {
            int n = 1 + rnd.nextInt(5);
            int d = 1 + rnd.nextInt(4);
            return new Problem(matrix(rnd, n, d), matrix(rnd, n, d), matrix(rnd, n, 1 + rnd.nextInt(3)));
        }

        String json() {
            return "'q': " + Arrays.deepToString(q) + ", 'k': " + Arrays.deepToString(k) + ", 'v': " + Arrays.deepToString(v);
        }
    }

    private static double[][] matrix(Random rnd, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = rnd.nextDouble() * 4 - 2;
            }
        }
        return a;
    }

    /** Entries in {−1, 0, 1}: small integers make equal scores, so ties really happen. */
    private static double[][] smallIntegers(Random rnd, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = rnd.nextInt(3) - 1;
            }
        }
        return a;
    }

    /** A random 0/1 mask with at least one 1 per row. */
    private static double[][] randomMask(Random rnd, int n, int m) {
        double[][] mask = new double[n][m];
        for (double[] row : mask) {
            for (int j = 0; j < m; j++) {
                row[j] = rnd.nextBoolean() ? 1 : 0;
            }
            row[rnd.nextInt(m)] = 1;
        }
        return mask;
    }

    private static double[][] rows(Tensor t) {
        return t.toRows();
    }

    /** Plain-Java softmax attention, the textbook formula without ND4J, as an independent reference. */
    private static double[][] referenceWeights(double[][] q, double[][] k, double beta, double[][] mask) {
        int n = q.length;
        int m = k.length;
        double[][] w = new double[n][m];
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (int j = 0; j < m; j++) {
                if (mask == null || mask[i][j] == 1) {
                    double s = 0;
                    for (int c = 0; c < q[0].length; c++) {
                        s += q[i][c] * k[j][c];
                    }
                    w[i][j] = Math.exp(beta * s);
                    total += w[i][j];
                }
            }
            for (int j = 0; j < m; j++) {
                w[i][j] /= total;
            }
        }
        return w;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int t = 0; t < b.length; t++) {
                    c[i][j] += a[i][t] * b[t][j];
                }
            }
        }
        return c;
    }

    // ---- attention -------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seeds")
    void weightsAgreeWithAPlainJavaSoftmaxOfScaledScores(long seed) {
        Random rnd = new Random(seed);
        Problem p = Problem.draw(rnd);
        double[][] mask = randomMask(rnd, p.q().length, p.k().length);
        OpResult r = run("attention", "{" + p.json() + ", 'mask': " + Arrays.deepToString(mask) + "}");
        double[][] expected = referenceWeights(p.q(), p.k(), 1 / Math.sqrt(p.q()[0].length), mask);
        assertMatrix(expected, r.get("weights"));
        assertMatrix(multiply(expected, p.v()), r.get("output"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void weightRowsSumToOne(long seed) {
        Random rnd = new Random(seed);
        Problem p = Problem.draw(rnd);
        String mask = rnd.nextBoolean() ? "" : ", 'mask': " + Arrays.deepToString(randomMask(rnd, p.q().length, p.k().length));
        for (double[] row : rows(run("attention", "{" + p.json() + mask + "}").get("weights"))) {
            assertClose(1.0, Arrays.stream(row).sum(), "seed " + seed);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maskedWeightsAreExactlyZeroAndMaskedScoresMinusInfinity(long seed) {
        Random rnd = new Random(seed);
        Problem p = Problem.draw(rnd);
        double[][] mask = randomMask(rnd, p.q().length, p.k().length);
        boolean hard = rnd.nextBoolean();
        OpResult r = run("attention", "{" + p.json() + ", 'hard': " + hard + ", 'mask': " + Arrays.deepToString(mask) + "}");
        double[][] w = rows(r.get("weights"));
        double[][] s = rows(r.get("scores"));
        for (int i = 0; i < mask.length; i++) {
            for (int j = 0; j < mask[0].length; j++) {
                if (mask[i][j] == 0) {
                    assertEquals(0.0, w[i][j], "seed " + seed);
                    assertEquals(Double.NEGATIVE_INFINITY, s[i][j], "seed " + seed);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void causalOutputRowDoesNotDependOnLaterTokens(long seed) {
        Random rnd = new Random(seed);
        Problem p = Problem.drawSquare(rnd);
        int n = p.q().length;
        int i = rnd.nextInt(n);
        Problem changed = new Problem(p.q().clone(), p.k().clone(), p.v().clone());
        for (int t = i + 1; t < n; t++) {
            // replace every later token's query, key and value
            changed.q()[t] = matrix(rnd, 1, p.q()[0].length)[0];
            changed.k()[t] = matrix(rnd, 1, p.k()[0].length)[0];
            changed.v()[t] = matrix(rnd, 1, p.v()[0].length)[0];
        }
        Tensor before = run("attention", "{" + p.json() + ", 'mask': 'causal'}").get("output");
        Tensor after = run("attention", "{" + changed.json() + ", 'mask': 'causal'}").get("output");
        for (int t = 0; t <= i; t++) {
            for (int c = 0; c < p.v()[0].length; c++) {
                assertClose(before.get(t, c), after.get(t, c), "seed " + seed + ", row " + t);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void lastCausalRowEqualsTheNewQueryOverCachedKeysAndValues(long seed) {
        // sheet 001's KV cache: generating token n−1 needs only its query and every earlier key and value
        Random rnd = new Random(seed);
        Problem p = Problem.drawSquare(rnd);
        int last = p.q().length - 1;
        Tensor full = run("attention", "{" + p.json() + ", 'mask': 'causal'}").get("output");
        Problem step = new Problem(new double[][] {p.q()[last]}, p.k(), p.v());
        Tensor cached = run("attention", "{" + step.json() + "}").get("output");
        for (int c = 0; c < p.v()[0].length; c++) {
            assertClose(full.get(last, c), cached.get(0, c), "seed " + seed);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void scalingQueriesByCEqualsScalingTheScoresByBetaTimesC(long seed) {
        Random rnd = new Random(seed);
        Problem p = Problem.draw(rnd);
        double beta = rnd.nextDouble() * 2 - 1;
        double c = rnd.nextDouble() * 3 + 0.1;
        double[][] scaledQ = Arrays.stream(p.q()).map(row -> Arrays.stream(row).map(x -> c * x).toArray()).toArray(double[][]::new);
        Problem scaled = new Problem(scaledQ, p.k(), p.v());
        OpResult viaQ = run("attention", "{" + scaled.json() + ", 'scale': " + beta + "}");
        OpResult viaBeta = run("attention", "{" + p.json() + ", 'scale': " + (beta * c) + "}");
        assertTensor(viaBeta.get("scores"), viaQ.get("scores"));
        assertTensor(viaBeta.get("weights"), viaQ.get("weights"));
        assertTensor(viaBeta.get("output"), viaQ.get("output"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void hardRowsAreOneHotAtTheLowestIndexOfTheLargestScore(long seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(4);
        int m = 1 + rnd.nextInt(5);
        int d = 1 + rnd.nextInt(3);
        Problem p = new Problem(smallIntegers(rnd, n, d), smallIntegers(rnd, m, d), matrix(rnd, m, 2));
        String mask = rnd.nextBoolean() ? "" : ", 'mask': " + Arrays.deepToString(randomMask(rnd, n, m));
        OpResult r = run("attention", "{" + p.json() + ", 'scale': 1, 'hard': true" + mask + "}");
        double[][] s = rows(r.get("scores"));
        double[][] w = rows(r.get("weights"));
        for (int i = 0; i < n; i++) {
            int first = 0;
            for (int j = 1; j < m; j++) {
                if (s[i][j] > s[i][first]) {
                    first = j;
                }
            }
            for (int j = 0; j < m; j++) {
                assertEquals(j == first ? 1.0 : 0.0, w[i][j], "seed " + seed + ", row " + i + ", scores " + Arrays.toString(s[i]));
            }
            for (int c = 0; c < 2; c++) {
                assertEquals(p.v()[first][c], r.get("output").get(i, c), "hard output copies the chosen value");
            }
        }
    }

    // ---- multi_head_attention ----------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seeds")
    void oneHeadWithIdentityOutputProjectionEqualsSingleAttention(long seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(5);
        int bigD = 1 + rnd.nextInt(4);
        double[][] x = matrix(rnd, n, bigD);
        double[][] wq = matrix(rnd, bigD, bigD);
        double[][] wk = matrix(rnd, bigD, bigD);
        double[][] wv = matrix(rnd, bigD, bigD);
        double[][] eye = new double[bigD][bigD];
        for (int i = 0; i < bigD; i++) {
            eye[i][i] = 1;
        }
        String mask = rnd.nextBoolean() ? "" : ", 'mask': 'causal'";
        OpResult mha = run("multi_head_attention", "{'x': " + Arrays.deepToString(x) + ", 'wq': [" + Arrays.deepToString(wq)
                + "], 'wk': [" + Arrays.deepToString(wk) + "], 'wv': [" + Arrays.deepToString(wv) + "], 'wo': "
                + Arrays.deepToString(eye) + mask + "}");
        Problem single = new Problem(multiply(x, wq), multiply(x, wk), multiply(x, wv));
        OpResult att = run("attention", "{" + single.json() + mask + "}");
        assertTensor(att.get("output"), mha.get("output"));
        assertTensor(att.get("weights").reshape(1, n, n), mha.get("weights"));
        assertTensor(att.get("output").reshape(1, n, bigD), mha.get("heads"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachHeadIsAttentionOnItsProjectionsAndTheOutputProjectsTheConcatenation(long seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(4);
        int bigD = 1 + rnd.nextInt(4);
        int h = 1 + rnd.nextInt(3);
        int d = 1 + rnd.nextInt(3);
        double[][] x = matrix(rnd, n, bigD);
        double[][][] wq = new double[h][][];
        double[][][] wk = new double[h][][];
        double[][][] wv = new double[h][][];
        for (int i = 0; i < h; i++) {
            wq[i] = matrix(rnd, bigD, d);
            wk[i] = matrix(rnd, bigD, d);
            wv[i] = matrix(rnd, bigD, d);
        }
        double[][] wo = matrix(rnd, h * d, bigD);
        OpResult r = run("multi_head_attention", "{'x': " + Arrays.deepToString(x) + ", 'wq': " + Arrays.deepToString(wq)
                + ", 'wk': " + Arrays.deepToString(wk) + ", 'wv': " + Arrays.deepToString(wv) + ", 'wo': " + Arrays.deepToString(wo) + "}");
        double[][] concat = new double[n][h * d];
        for (int i = 0; i < h; i++) {
            double[][] a = referenceWeights(multiply(x, wq[i]), multiply(x, wk[i]), 1 / Math.sqrt(d), null);
            double[][] head = multiply(a, multiply(x, wv[i]));
            for (int t = 0; t < n; t++) {
                for (int j = 0; j < n; j++) {
                    assertClose(a[t][j], r.get("weights").get(i, t, j), "seed " + seed + " head " + i);
                }
                for (int c = 0; c < d; c++) {
                    assertClose(head[t][c], r.get("heads").get(i, t, c), "seed " + seed + " head " + i);
                    concat[t][i * d + c] = head[t][c];
                }
            }
        }
        assertMatrix(multiply(concat, wo), r.get("output"));
    }

    // ---- attention_mask ----------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seeds")
    void slidingAndDilatedMasksAreSymmetricWithOnesOnTheDiagonal(long seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(12);
        int w = 1 + rnd.nextInt(8);
        int delta = 1 + rnd.nextInt(4);
        for (String args : new String[] {
            "{'kind': 'sliding', 'n': " + n + ", 'window': " + w + "}",
            "{'kind': 'dilated', 'n': " + n + ", 'window': " + w + ", 'dilation': " + delta + "}"}) {
            double[][] m = rows(run("attention_mask", args).get("mask"));
            for (int i = 0; i < n; i++) {
                assertEquals(1.0, m[i][i], args);
                for (int j = 0; j < n; j++) {
                    assertEquals(m[i][j], m[j][i], args);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachRowOfADilatedMaskHasAtMostWindowPlusOneOnes(long seed) {
        // ⌊w/2⌋ on each side plus the token itself
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(20);
        int w = 1 + rnd.nextInt(8);
        int delta = 1 + rnd.nextInt(4);
        double[][] m = rows(run("attention_mask", "{'kind': 'dilated', 'n': " + n + ", 'window': " + w + ", 'dilation': " + delta + "}").get("mask"));
        for (double[] row : m) {
            int ones = (int) Arrays.stream(row).sum();
            assertEquals(true, ones <= 2 * (w / 2) + 1, "row " + Arrays.toString(row));
        }
        if (n > 2 * (w / 2) * delta) {
            // the middle token has room for the whole window
            assertEquals(2 * (w / 2) + 1, (int) Arrays.stream(m[(w / 2) * delta]).sum());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fullIsAllOnesAndCausalIsTheLowerTriangle(long seed) {
        int n = 1 + new Random(seed).nextInt(16);
        double[][] full = rows(run("attention_mask", "{'kind': 'full', 'n': " + n + "}").get("mask"));
        double[][] causal = rows(run("attention_mask", "{'kind': 'causal', 'n': " + n + "}").get("mask"));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(1.0, full[i][j]);
                assertEquals(j <= i ? 1.0 : 0.0, causal[i][j]);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void globalSlidingIsTheSlidingWindowWithGlobalRowsAndColumnsFilled(long seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(12);
        int w = 1 + rnd.nextInt(6);
        int[] global = rnd.ints(rnd.nextInt(3), 0, n).toArray();
        double[][] sliding = rows(run("attention_mask", "{'kind': 'sliding', 'n': " + n + ", 'window': " + w + "}").get("mask"));
        double[][] m = rows(run("attention_mask", "{'kind': 'global_sliding', 'n': " + n + ", 'window': " + w
                + ", 'global': " + Arrays.toString(global) + "}").get("mask"));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int fi = i;
                int fj = j;
                boolean isGlobal = Arrays.stream(global).anyMatch(g -> g == fi || g == fj);
                assertEquals(isGlobal ? 1.0 : sliding[i][j], m[i][j], "seed " + seed + " at " + i + "," + j);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aMaskFromAttentionMaskCanBeFedToAttention(long seed) {
        // the two ops agree on what 0 and 1 mean: the causal pattern as an array equals mask 'causal'
        Random rnd = new Random(seed);
        Problem p = Problem.drawSquare(rnd);
        Tensor mask = run("attention_mask", "{'kind': 'causal', 'n': " + p.q().length + "}").get("mask");
        Tensor viaArray = run("attention", "{" + p.json() + ", 'mask': " + Arrays.deepToString(mask.toRows()) + "}").get("output");
        Tensor viaText = run("attention", "{" + p.json() + ", 'mask': 'causal'}").get("output");
        assertEquals(viaText, viaArray);
    }
}
