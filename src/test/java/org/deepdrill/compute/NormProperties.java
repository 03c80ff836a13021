package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertClose;
import static org.deepdrill.compute.ComputeAssertions.assertTensor;
import static org.deepdrill.compute.ComputeAssertions.run;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random checks of norm_stats: the defining properties of each normalization. */
class NormProperties {

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    /** A random N×C×L tensor (each length at least 2, so no group is a single entry) as JSON. */
    private record Case(int n, int c, int l, double[] data, String json) {
        static Case random(long seed) {
            Random rnd = new Random(seed);
            int n = 2 + rnd.nextInt(4);
            int c = 2 + rnd.nextInt(5);
            int l = 2 + rnd.nextInt(4);
            double[] data = new double[n * c * l];
            for (int i = 0; i < data.length; i++) {
                data[i] = rnd.nextGaussian() * (1 + 3 * rnd.nextDouble()) + 5 * rnd.nextDouble();
            }
            return new Case(n, c, l, data, BlockJson.of(Tensor.of(new int[] {n, c, l}, data)));
        }

        OpResult stats(String kind, String extra) {
            return run("norm_stats", "{'x': " + json + ", 'kind': '" + kind + "', 'eps': 0" + extra + "}");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void batchNormOutputHasZeroMeanAndUnitBiasedVariancePerChannel(long seed) {
        Case k = Case.random(seed);
        Tensor y = k.stats("batch", "").get("normalized");
        for (int ch = 0; ch < k.c(); ch++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < k.n(); i++) {
                for (int t = 0; t < k.l(); t++) {
                    sum += y.get(i, ch, t);
                    squares += y.get(i, ch, t) * y.get(i, ch, t);
                }
            }
            int count = k.n() * k.l();
            assertClose(0.0, sum / count, "mean of channel " + ch);
            assertClose(1.0, squares / count, "variance of channel " + ch);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void layerNormOutputHasZeroMeanAndUnitVariancePerSample(long seed) {
        Case k = Case.random(seed);
        Tensor y = k.stats("layer", "").get("normalized");
        for (int i = 0; i < k.n(); i++) {
            double sum = 0;
            double squares = 0;
            for (int ch = 0; ch < k.c(); ch++) {
                for (int t = 0; t < k.l(); t++) {
                    sum += y.get(i, ch, t);
                    squares += y.get(i, ch, t) * y.get(i, ch, t);
                }
            }
            int count = k.c() * k.l();
            assertClose(0.0, sum / count, "mean of sample " + i);
            assertClose(1.0, squares / count, "variance of sample " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void groupNormWithAGroupPerChannelIsInstanceNorm(long seed) {
        Case k = Case.random(seed);
        OpResult group = k.stats("group", ", 'groups': " + k.c());
        OpResult instance = k.stats("instance", "");
        assertTensor(instance.get("mean"), group.get("mean"));
        assertTensor(instance.get("var"), group.get("var"));
        assertTensor(instance.get("normalized"), group.get("normalized"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void groupNormWithOneGroupIsLayerNorm(long seed) {
        Case k = Case.random(seed);
        OpResult group = k.stats("group", ", 'groups': 1");
        OpResult layer = k.stats("layer", "");
        assertTensor(layer.get("mean"), group.get("mean").reshape(k.n()));
        assertTensor(layer.get("var"), group.get("var").reshape(k.n()));
        assertTensor(layer.get("normalized"), group.get("normalized"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void unbiasedVarianceIsTheBiasedOneTimesKOverKMinusOne(long seed) {
        Case k = Case.random(seed);
        String[] kinds = {"batch", "layer", "instance"};
        int[] counts = {k.n() * k.l(), k.c() * k.l(), k.l()};
        for (int i = 0; i < kinds.length; i++) {
            double[] biased = k.stats(kinds[i], "").get("var").data();
            double[] unbiased = k.stats(kinds[i], ", 'unbiased': true").get("var").data();
            for (int s = 0; s < biased.length; s++) {
                assertClose(biased[s] * counts[i] / (counts[i] - 1), unbiased[s], kinds[i] + " statistic " + s);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void batchMeanIsTheMeanOfThePerSampleInstanceMeans(long seed) {
        // every instance averages L entries, so averaging the N instance means of a channel
        // averages the channel's N·L entries: the batch mean
        Case k = Case.random(seed);
        Tensor instance = k.stats("instance", "").get("mean");
        Tensor batch = k.stats("batch", "").get("mean");
        for (int ch = 0; ch < k.c(); ch++) {
            double sum = 0;
            for (int i = 0; i < k.n(); i++) {
                sum += instance.get(i, ch);
            }
            assertClose(batch.get(ch), sum / k.n(), "channel " + ch);
        }
    }
}
