package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.assertScalar;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code rnn_bptt} on cases small enough to work by hand; random cases are in RnnProperties. */
class RnnBpttTest {
    /**
     * One step, all sizes 1: a = 1·1 + 1·(−1) = 0, h = σ(0) = ½, y = 2·½ = 1, z = 3:
     * L = (3 − 1)² = 4; e = 2(y − z) = −4; ∇_h L = V e = −8; δ = −8·½·½ = −2;
     * ∇_W = δ x = −2, ∇_U = δ h0 = 2, ∇_V = e h = −2.
     */
    @Test
    void oneStepByHand() {
        OpResult r = run("rnn_bptt", "{'w': [[1]], 'u': [[1]], 'v': [[2]], 'x': [[1]], 'z': [[3]], 'h0': [-1]}");
        assertScalar(4, r.get("loss"));
        assertMatrix(new double[][] {{-8}}, r.get("grad_h"));
        assertMatrix(new double[][] {{-2}}, r.get("grad_w"));
        assertMatrix(new double[][] {{2}}, r.get("grad_u"));
        assertMatrix(new double[][] {{-2}}, r.get("grad_v"));
    }

    /**
     * Two steps, W = 1, U = 2, V = 2, h0 = 0, x = (0, −1), z = (1, 3):
     * a1 = 0, h1 = ½, y1 = 1 (on target); a2 = −1 + 2·½ = 0, h2 = ½, y2 = 1; L = 0 + 4 = 4.
     * e2 = −4: ∇_{h2} L = −8, δ2 = −2; e1 = 0: ∇_{h1} L = 0 + U δ2 = −4 (only through h2), δ1 = −1.
     * ∇_W = δ1·0 + δ2·(−1) = 2; ∇_U = δ1·h0 + δ2·h1 = −1; ∇_V = e1 h1 + e2 h2 = −2.
     */
    @Test
    void twoStepsByHandCarryTheGradientBackThroughU() {
        OpResult r = run("rnn_bptt", "{'w': [[1]], 'u': [[2]], 'v': [[2]], 'x': [[0],[-1]], 'z': [[1],[3]], 'h0': [0]}");
        assertScalar(4, r.get("loss"));
        assertMatrix(new double[][] {{-4}, {-8}}, r.get("grad_h"));
        assertMatrix(new double[][] {{2}}, r.get("grad_w"));
        assertMatrix(new double[][] {{-1}}, r.get("grad_u"));
        assertMatrix(new double[][] {{-2}}, r.get("grad_v"));
    }

    @Test
    void gradientShapesFollowTheirWeights() {
        // h = 2, i = 3, o = 1, T = 2
        OpResult r = run("rnn_bptt", "{'w': [[1,0,0],[0,1,0]], 'u': [[0,0],[0,0]], 'v': [[1,1]], "
                + "'x': [[1,2,3],[0,0,1]], 'z': [1, 0], 'h0': [0,0]}");
        assertEquals(List.of("loss", "grad_w", "grad_u", "grad_v", "grad_h"), List.copyOf(r.results().keySet()));
        assertEquals(List.of(2, 3), List.of(r.get("grad_w").dim(0), r.get("grad_w").dim(1)));
        assertEquals(List.of(2, 2), List.of(r.get("grad_u").dim(0), r.get("grad_u").dim(1)));
        assertEquals(List.of(1, 2), List.of(r.get("grad_v").dim(0), r.get("grad_v").dim(1)));
        assertEquals(List.of(2, 2), List.of(r.get("grad_h").dim(0), r.get("grad_h").dim(1)));
    }

    @Test
    void stepsGoForwardThenBackward() {
        OpResult r = run("rnn_bptt", "{'w': [[1]], 'u': [[2]], 'v': [[2]], 'x': [[0],[-1]], 'z': [[1],[3]]}");
        assertEquals(List.of("h_1", "h_2", "y", "loss", "grad_h_2", "grad_h_1", "delta", "grad_w", "grad_u", "grad_v"),
                r.steps().stream().map(Step::name).toList());
    }

    @Test
    void targetsNeedOneRowPerInput() {
        assertFails("rnn_bptt", "{'w': [[1]], 'u': [[1]], 'v': [[1]], 'x': [[1],[2]], 'z': [[1]]}",
                "rnn_bptt", "'z'", "1 time steps", "T = 2");
    }

    @Test
    void targetWidthMustMatchV() {
        assertFails("rnn_bptt", "{'w': [[1]], 'u': [[1]], 'v': [[1],[1]], 'x': [[1]], 'z': [[1]]}",
                "rnn_bptt", "'z'", "T×2", "1×1");
    }

    @Test
    void vMustHaveOneColumnPerHiddenUnit() {
        assertFails("rnn_bptt", "{'w': [[1]], 'u': [[1]], 'v': [[1, 2]], 'x': [[1]], 'z': [[1]]}",
                "rnn_bptt", "'v'", "o×h with h = 1", "1×2");
    }
}
