package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertClose;
import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.assertTensor;
import static org.deepdrill.compute.ComputeAssertions.assertVector;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * norm_stats against sheet 004 item 3.1: the 4×2×3 tensor (batch N = 4, channels C = 2,
 * features L = 3). Every expected value is worked out by hand in the comments.
 */
class NormStatsTest {
    /** Sheet 004 item 3.1, as printed: sample n holds two channels of three features. */
    private static final String X = "[[[4,3,2],[1,4,3]], [[3,4,1],[4,2,2]], [[3,2,3],[4,1,2]], [[1,1,3],[4,1,2]]]";

    private static OpResult stats(String kind, String extra) {
        return run("norm_stats", "{'x': " + X + ", 'kind': '" + kind + "'" + extra + "}");
    }

    @Test
    void batchNormOfSheet004Item31AveragesEachChannelOverTwelveEntries() {
        OpResult r = stats("batch", "");
        // channel 0: 4+3+2+3+4+1+3+2+3+1+1+3 = 30 → μ = 30/12 = 2.5;
        //   Σx² = 16+9+4+9+16+1+9+4+9+1+1+9 = 88 → σ² = 88/12 − 2.5² = 13/12
        // channel 1: 1+4+3+4+2+2+4+1+2+4+1+2 = 30 → μ = 2.5;
        //   Σx² = 1+16+9+16+4+4+16+1+4+16+1+4 = 92 → σ² = 92/12 − 6.25 = 17/12
        assertVector(new double[] {2.5, 2.5}, r.get("mean"));
        assertVector(new double[] {13.0 / 12, 17.0 / 12}, r.get("var"));
    }

    @Test
    void layerNormOfSheet004Item31AveragesEachSampleOverSixEntries() {
        OpResult r = stats("layer", "");
        // n0: 4+3+2+1+4+3 = 17, Σx² = 55 → μ = 17/6, σ² = 55/6 − 289/36 = 41/36
        // n1: 3+4+1+4+2+2 = 16, Σx² = 50 → μ = 8/3,  σ² = 50/6 − 64/9  = 11/9
        // n2: 3+2+3+4+1+2 = 15, Σx² = 43 → μ = 5/2,  σ² = 43/6 − 25/4  = 11/12
        // n3: 1+1+3+4+1+2 = 12, Σx² = 32 → μ = 2,    σ² = 32/6 − 4     = 4/3
        assertVector(new double[] {17.0 / 6, 8.0 / 3, 2.5, 2.0}, r.get("mean"));
        assertVector(new double[] {41.0 / 36, 11.0 / 9, 11.0 / 12, 4.0 / 3}, r.get("var"));
    }

    @Test
    void instanceNormOfSheet004Item31AveragesEachChannelOfEachSampleOverItsThreeFeatures() {
        OpResult r = stats("instance", "");
        // [4,3,2] → μ 3, deviations 1,0,−1 → σ² = 2/3;   [1,4,3] → μ 8/3, dev −5/3,4/3,1/3 → 42/27 = 14/9
        // [3,4,1] → μ 8/3, σ² 14/9;                       [4,2,2] → μ 8/3, dev 4/3,−2/3,−2/3 → 24/27 = 8/9
        // [3,2,3] → μ 8/3, dev 1/3,−2/3,1/3 → 6/27 = 2/9; [4,1,2] → μ 7/3, dev 5/3,−4/3,−1/3 → 14/9
        // [1,1,3] → μ 5/3, dev −2/3,−2/3,4/3 → 8/9;       [4,1,2] → μ 7/3, σ² 14/9
        assertMatrix(new double[][] {{3, 8.0 / 3}, {8.0 / 3, 8.0 / 3}, {8.0 / 3, 7.0 / 3}, {5.0 / 3, 7.0 / 3}}, r.get("mean"));
        assertMatrix(new double[][] {{2.0 / 3, 14.0 / 9}, {14.0 / 9, 8.0 / 9}, {2.0 / 9, 14.0 / 9}, {8.0 / 9, 14.0 / 9}}, r.get("var"));
    }

