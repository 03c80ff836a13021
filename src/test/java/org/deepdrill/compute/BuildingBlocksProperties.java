package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertClose;
import static org.deepdrill.compute.ComputeAssertions.assertTensor;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random checks of the building blocks' algebra. */
class BuildingBlocksProperties {

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    /** A rows×cols matrix of entries in [lo, lo + 1). */
    private static Tensor matrix(Random rnd, int rows, int cols, double lo) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = lo + rnd.nextDouble();
        }
        return Tensor.of(new int[] {rows, cols}, d);
    }

    private static Tensor op(String op, String args) {
        return run(op, args).get("result");
    }

    private static Tensor matmul(Tensor a, Tensor b) {
        return op("matmul", "{'a': " + BlockJson.of(a) + ", 'b': " + BlockJson.of(b) + "}");
    }

    private static Tensor transpose(Tensor x) {
        return op("transpose", "{'x': " + BlockJson.of(x) + "}");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matmulIsAssociative(long seed) {
        // positive entries: no cancellation, so the two orders agree to float64 rounding
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(5);
        int k = 1 + rnd.nextInt(5);
        int l = 1 + rnd.nextInt(5);
        int m = 1 + rnd.nextInt(5);
        Tensor a = matrix(rnd, n, k, 0);
        Tensor b = matrix(rnd, k, l, 0);
        Tensor c = matrix(rnd, l, m, 0);
        assertTensor(matmul(matmul(a, b), c), matmul(a, matmul(b, c)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matmulIsTheFloat64SumOfProducts(long seed) {
        // a float32 product would be off by ~1e-7, far outside the one tolerance
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(6);
        int k = 1 + rnd.nextInt(6);
        int m = 1 + rnd.nextInt(6);
        Tensor a = matrix(rnd, n, k, 0.5);
        Tensor b = matrix(rnd, k, m, 0.5);
        Tensor ab = matmul(a, b);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) {
                    s += a.get(i, t) * b.get(t, j);
                }
                assertClose(s, ab.get(i, j), "entry " + i + "," + j);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void transposeIsAnInvolutionAndReversesProducts(long seed) {
        Random rnd = new Random(seed);
        Tensor a = matrix(rnd, 1 + rnd.nextInt(5), 1 + rnd.nextInt(5), -0.5);
        Tensor b = matrix(rnd, a.dim(1), 1 + rnd.nextInt(5), 0);
        assertEquals(a, transpose(transpose(a)));
        assertTensor(transpose(matmul(a, b)), matmul(transpose(b), transpose(a)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSumOfAConcatenationIsTheSumOfItsParts(long seed) {
        Random rnd = new Random(seed);
        int cols = 1 + rnd.nextInt(4);
        Tensor a = matrix(rnd, 1 + rnd.nextInt(4), cols, 0);
        Tensor b = matrix(rnd, 1 + rnd.nextInt(4), cols, 0);
        Tensor joined = op("concat", "{'tensors': [" + BlockJson.of(a) + ", " + BlockJson.of(b) + "]}");
        double parts = op("sum", "{'x': " + BlockJson.of(a) + "}").item() + op("sum", "{'x': " + BlockJson.of(b) + "}").item();
        assertClose(parts, op("sum", "{'x': " + BlockJson.of(joined) + "}").item());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void slicingAtAnyPointAndConcatenatingGivesTheTensorBack(long seed) {
        Random rnd = new Random(seed);
        Tensor x = matrix(rnd, 1 + rnd.nextInt(5), 1 + rnd.nextInt(5), -0.5);
        int dim = rnd.nextInt(2);
        int cut = rnd.nextInt(x.dim(dim) + 1);
        String head = "{'x': " + BlockJson.of(x) + ", 'dim': " + dim;
        Tensor left = op("slice", head + ", 'end': " + cut + "}");
        Tensor right = op("slice", head + ", 'start': " + cut + "}");
        assertEquals(cut, left.dim(dim));
        // an empty part cannot be sent as JSON (the reader refuses empty tensors), so join the other alone
        Tensor joined = left.size() == 0 ? right : right.size() == 0 ? left
                : op("concat", "{'tensors': [" + BlockJson.of(left) + ", " + BlockJson.of(right) + "], 'dim': " + dim + "}");
        assertEquals(x, joined);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void unbiasedVarianceIsTheBiasedOneTimesNOverNMinusOneAlongEachDim(long seed) {
        Random rnd = new Random(seed);
        Tensor x = matrix(rnd, 2 + rnd.nextInt(4), 2 + rnd.nextInt(4), 3);
        for (int dim = 0; dim < 2; dim++) {
            String args = "{'x': " + BlockJson.of(x) + ", 'dim': " + dim;
            double[] biased = op("var", args + "}").data();
            double[] unbiased = op("var", args + ", 'unbiased': true}").data();
            int n = x.dim(dim);
            for (int i = 0; i < biased.length; i++) {
                assertClose(biased[i] * n / (n - 1), unbiased[i], "dim " + dim + " entry " + i);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void argmaxPointsAtTheMax(long seed) {
        Random rnd = new Random(seed);
        Tensor x = matrix(rnd, 1 + rnd.nextInt(5), 1 + rnd.nextInt(5), 0);
        String args = "{'x': " + BlockJson.of(x) + ", 'dim': 1}";
        double[] max = op("max", args).data();
        double[] at = op("argmax", args).data();
        for (int i = 0; i < max.length; i++) {
            assertEquals(max[i], x.get(i, (int) at[i]));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matrixPowersAddTheirExponents(long seed) {
        // small entries keep the powers in range; M^(p+q) = M^p · M^q
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(4);
        Tensor m = matrix(rnd, n, n, 0);
        int p = rnd.nextInt(5);
        int q = rnd.nextInt(5);
        String base = "{'x': " + BlockJson.of(m) + ", 'matrix': true, 'p': ";
        Tensor sum = op("power", base + (p + q) + "}");
        assertTensor(sum, matmul(op("power", base + p + "}"), op("power", base + q + "}")));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addingARowBroadcastsItToEveryRow(long seed) {
        Random rnd = new Random(seed);
        Tensor a = matrix(rnd, 1 + rnd.nextInt(4), 1 + rnd.nextInt(4), -0.5);
        Tensor row = matrix(rnd, 1, a.dim(1), -0.5);
        Tensor sum = op("add", "{'a': " + BlockJson.of(a) + ", 'b': " + BlockJson.of(row.reshape(a.dim(1))) + "}");
        for (int i = 0; i < a.dim(0); i++) {
            for (int j = 0; j < a.dim(1); j++) {
                assertEquals(a.get(i, j) + row.get(0, j), sum.get(i, j));
            }
        }
    }
}
