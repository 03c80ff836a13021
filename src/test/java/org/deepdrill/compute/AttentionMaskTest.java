package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.run;

import org.junit.jupiter.api.Test;

/** {@code attention_mask}: the patterns of sheet 001's attention figure (Longformer), drawn by hand. */
class AttentionMaskTest {
    private static double[][] mask(String args) {
        return run("attention_mask", args).get("mask").toRows();
    }

    @Test
    void causalMaskForTwoTokensIsSheet001sLowerTriangle() {
        // sheet 001's model answer: [[X, 0], [X, X]]
        assertMatrix(new double[][] {{1, 0}, {1, 1}}, run("attention_mask", "{'kind': 'causal', 'n': 2}").get("mask"));
    }

    @Test
    void causalMaskForFourTokensIsLowerTriangular() {
        assertMatrix(new double[][] {{1, 0, 0, 0}, {1, 1, 0, 0}, {1, 1, 1, 0}, {1, 1, 1, 1}},
                run("attention_mask", "{'kind': 'causal', 'n': 4}").get("mask"));
    }

    @Test
    void fullMaskIsAllOnes() {
        assertMatrix(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}, run("attention_mask", "{'kind': 'full', 'n': 3}").get("mask"));
    }

    @Test
    void slidingWindowOfTwoSeesOneTokenOnEachSide() {
        // w = 2 → w/2 = 1 on each side: a band of width 3
        assertMatrix(new double[][] {
            {1, 1, 0, 0, 0},
            {1, 1, 1, 0, 0},
            {0, 1, 1, 1, 0},
            {0, 0, 1, 1, 1},
            {0, 0, 0, 1, 1}}, run("attention_mask", "{'kind': 'sliding', 'n': 5, 'window': 2}").get("mask"));
    }

    @Test
    void oddWindowRoundsHalfTheWindowDown() {
        // w = 3 → ⌊3/2⌋ = 1, the same band as w = 2; w = 1 → only the diagonal
        assertMatrix(new double[][] {{1, 1, 0}, {1, 1, 1}, {0, 1, 1}}, run("attention_mask", "{'kind': 'sliding', 'n': 3, 'window': 3}").get("mask"));
        assertMatrix(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, run("attention_mask", "{'kind': 'sliding', 'n': 3, 'window': 1}").get("mask"));
    }

    @Test
    void dilatedWindowSeesEveryDeltaThTokenUpToHalfTheWindowOnEachSide() {
        // w = 4, δ = 2: w/2 = 2 positions per side at distances 2 and 4, so |i−j| ∈ {0, 2, 4}
        assertMatrix(new double[][] {
            {1, 0, 1, 0, 1, 0, 0},
            {0, 1, 0, 1, 0, 1, 0},
            {1, 0, 1, 0, 1, 0, 1},
            {0, 1, 0, 1, 0, 1, 0},
            {1, 0, 1, 0, 1, 0, 1},
            {0, 1, 0, 1, 0, 1, 0},
            {0, 0, 1, 0, 1, 0, 1}}, run("attention_mask", "{'kind': 'dilated', 'n': 7, 'window': 4, 'dilation': 2}").get("mask"));
    }

    @Test
    void dilationOneIsTheSlidingWindow() {
        assertMatrix(mask("{'kind': 'sliding', 'n': 6, 'window': 4}"),
                run("attention_mask", "{'kind': 'dilated', 'n': 6, 'window': 4, 'dilation': 1}").get("mask"));
    }

    @Test
    void dilatedReachPerLayerIsHalfWindowTimesDilationAsInSheet001sReceptiveField() {
        // sheet 001: receptive field d·w·l; one layer (l = 1) with w = 2, δ = 3 reaches 1·3 = 3 on each side,
        // so token 3 of 7 sees 0, 3, 6: a span of w·δ = 6 (+1 for itself)
        double[][] m = mask("{'kind': 'dilated', 'n': 7, 'window': 2, 'dilation': 3}");
        assertMatrix(new double[][] {{1, 0, 0, 1, 0, 0, 1}}, Tensor.matrix(new double[][] {m[3]}));
    }

    @Test
    void globalTokensSeeAndAreSeenByEveryToken() {
        // n = 5, w = 2 (band of width 3), token 0 global: row 0 and column 0 all ones
        assertMatrix(new double[][] {
            {1, 1, 1, 1, 1},
            {1, 1, 1, 0, 0},
            {1, 1, 1, 1, 0},
            {1, 0, 1, 1, 1},
            {1, 0, 0, 1, 1}}, run("attention_mask", "{'kind': 'global_sliding', 'n': 5, 'window': 2, 'global': [0]}").get("mask"));
    }

    @Test
    void globalSlidingWithNoGlobalTokensIsTheSlidingWindow() {
        assertMatrix(mask("{'kind': 'sliding', 'n': 4, 'window': 2}"),
                run("attention_mask", "{'kind': 'global_sliding', 'n': 4, 'window': 2, 'global': []}").get("mask"));
    }
}
