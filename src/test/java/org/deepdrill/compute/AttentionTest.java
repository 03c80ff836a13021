package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertClose;
import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code attention} against sheet 003's argmax attention and small cases worked by hand. */
class AttentionTest {
    private static final double E = Math.E;
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    /** Sheet 003's four keys and values, one per row; the query (1, 1, 2). */
    private static final String SHEET_003 = "'q': [[1,1,2]],"
            + " 'k': [[1,2,0],[0,3,4],[5,0,0],[0,0,1]],"
            + " 'v': [[2,0,1],[1,4,3],[0,-1,4],[1,0,-1]]";

    @Test
    void argmaxAttentionOfSheet003Item1aReturnsTheSecondValue() {
        // q·k = 1+2+0 = 3, 0+3+8 = 11, 5+0+0 = 5, 0+0+2 = 2: the second key wins
        OpResult r = run("attention", "{" + SHEET_003 + ", 'scale': 1, 'hard': true}");
        assertMatrix(new double[][] {{3, 11, 5, 2}}, r.get("scores"));
        assertMatrix(new double[][] {{0, 1, 0, 0}}, r.get("weights"));
        assertMatrix(new double[][] {{1, 4, 3}}, r.get("output"));
    }

    @Test
    void argmaxAttentionOfSheet003IsUnchangedByTheDefaultScale() {
        // 1/√3 is positive, so the largest score stays the largest
        OpResult r = run("attention", "{" + SHEET_003 + ", 'hard': true}");
        double s = Math.sqrt(3);
        assertMatrix(new double[][] {{3 / s, 11 / s, 5 / s, 2 / s}}, r.get("scores"));
        assertMatrix(new double[][] {{1, 4, 3}}, r.get("output"));
    }

    @Test
    void twoTokensInOneDimensionMatchTheSoftmaxWorkedByHand() {
        // d = 1 so 1/√d = 1; S = q kᵀ = [[1·1, 1·0], [2·1, 2·0]] = [[1, 0], [2, 0]]
        // row 0: e/(e+1) = 0.7310585786300049, 1/(e+1) = 0.2689414213699951
        // row 1: e²/(e²+1) = 0.8807970779778825, 1/(e²+1) = 0.11920292202211757
        // output = 2a − 2(1−a) = 4a − 2: 0.9242343145200196 and 1.52318831191153
        OpResult r = run("attention", "{'q': [[1],[2]], 'k': [[1],[0]], 'v': [[2],[-2]]}");
        assertMatrix(new double[][] {{1, 0}, {2, 0}}, r.get("scores"));
        double a0 = E / (E + 1);
        double a1 = E * E / (E * E + 1);
        assertMatrix(new double[][] {{a0, 1 / (E + 1)}, {a1, 1 / (E * E + 1)}}, r.get("weights"));
        assertMatrix(new double[][] {{4 * a0 - 2}, {4 * a1 - 2}}, r.get("output"));
    }

    @Test
    void defaultScaleDividesByTheSquareRootOfTheKeyDimension() {
        // d = 4: q·k₀ = 4 and q·k₁ = 0, over √4 = 2 → scores 2 and 0; weights e²/(e²+1), 1/(e²+1)
        OpResult r = run("attention", "{'q': [[1,1,1,1]], 'k': [[1,1,1,1],[0,0,0,0]], 'v': [[1,0],[0,1]]}");
        assertMatrix(new double[][] {{2, 0}}, r.get("scores"));
        assertMatrix(new double[][] {{E * E / (E * E + 1), 1 / (E * E + 1)}}, r.get("output"));
    }

    @Test
    void explicitInvSqrtDIsTheDefault() {
        String base = "'q': [[1,2,0]], 'k': [[0,1,1],[1,0,2]], 'v': [[1],[3]]";
        OpResult implicit = run("attention", "{" + base + "}");
        OpResult explicit = run("attention", "{" + base + ", 'scale': 'inv_sqrt_d'}");
        assertEquals(implicit.get("output"), explicit.get("output"));
    }

    @Test
    void scaleZeroAveragesTheValuesUniformly() {
        // β = 0 makes every score 0: weights 1/3 each, output the mean of the values
        OpResult r = run("attention", "{'q': [[5,-1]], 'k': [[1,0],[0,1],[2,2]], 'v': [[3],[6],[0]], 'scale': 0}");
        assertMatrix(new double[][] {{1.0 / 3, 1.0 / 3, 1.0 / 3}}, r.get("weights"));
        assertMatrix(new double[][] {{3}}, r.get("output"));
    }

    @Test
    void numericScaleMultipliesTheScores() {
        // β = 0.5: q·k = [2, 4] → S = [1, 2]; weights 1/(1+e), e/(1+e)
        OpResult r = run("attention", "{'q': [[1,1]], 'k': [[2,0],[2,2]], 'v': [[0],[1]], 'scale': 0.5}");
        assertMatrix(new double[][] {{1, 2}}, r.get("scores"));
        assertMatrix(new double[][] {{E / (E + 1)}}, r.get("output"));
    }

    @Test
    void causalMaskLetsTheFirstTokenSeeOnlyItself() {
        // same numbers as the two-token case; row 0 keeps only key 0 (weight 1), row 1 is unchanged
        OpResult r = run("attention", "{'q': [[1],[2]], 'k': [[1],[0]], 'v': [[2],[-2]], 'mask': 'causal'}");
        Tensor s = r.get("scores");
        assertClose(1, s.get(0, 0));
        assertEquals(NEG_INF, s.get(0, 1));
        assertMatrix(new double[][] {{1, 0}, {E * E / (E * E + 1), 1 / (E * E + 1)}}, r.get("weights"));
        assertClose(2, r.get("output").get(0, 0));
    }