    @Test
    void groupNormWithOneGroupPerChannelGivesTheInstanceStatisticsOfSheet004() {
        OpResult r = stats("group", ", 'groups': 2");
        assertMatrix(new double[][] {{3, 8.0 / 3}, {8.0 / 3, 8.0 / 3}, {8.0 / 3, 7.0 / 3}, {5.0 / 3, 7.0 / 3}}, r.get("mean"));
        assertMatrix(new double[][] {{2.0 / 3, 14.0 / 9}, {14.0 / 9, 8.0 / 9}, {2.0 / 9, 14.0 / 9}, {8.0 / 9, 14.0 / 9}}, r.get("var"));
    }

    @Test
    void groupNormWithOneGroupGivesTheLayerStatisticsAsAnNByOneMatrix() {
        OpResult r = stats("group", ", 'groups': 1");
        assertMatrix(new double[][] {{17.0 / 6}, {8.0 / 3}, {2.5}, {2.0}}, r.get("mean"));
        assertMatrix(new double[][] {{41.0 / 36}, {11.0 / 9}, {11.0 / 12}, {4.0 / 3}}, r.get("var"));
    }

    @Test
    void groupNormPoolsConsecutiveChannels() {
        // C = 4, G = 2: channels {0,1} and {2,3}. Sample 0: {1,3 | 2,2} → μ 2, σ² (1+1+0+0)/4 = 1/2;
        // {5,9 | 7,7} → μ 7, σ² (4+4+0+0)/4 = 2. Sample 1: {0,0 | 0,4} → μ 1, σ² (1+1+1+9)/4 = 3;
        // {1,1 | 1,1} → μ 1, σ² 0
        OpResult r = run("norm_stats", "{'x': [[[1,3],[2,2],[5,9],[7,7]], [[0,0],[0,4],[1,1],[1,1]]], 'kind': 'group', 'groups': 2}");
        assertMatrix(new double[][] {{2, 7}, {1, 1}}, r.get("mean"));
        assertMatrix(new double[][] {{0.5, 2}, {3, 0}}, r.get("var"));
        // a constant group normalizes to 0 (ε keeps the division defined)
        assertClose(0.0, r.get("normalized").get(1, 3, 1));
    }

    @Test
    void unbiasedBatchVarianceDividesByElevenInsteadOfTwelve() {
        // Σ(x − μ)² = 12·13/12 = 13 and 12·17/12 = 17, over n − 1 = 11
        assertVector(new double[] {13.0 / 11, 17.0 / 11}, stats("batch", ", 'unbiased': true").get("var"));
    }

    @Test
    void unbiasedChangesOnlyTheReportedVarianceNotTheNormalizedOutput() {
        OpResult biased = stats("batch", ", 'eps': 0");
        OpResult unbiased = stats("batch", ", 'eps': 0, 'unbiased': true");
        assertTensor(biased.get("normalized"), unbiased.get("normalized"));
    }

    @Test
    void instanceNormalizedFirstRowIsPlusMinusRootThreeHalvesWithoutEps() {
        // [4,3,2]: μ = 3, σ² = 2/3 → (x − 3)/√(2/3) = ±√(3/2), 0
        Tensor out = stats("instance", ", 'eps': 0").get("normalized");
        assertEquals(List.of(4, 2, 3), List.of(out.dim(0), out.dim(1), out.dim(2)));
        assertClose(Math.sqrt(1.5), out.get(0, 0, 0));
        assertClose(0.0, out.get(0, 0, 1));
        assertClose(-Math.sqrt(1.5), out.get(0, 0, 2));
    }

    @Test
    void defaultEpsIsOneEMinusFiveInsideTheSquareRoot() {
        // batch channel 0, x = 4: (4 − 2.5)/√(13/12 + 1e-5)
        Tensor out = stats("batch", "").get("normalized");
        assertClose(1.5 / Math.sqrt(13.0 / 12 + 1e-5), out.get(0, 0, 0));
    }

