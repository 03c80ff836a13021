package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertScalar;
import static org.deepdrill.compute.ComputeAssertions.assertVector;
import static org.deepdrill.compute.ComputeAssertions.run;

import org.junit.jupiter.api.Test;

/** conv_output and receptive_field, from sheet 001's CNN exercise and by hand. */
class CountingConvTest {

    private static double convSize(String args) {
        return run("conv_output", args).get("size").item();
    }

    @Test
    void aThreeByThreeConvWithPaddingOneKeepsSheet001s224() {
        // ⌊(224 + 2 − 2 − 1)/1⌋ + 1 = 224, so five of them in a row stay at 224 (sheet 001, CNNs)
        double size = 224;
        for (int layer = 0; layer < 5; layer++) {
            size = convSize("{'size': " + (int) size + ", 'kernel': 3, 'padding': 1}");
        }
        assertScalar(224, Tensor.scalar(size));
    }

    @Test
    void alexNetsElevenByElevenStrideFourPaddingTwoConvTurns224Into55() {
        // sheet 001's 11×11 conv, stride 4, padding 2: ⌊(224 + 4 − 10 − 1)/4⌋ + 1 = ⌊217/4⌋ + 1 = 55
        assertScalar(55, run("conv_output", "{'size': 224, 'kernel': 11, 'stride': 4, 'padding': 2}").get("size"));
    }

    @Test
    void stridedOutputRoundsDown() {
        // ⌊(7 − 3)/2⌋ + 1 = 3 and ⌊(8 − 3)/2⌋ + 1 = ⌊2.5⌋ + 1 = 3
        assertScalar(3, run("conv_output", "{'size': 7, 'kernel': 3, 'stride': 2}").get("size"));
        assertScalar(3, run("conv_output", "{'size': 8, 'kernel': 3, 'stride': 2}").get("size"));
    }

    @Test
    void dilationTwoMakesAThreeKernelSpanFive() {
        // d(k−1)+1 = 2·2+1 = 5; ⌊(7 − 5)/1⌋ + 1 = 3
        OpResult r = run("conv_output", "{'size': 7, 'kernel': 3, 'dilation': 2}");
        assertScalar(5, r.steps().get(0).value());
        assertScalar(3, r.get("size"));
    }

    @Test
    void aKernelAsWideAsThePaddedInputGivesOneOutput() {
        // ⌊(3 + 2 − 5)/s⌋ + 1 = 1 for any stride
        assertScalar(1, run("conv_output", "{'size': 3, 'kernel': 5, 'padding': 1, 'stride': 3}").get("size"));
    }

    @Test
    void aKernelWiderThanThePaddedInputIsRefusedNamingTheArguments() {
        // numerator 4 − 4 − 1 = −1: truncating division would wrongly give 0 + 1 = 1
        assertFails("conv_output", "{'size': 4, 'kernel': 5, 'stride': 2}",
                "conv_output", "'kernel'", "d(k−1)+1 = 5", "size + 2·padding = 4");
    }

    @Test
    void aNegativeKernelIsRefused() {
        assertFails("conv_output", "{'size': 4, 'kernel': -3}", "conv_output", "'kernel'", "whole number from 1");
    }

    @Test
    void aZeroStrideIsRefused() {
        assertFails("conv_output", "{'size': 4, 'kernel': 3, 'stride': 0}", "'stride'", "whole number from 1");
    }

    @Test
    void aFractionalSizeIsRefused() {
        assertFails("conv_output", "{'size': 4.5, 'kernel': 3}", "'size'", "whole number");
    }

    // ---- receptive_field --------------------------------------------------------------------

    @Test
    void sheet001sElevenConvStrideFourThenThreePoolSeesNineteenPixels() {
        // 1 + (11 − 1)·1 + (3 − 1)·4 = 1 + 10 + 8 = 19 (sheet 001, CNNs: the choices were 14, 12, 19, 21)
        OpResult r = run("receptive_field",
                "{'layers': [{'kernel': 11, 'stride': 4, 'padding': 2}, {'kernel': 3, 'padding': 2}]}");
        assertScalar(19, r.get("size"));
        assertVector(new double[] {1, 4}, r.steps().get(0).value());
        assertVector(new double[] {11, 19}, r.steps().get(1).value());
    }

    @Test
    void fiveThreeByThreeConvsSeeElevenPixels() {
        // 1 + 5·2 = 11
        assertScalar(11, run("receptive_field",
                "{'layers': [{'kernel': 3}, {'kernel': 3}, {'kernel': 3}, {'kernel': 3}, {'kernel': 3}]}").get("size"));
    }

    @Test
    void waveNetStyleDilationsDoubleTheField() {
        // kernel 2 with dilations 1, 2, 4, 8: 1 + 1 + 2 + 4 + 8 = 16
        assertScalar(16, run("receptive_field", "{'layers': [{'kernel': 2, 'dilation': 1}, {'kernel': 2, 'dilation': 2},"
                + " {'kernel': 2, 'dilation': 4}, {'kernel': 2, 'dilation': 8}]}").get("size"));
    }

    @Test
    void stridesMultiplyIntoTheLaterLayersSteps() {
        // 3/s2, 3/s2, 3: jumps 1, 2, 4 → 1 + 2·1 + 2·2 + 2·4 = 15
        assertScalar(15, run("receptive_field",
                "{'layers': [{'kernel': 3, 'stride': 2}, {'kernel': 3, 'stride': 2}, {'kernel': 3}]}").get("size"));
    }

    @Test
    void aLayerWithANegativeKernelIsRefusedNamingTheEntry() {
        assertFails("receptive_field", "{'layers': [{'kernel': 3}, {'kernel': -1}]}",
                "receptive_field", "'layers'", "entry 1", "'kernel'", "whole number from 1");
    }

    @Test
    void aLayerWithoutAKernelIsRefused() {
        assertFails("receptive_field", "{'layers': [{'stride': 2}]}", "'layers'", "entry 0", "'kernel'", "missing");
    }

    @Test
    void aLayerWithAnUnknownKeyIsRefused() {
        assertFails("receptive_field", "{'layers': [{'kernel': 3, 'strides': 2}]}", "'layers'", "entry 0", "'strides'");
    }

    @Test
    void noLayersIsRefused() {
        assertFails("receptive_field", "{'layers': []}", "'layers'", "at least one");
    }
}
