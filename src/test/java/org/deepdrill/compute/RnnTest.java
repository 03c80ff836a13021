package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.assertVector;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class RnnTest {
    /**
     * Sheet 000 Q8, read as W = [[0,−1],[−1,0]], U = (1,1)ᵀ, s0 = 0 (the extraction interleaves
     * the column vectors with W's rows): s1 = U·1 = (1,1), s2 = W(1,1)ᵀ + U·0 = (−1,−1).
     */
    @Test
    void secondStateOfSheet000Q8IsMinusOneMinusOne() {
        OpResult r = run("rnn", "{'w_hh': [[0,-1],[-1,0]], 'w_xh': [[1],[1]], 'x': [[1],[0]], 'h0': [0,0], 'activation': 'identity'}");
        assertMatrix(new double[][] {{1, 1}, {-1, -1}}, r.get("states"));
    }

    @Test
    void scalarInputsMayBeAFlatVector() {
        OpResult r = run("rnn", "{'w_hh': [[0,-1],[-1,0]], 'w_xh': [[1],[1]], 'x': [1, 0], 'activation': 'identity'}");
        assertMatrix(new double[][] {{1, 1}, {-1, -1}}, r.get("states"));
    }

    @Test
    void tanhIsTheDefaultActivationAsInTorch() {
        // h1 = tanh(0.5·0 + 1·1 + 0.25), h2 = tanh(0.5·h1 + 1·(−2) + 0.25)
        OpResult r = run("rnn", "{'w_hh': [[0.5]], 'w_xh': [[1]], 'b': [0.25], 'x': [[1],[-2]], 'h0': [0]}");
        double h1 = Math.tanh(1.25);
        double h2 = Math.tanh(0.5 * h1 - 1.75);
        assertMatrix(new double[][] {{h1}, {h2}}, r.get("states"));
    }

    @Test
    void sigmoidAndReluActivationsApplyElementwise() {
        String args = "'w_hh': [[1,0],[0,1]], 'w_xh': [[1],[-1]], 'x': [[2]], 'h0': [0.5, 0.5]";
        // a = (0.5 + 2, 0.5 − 2) = (2.5, −1.5)
        assertMatrix(new double[][] {{2.5, 0}}, run("rnn", "{" + args + ", 'activation': 'relu'}").get("states"));
        assertMatrix(new double[][] {{1 / (1 + Math.exp(-2.5)), 1 / (1 + Math.exp(1.5))}},
                run("rnn", "{" + args + ", 'activation': 'sigmoid'}").get("states"));
    }

    @Test
    void outputsMapEachStateThroughWhy() {
        // states (1,1), (−1,−1) as in Q8; y_t = (1, 2)·h_t
        OpResult r = run("rnn", "{'w_hh': [[0,-1],[-1,0]], 'w_xh': [[1],[1]], 'x': [[1],[0]], 'activation': 'identity', "
                + "'w_hy': [[1,2]]}");
        assertMatrix(new double[][] {{3}, {-3}}, r.get("outputs"));
        assertEquals(List.of("states", "outputs"), List.copyOf(r.results().keySet()));
    }

    @Test
    void outputsAreAbsentWithoutWhy() {
        assertFalse(run("rnn", "{'w_hh': [[0]], 'w_xh': [[1]], 'x': [[1]]}").results().containsKey("outputs"));
    }

    @Test
    void oneStepIsShownPerTimeStep() {
        OpResult r = run("rnn", "{'w_hh': [[0.5]], 'w_xh': [[1]], 'b': [0.25], 'x': [[1],[-2],[0]], 'h0': [0]}");
        assertEquals(List.of("h_1", "h_2", "h_3"), r.steps().stream().map(Step::name).toList());
        assertEquals("h_{2} = \\tanh(W_{hh} h_{1} + W_{xh} x_{2} + b)", r.steps().get(1).label());
        assertVector(new double[] {Math.tanh(1.25)}, r.steps().get(0).value());
    }

    @Test
    void inputWidthMustMatchWxh() {
        assertFails("rnn", "{'w_hh': [[0]], 'w_xh': [[1, 2]], 'x': [[1],[2]]}", "rnn", "'x'", "T×2", "2×1");
    }

    @Test
    void recurrentMatrixMustBeSquare() {
        assertFails("rnn", "{'w_hh': [[0, 1]], 'w_xh': [[1]], 'x': [[1]]}", "rnn", "'w_hh'", "square", "1×2");
    }

    @Test
    void biasAndInitialStateMustHaveTheHiddenSize() {
        assertFails("rnn", "{'w_hh': [[0]], 'w_xh': [[1]], 'x': [[1]], 'b': [1, 2]}", "rnn", "'b'", "length 1");
        assertFails("rnn", "{'w_hh': [[0]], 'w_xh': [[1]], 'x': [[1]], 'h0': [1, 2]}", "rnn", "'h0'", "length 1");
    }

    @Test
    void unknownActivationIsRefused() {
        assertFails("rnn", "{'w_hh': [[0]], 'w_xh': [[1]], 'x': [[1]], 'activation': 'softplus'}",
                "rnn", "'activation'", "identity, tanh, sigmoid, relu");
    }

    @Test
    void explodingStatesAreReportedNotReturnedAsInfinity() {
        assertFails("rnn", "{'w_hh': [[1e200]], 'w_xh': [[1e200]], 'x': [[1],[1],[1]], 'activation': 'identity'}",
                "rnn", "'w_hh'", "overflow");
    }
}