    @Test
    void layerNormOfAnNByCMatrixNormalizesEachRow() {
        // row [1,2,3]: μ 2, σ² 2/3; row [2,2,6]: μ 10/3, σ² = (16/9+16/9+64/9)/3 = 96/27 = 32/9
        OpResult r = run("norm_stats", "{'x': [[1,2,3],[2,2,6]], 'kind': 'layer', 'eps': 0}");
        assertVector(new double[] {2, 10.0 / 3}, r.get("mean"));
        assertVector(new double[] {2.0 / 3, 32.0 / 9}, r.get("var"));
        assertClose(-1 / Math.sqrt(2.0 / 3), r.get("normalized").get(0, 0));
    }

    @Test
    void batchNormOfAnNByCMatrixAveragesEachColumn() {
        // columns [1,3] and [2,6]: μ 2 and 4, σ² 1 and 4
        OpResult r = run("norm_stats", "{'x': [[1,2],[3,6]], 'kind': 'batch', 'eps': 0}");
        assertVector(new double[] {2, 4}, r.get("mean"));
        assertVector(new double[] {1, 4}, r.get("var"));
        assertMatrix(new double[][] {{-1, -1}, {1, 1}}, r.get("normalized"));
    }

    @Test
    void stepsShowMeanVarianceAndNormalizedWithLatexLabels() {
        List<Step> steps = stats("batch", "").steps();
        assertEquals(List.of("mean", "var", "normalized"), steps.stream().map(Step::name).toList());
        assertTrue(steps.get(0).label().contains("\\mu"));
        assertTrue(steps.get(1).label().contains("\\sigma^2"));
        assertTrue(steps.get(2).label().contains("\\hat{x}"));
    }

    // ---- bad input ---------------------------------------------------------------------------

    @Test
    void groupsThatDoNotDivideTheChannelsAreRefused() {
        assertFails("norm_stats", "{'x': [[1,2,3],[4,5,6]], 'kind': 'group', 'groups': 2}",
                "norm_stats", "'groups'", "must divide the number of channels C = 3");
    }

    @Test
    void groupNormWithoutGroupsIsRefused() {
        assertFails("norm_stats", "{'x': [[1,2],[4,5]], 'kind': 'group'}", "norm_stats", "'groups'", "missing");
    }

    @Test
    void groupsWithAnotherKindIsIgnored() {
        // batch statistics of [[1,2],[4,5]]: channel means (1+4)/2 = 2.5 and (2+5)/2 = 3.5
        Tensor mean = ComputeAssertions.run("norm_stats", "{'x': [[1,2],[4,5]], 'kind': 'batch', 'groups': 1}").get("mean");
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {2.5, 3.5}, mean.data(), ComputeAssertions.TOL);
    }

    @Test
    void aVectorIsRefusedNamingXAndTheExpectedShape() {
        assertFails("norm_stats", "{'x': [1,2,3], 'kind': 'layer'}", "norm_stats", "'x'", "N×C or N×C×L", "got shape 3");
    }

    @Test
    void instanceNormOfAnNByCMatrixIsRefusedAsTorchRefusesIt() {
        assertFails("norm_stats", "{'x': [[1,2],[4,5]], 'kind': 'instance'}", "norm_stats", "'x'", "N×C×L for instance norm");
    }

    @Test
    void anUnknownKindIsRefusedListingTheKinds() {
        assertFails("norm_stats", "{'x': [[1,2],[4,5]], 'kind': 'weight'}", "'kind'", "batch, layer, instance, group");
    }

    @Test
    void negativeEpsIsRefused() {
        assertFails("norm_stats", "{'x': [[1,2],[4,5]], 'kind': 'layer', 'eps': -1}", "'eps'", "≥ 0");
    }

    @Test
    void aConstantGroupWithZeroEpsIsRefusedRatherThanDividingByZero() {
        assertFails("norm_stats", "{'x': [[1,1],[4,5]], 'kind': 'layer', 'eps': 0}", "'eps'", "σ² + ε = 0");
    }

    @Test
    void unbiasedVarianceOfASingleEntryIsRefused() {
        assertFails("norm_stats", "{'x': [[[1],[2]]], 'kind': 'instance', 'unbiased': true}", "'unbiased'", "at least 2");
    }

    @Test
    void aMisspelledArgumentIsRefused() {
        assertFails("norm_stats", "{'x': [[1,2],[4,5]], 'kind': 'layer', 'epsilon': 0}", "'epsilon'", "is not an argument");
    }
}
