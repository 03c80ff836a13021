package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.assertTensor;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code multi_head_attention} on a two-head case worked by hand. */
class AttentionMultiHeadTest {
    private static final double E = Math.E;

    /**
     * x = I₂ (two tokens, D = 2), two heads with d = 1 (so 1/√d = 1):
     * head 0 projects onto the first coordinate, head 1 onto the second.
     */
    private static final String TWO_HEADS = "'x': [[1,0],[0,1]],"
            + " 'wq': [[[1],[0]], [[0],[1]]],"
            + " 'wk': [[[1],[0]], [[0],[1]]],"
            + " 'wv': [[[1],[2]], [[3],[1]]],"
            + " 'wo': [[1,0],[1,1]]";

    @Test
    void twoHeadsOnTheIdentityInputMatchTheHandWorkedValues() {
        // head 0: Q₀ = K₀ = [[1],[0]], S₀ = [[1,0],[0,0]], V₀ = [[1],[2]]
        //   A₀ = [[e/(e+1), 1/(e+1)], [1/2, 1/2]], head₀ = [[(e+2)/(e+1)], [3/2]] = [[1.2689…], [1.5]]
        // head 1: Q₁ = K₁ = [[0],[1]], S₁ = [[0,0],[0,1]], V₁ = [[3],[1]]
        //   A₁ = [[1/2, 1/2], [1/(e+1), e/(e+1)]], head₁ = [[2], [(3+e)/(e+1)]] = [[2], [1.5378…]]
        // output = [head₀ | head₁]·[[1,0],[1,1]] = [head₀ + head₁, head₁]
        OpResult r = run("multi_head_attention", "{" + TWO_HEADS + "}");
        double h00 = (E + 2) / (E + 1);
        double h11 = (3 + E) / (E + 1);
        assertTensor(Tensor.of(new int[] {2, 2, 2}, new double[] {
            E / (E + 1), 1 / (E + 1), 0.5, 0.5,
            0.5, 0.5, 1 / (E + 1), E / (E + 1)}), r.get("weights"));
        assertTensor(Tensor.of(new int[] {2, 2, 1}, new double[] {h00, 1.5, 2, h11}), r.get("heads"));
        assertMatrix(new double[][] {{h00 + 2, 2}, {1.5 + h11, h11}}, r.get("output"));
    }

    @Test
    void causalMaskMakesTheFirstTokenCopyItsOwnValueInEveryHead() {
        // row 0 sees only token 0: head₀[0] = V₀[0] = 1, head₁[0] = V₁[0] = 3; row 1 is as without a mask
        OpResult r = run("multi_head_attention", "{" + TWO_HEADS + ", 'mask': 'causal'}");
        double h11 = (3 + E) / (E + 1);
        assertTensor(Tensor.of(new int[] {2, 2, 1}, new double[] {1, 1.5, 3, h11}), r.get("heads"));
        assertMatrix(new double[][] {{4, 3}, {1.5 + h11, h11}}, r.get("output"));
        assertEquals(0.0, r.get("weights").get(0, 0, 1));
        assertEquals(0.0, r.get("weights").get(1, 0, 1));
    }

    @Test
    void scoresAreScaledByOneOverRootOfTheHeadDimension() {
        // one head, D = d = 4: x₀·x₁ = 4 → S = [[4,4],[4,4]]/√4 and x₀ = x₁ so the weights are uniform;
        // with x = [[1,1,1,1],[2,2,2,2]] instead: S = [[4,8],[8,16]]/2 = [[2,4],[4,8]]
        String eye4 = "[[1,0,0,0],[0,1,0,0],[0,0,1,0],[0,0,0,1]]";
        OpResult r = run("multi_head_attention", "{'x': [[1,1,1,1],[2,2,2,2]], 'wq': [" + eye4 + "], 'wk': [" + eye4
                + "], 'wv': [" + eye4 + "], 'wo': " + eye4 + "}");
        Tensor s = r.steps().stream().filter(st -> st.name().equals("S_0")).findFirst().orElseThrow().value();
        assertMatrix(new double[][] {{2, 4}, {4, 8}}, s);
        double a = 1 / (1 + E * E); // row 0: softmax(2, 4) = [1/(1+e²), e²/(1+e²)]
        assertEquals(a, r.get("weights").get(0, 0, 0), ComputeAssertions.TOL);
    }

    @Test
    void stepsGoHeadByHeadThenConcatenateAndProject() {
        OpResult r = run("multi_head_attention", "{" + TWO_HEADS + "}");
        assertEquals(List.of("Q_0", "K_0", "V_0", "S_0", "A_0", "head_0", "Q_1", "K_1", "V_1", "S_1", "A_1", "head_1",
                "concat", "output"), r.steps().stream().map(Step::name).toList());
        assertEquals(List.of("weights", "heads", "output"), List.copyOf(r.results().keySet()));
        // labels count heads from 1, as Vaswani et al. and the sheets write head_1 … head_h
        assertEquals("S_{1} = Q_{1}K_{1}^\\top/\\sqrt{d}", r.steps().get(3).label());
        assertEquals("H = [\\mathrm{head}_1, \\dots, \\mathrm{head}_h]", r.steps().get(12).label());
    }
}