    @Test
    void causalMaskWithMoreKeysThanQueriesKeepsKeysUpToTheQueryIndex() {
        // n = 2, m = 3: query 0 sees key 0, query 1 sees keys 0 and 1 (PyTorch's is_causal, top-left aligned)
        OpResult r = run("attention", "{'q': [[0],[0]], 'k': [[1],[2],[3]], 'v': [[1],[2],[3]], 'mask': 'causal'}");
        assertMatrix(new double[][] {{1, 0, 0}, {0.5, 0.5, 0}}, r.get("weights"));
        assertMatrix(new double[][] {{1}, {1.5}}, r.get("output"));
    }

    @Test
    void arrayMaskBlocksTheKeysMarkedZero() {
        // q = 0 gives equal scores, so each row averages the values its mask allows
        OpResult r = run("attention",
                "{'q': [[0],[0]], 'k': [[1],[2],[3]], 'v': [[3],[6],[9]], 'mask': [[1,0,1],[0,1,0]]}");
        assertMatrix(new double[][] {{0.5, 0, 0.5}, {0, 1, 0}}, r.get("weights"));
        assertMatrix(new double[][] {{6}, {6}}, r.get("output"));
        assertEquals(NEG_INF, r.get("scores").get(0, 1));
        assertEquals(NEG_INF, r.get("scores").get(1, 2));
    }

    @Test
    void hardAttentionBreaksTiesTowardTheLowestIndex() {
        // scores [1, 1, 1]: all tie → key 0;   scores [0, 1, 1]: keys 1 and 2 tie → key 1
        OpResult all = run("attention", "{'q': [[1,1]], 'k': [[1,0],[0,1],[1,0]], 'v': [[7],[8],[9]], 'hard': true}");
        assertMatrix(new double[][] {{1, 0, 0}}, all.get("weights"));
        OpResult two = run("attention", "{'q': [[1,1]], 'k': [[0,0],[1,0],[0,1]], 'v': [[7],[8],[9]], 'hard': true}");
        assertMatrix(new double[][] {{0, 1, 0}}, two.get("weights"));
        assertMatrix(new double[][] {{8}}, two.get("output"));
    }

    @Test
    void hardAttentionNeverPicksAMaskedKey() {
        // sheet 003 with the winning key (index 1, score 11) blocked: the next best is key 2 (score 5)
        OpResult r = run("attention", "{" + SHEET_003 + ", 'hard': true, 'mask': [[1,0,1,1]]}");
        assertMatrix(new double[][] {{0, 0, 1, 0}}, r.get("weights"));
        assertMatrix(new double[][] {{0, -1, 4}}, r.get("output"));
    }

    @Test
    void hardAttentionWithMaskedFirstKeyStillPicksAnAllowedOne() {
        // all scores tie at 0 but key 0 is blocked: the lowest allowed index, 1, wins
        OpResult r = run("attention", "{'q': [[0]], 'k': [[1],[2],[3]], 'v': [[1],[2],[3]], 'hard': true, 'mask': [[0,1,1]]}");
        assertMatrix(new double[][] {{0, 1, 0}}, r.get("weights"));
    }

    @Test
    void weightsOfSheet000Q41SumToOneForEveryQuery() {
        // sheet 000 Q4.1: Σ_j α_ij = 1 for any i
        OpResult r = run("attention", "{'q': [[1,2],[-3,0.5],[0,0]], 'k': [[1,-1],[2,0.25],[0,3]], 'v': [[1],[2],[3]]}");
        Tensor w = r.get("weights");
        for (int i = 0; i < 3; i++) {
            assertClose(1.0, w.get(i, 0) + w.get(i, 1) + w.get(i, 2), "row " + i);
        }
    }

    @Test
    void stepsShowScaledScoresThenWeightsThenOutput() {
        OpResult r = run("attention", "{'q': [[1],[2]], 'k': [[1],[0]], 'v': [[2],[-2]]}");
        assertEquals(List.of("scores", "weights", "output"), r.steps().stream().map(Step::name).toList());
        assertEquals("S = QK^\\top/\\sqrt{d}", r.steps().get(0).label());
        assertEquals("A = \\mathrm{softmax}(S)", r.steps().get(1).label());
        assertEquals("O = AV", r.steps().get(2).label());
        assertEquals(List.of("scores", "weights", "output"), List.copyOf(r.results().keySet()));
    }

    @Test
    void stepsOfAMaskedRequestShowTheScoresBeforeAndAfterMasking() {
        OpResult r = run("attention", "{'q': [[1],[2]], 'k': [[1],[0]], 'v': [[2],[-2]], 'scale': 2, 'mask': 'causal'}");
        assertEquals(List.of("unmasked_scores", "mask", "scores", "weights", "output"),
                r.steps().stream().map(Step::name).toList());
        assertEquals("S = \\beta QK^\\top", r.steps().get(0).label());
        assertMatrix(new double[][] {{2, 0}, {4, 0}}, r.steps().get(0).value());
        assertMatrix(new double[][] {{1, 0}, {1, 1}}, r.steps().get(1).value());
        assertNotNull(r.steps().get(2).label());
    }
}
