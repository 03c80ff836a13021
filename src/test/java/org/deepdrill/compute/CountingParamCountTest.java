package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertClose;
import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertScalar;
import static org.deepdrill.compute.ComputeAssertions.run;

import org.junit.jupiter.api.Test;

/** param_count, from sheets 000 and 001 and PyTorch's well-known module sizes. */
class CountingParamCountTest {

    private static void assertCounts(double trainable, double nonTrainable, String args) {
        OpResult r = run("param_count", args);
        assertScalar(trainable, r.get("trainable"));
        assertScalar(nonTrainable, r.get("non_trainable"));
    }

    private static double stepValue(OpResult r, String name) {
        return r.steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().value().item();
    }

    @Test
    void sheet001sBatchNormOver128FeaturesHas256TrainableAnd256RunningStatistics() {
        // γ, β: 128 + 128; running mean and variance: 128 + 128 (sheet 001, "Theory: Init & Bn")
        assertCounts(256, 256, "{'module': 'batch_norm', 'C': 128}");
    }

    @Test
    void aLinearLayerHasInTimesOutWeightsPlusOutBiases() {
        // 3·2 + 2 = 8; without bias 6
        assertCounts(8, 0, "{'module': 'linear', 'in': 3, 'out': 2}");
        assertCounts(6, 0, "{'module': 'linear', 'in': 3, 'out': 2, 'bias': false}");
    }

    @Test
    void sheet001sOneByOneMlpOfKLayersHasKTimesDSquaredPlusD() {
        // the sheet's "d^2 k + k" option is marked wrong: each of the k layers has d² + d; d = 4 → 20
        assertCounts(20, 0, "{'module': 'linear', 'in': 4, 'out': 4}");
    }

    @Test
    void sheet000sAttentionWithoutBiasHasFourHdD() {
        // Q10: W^Q_i, W^K_i, W^V_i ∈ R^{D×d} for h heads and W^O ∈ R^{hd×D}: 4hdD; D = 512, h = 8, d = 64 → 1 048 576
        assertCounts(4.0 * 8 * 64 * 512, 0, "{'module': 'multi_head_attention', 'D': 512, 'h': 8, 'd': 64, 'bias': false}");
    }

    @Test
    void attentionWithBiasMatchesTorchMultiheadAttention() {
        // nn.MultiheadAttention(512, 8): in_proj 3·512·512 + 3·512, out_proj 512·512 + 512 = 4·512² + 4·512 = 1 050 624
        assertCounts(1_050_624, 0, "{'module': 'multi_head_attention', 'D': 512, 'h': 8, 'd': 64}");
    }

    @Test
    void loraTrainsRTimesAPlusB() {
        // B ∈ R^{6×2}, A ∈ R^{2×4}: 12 + 8 = 20 = r(a + b)
        assertCounts(20, 0, "{'module': 'lora', 'a': 6, 'b': 4, 'r': 2}");
    }

    @Test
    void sheet001sLoraRatioIsROnePlusBOverAOverB() {
        // p/P = r(a+b)/(ab) = r(1 + b/a)/b, the sheet's correct option; a = 6, b = 4, r = 2 → 20/24
        OpResult r = run("param_count", "{'module': 'lora', 'a': 6, 'b': 4, 'r': 2}");
        assertClose(24, stepValue(r, "frozen"));
        assertClose(2 * (1 + 4.0 / 6) / 4, stepValue(r, "ratio"));
    }

    @Test
    void sheet000sLoraOnEveryQueryKeyAndValueOfHHeadsTrainsThreeHRTimesDPlusD() {
        // Q10: per head and per Q, K, V, B ∈ R^{D×r}, A ∈ R^{r×d}: r(D + d), times 3h.
        // D = 512, d = 64, r = 8: r(D + d) = 8·576 = 4608; with h = 8: 3·8·4608 = 110 592
        double one = run("param_count", "{'module': 'lora', 'a': 512, 'b': 64, 'r': 8}").get("trainable").item();
        assertClose(4608, one);
        assertClose(3 * 8 * 8 * (512 + 64), 3 * 8 * one);
    }

    @Test
    void layerNormHasTwoParametersPerNormalizedEntry() {
        // LayerNorm(768): γ, β → 1536; LayerNorm([4, 5]) → 2·20 = 40
        assertCounts(1536, 0, "{'module': 'layer_norm', 'shape': 768}");
        assertCounts(40, 0, "{'module': 'layer_norm', 'shape': [4, 5]}");
    }

    @Test
    void vggsFirstConvHas1792Parameters() {
        // Conv2d(3, 64, 3): 64·3·3·3 + 64 = 1728 + 64 = 1792
        assertCounts(1792, 0, "{'module': 'conv2d', 'in': 3, 'out': 64, 'kernel': 3}");
    }

    @Test
    void aRectangularKernelWithoutBiasCountsKhTimesKw() {
        // 64·3·(3·5) = 2880
        assertCounts(2880, 0, "{'module': 'conv2d', 'in': 3, 'out': 64, 'kernel': [3, 5], 'bias': false}");
    }

    @Test
    void anUnknownModuleIsRefusedListingTheModules() {
        assertFails("param_count", "{'module': 'lstm', 'in': 3}", "param_count", "'module'", "linear", "conv2d", "\"lstm\"");
    }

    @Test
    void anArgumentOfAnotherModuleIsRefused() {
        assertFails("param_count", "{'module': 'linear', 'in': 3, 'out': 2, 'r': 4}", "'r'", "is not an argument");
    }

    @Test
    void aNegativeKernelIsRefused() {
        assertFails("param_count", "{'module': 'conv2d', 'in': 3, 'out': 4, 'kernel': -3}", "'kernel'", "whole number from 1");
    }

    @Test
    void aKernelListOfThreeIsRefused() {
        assertFails("param_count", "{'module': 'conv2d', 'in': 3, 'out': 4, 'kernel': [3, 3, 3]}", "'kernel'", "[k_h, k_w]");
    }

    @Test
    void aMissingChannelCountIsRefused() {
        assertFails("param_count", "{'module': 'batch_norm'}", "param_count", "'C'", "missing");
    }

    @Test
    void aCountBeyondFloat64sExactIntegersIsRefused() {
        assertFails("param_count", "{'module': 'conv2d', 'in': 1000000, 'out': 1000000, 'kernel': 1000}", "'kernel'", "2^53");
    }
}
