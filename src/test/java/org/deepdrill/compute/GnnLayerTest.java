package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class GnnLayerTest {
    /**
     * Sheet 004 item 2.2: h1..h4 = [1,−1], [−1,1], [0,−1], [1,0]; node 1 aggregates
     * 0.6 f(h2) + 0.2 f(h3) + 0.2 f(h4) with f(x) = 2x (so w_neigh = 2I), only row 1 of the
     * adjacency matters. W h1ᵀ = [1,1]·[1,−1] = 0 is a scalar added to both entries, which
     * w_self = [[1,1],[1,1]] reproduces (row i of h·w_self is (h_i1 + h_i2)·[1,1]).
     */
    private static final String SHEET_004 = "'h': [[1,-1],[-1,1],[0,-1],[1,0]], "
            + "'adjacency': [[0,0.6,0.2,0.2],[0,0,0,0],[0,0,0,0],[0,0,0,0]], "
            + "'w_self': [[1,1],[1,1]], 'w_neigh': [[2,0],[0,2]]";

    @Test
    void nodeOneOfSheet004AggregatesMinusPointEightAndPointEight() {
        // 0.6·[−2,2] + 0.2·[0,−2] + 0.2·[2,0] = [−0.8, 0.8]
        OpResult r = run("gnn_layer", "{" + SHEET_004 + "}");
        assertMatrix(new double[][] {{2, -2}, {-2, 2}, {0, -2}, {2, 0}}, r.get("messages"));
        assertEquals(-0.8, r.get("aggregated").get(0, 0), 1e-15);
        assertEquals(0.8, r.get("aggregated").get(0, 1), 1e-15);
    }

    @Test
    void nodeOneOfSheet004UpdatesToZeroAndPointEight() {
        // h1' = W h1ᵀ + max{Agg, 0} = 0 + [0, 0.8]; with the self term 0, ReLU(0 + Agg) is the same
        OpResult r = run("gnn_layer", "{" + SHEET_004 + ", 'activation': 'relu'}");
        assertEquals(0.0, r.get("output").get(0, 0), 1e-15);
        assertEquals(0.8, r.get("output").get(0, 1), 1e-15);
    }

    private static final String THREE_NODES = "'h': [[1,0],[0,1],[2,2]], 'adjacency': [[0,2,1],[1,0,0],[0,0,0]], "
            + "'w_self': [[0,0],[0,0]], 'w_neigh': [[1,0],[0,1]]";

    @Test
    void sumAggregatesTheWeightedMessages() {
        // node 0: 2·[0,1] + 1·[2,2] = [2,4]; node 1: [1,0]; node 2 has no neighbours
        OpResult r = run("gnn_layer", "{" + THREE_NODES + ", 'aggregate': 'sum'}");
        assertMatrix(new double[][] {{2, 4}, {1, 0}, {0, 0}}, r.get("aggregated"));
    }

    @Test
    void meanDividesTheWeightedSumByTheNumberOfNeighbours() {
        // node 0: ([0,2] + [2,2]) / 2
        OpResult r = run("gnn_layer", "{" + THREE_NODES + ", 'aggregate': 'mean'}");
        assertMatrix(new double[][] {{1, 2}, {1, 0}, {0, 0}}, r.get("aggregated"));
    }

    @Test
    void maxTakesTheLargestWeightedMessagePerFeature() {
        // node 0: max([0,2], [2,2]) = [2,2]
        OpResult r = run("gnn_layer", "{" + THREE_NODES + ", 'aggregate': 'max'}");
        assertMatrix(new double[][] {{2, 2}, {1, 0}, {0, 0}}, r.get("aggregated"));
    }

    @Test
    void maxOverNegativeMessagesStaysNegative() {
        // node 0 hears only −3 and −1 (a missing neighbour is not a 0 message)
        OpResult r = run("gnn_layer", "{'h': [[0],[-3],[-1]], 'adjacency': [[0,1,1],[0,0,0],[0,0,0]], "
                + "'w_self': [[1]], 'w_neigh': [[1]], 'aggregate': 'max'}");
        assertMatrix(new double[][] {{-1}, {0}, {0}}, r.get("aggregated"));
    }

    @Test
    void outputAddsTheSelfTermBeforeTheActivation() {
        // z = h·w_self + A·(h·w_neigh): node 0: 1·3 + (2·(−1)) = 1; node 1: −1·3 + 1 = −2
        String args = "'h': [[1],[-1]], 'adjacency': [[0,2],[1,0]], 'w_self': [[3]], 'w_neigh': [[1]]";
        assertMatrix(new double[][] {{1}, {-2}}, run("gnn_layer", "{" + args + "}").get("output"));
        assertMatrix(new double[][] {{1}, {0}}, run("gnn_layer", "{" + args + ", 'activation': 'relu'}").get("output"));
        assertMatrix(new double[][] {{Math.tanh(1)}, {Math.tanh(-2)}},
                run("gnn_layer", "{" + args + ", 'activation': 'tanh'}").get("output"));
        assertMatrix(new double[][] {{1 / (1 + Math.exp(-1))}, {1 / (1 + Math.exp(2))}},
                run("gnn_layer", "{" + args + ", 'activation': 'sigmoid'}").get("output"));
    }

    @Test
    void stepsShowMessagesAggregateSelfTermAndOutput() {
        OpResult r = run("gnn_layer", "{" + SHEET_004 + ", 'activation': 'relu'}");
        assertEquals(List.of("messages", "aggregated", "self", "pre_activation", "output"),
                r.steps().stream().map(Step::name).toList());
        assertEquals(List.of("messages", "aggregated", "output"), List.copyOf(r.results().keySet()));
    }

    @Test
    void unknownAggregateNamesTheChoices() {
        assertFails("gnn_layer", "{" + SHEET_004 + ", 'aggregate': 'median'}", "gnn_layer", "'aggregate'", "sum, mean, max", "median");
    }

    @Test
    void unknownActivationNamesTheChoices() {
        assertFails("gnn_layer", "{" + SHEET_004 + ", 'activation': 'gelu'}", "gnn_layer", "'activation'", "identity, tanh, sigmoid, relu");
    }

    @Test
    void adjacencyMustBeSquareWithOneRowPerNode() {
        assertFails("gnn_layer", "{'h': [[1],[2]], 'adjacency': [[0,1,0],[1,0,0]], 'w_self': [[1]], 'w_neigh': [[1]]}",
                "gnn_layer", "'adjacency'", "n = 2", "2×3");
    }

    @Test
    void weightsMustMatchTheFeatureCount() {
        assertFails("gnn_layer", "{'h': [[1,2]], 'adjacency': [[0]], 'w_self': [[1]], 'w_neigh': [[1]]}",
                "gnn_layer", "'w_self'", "f = 2", "1×1");
        assertFails("gnn_layer", "{'h': [[1]], 'adjacency': [[0]], 'w_self': [[1, 2]], 'w_neigh': [[1]]}",
                "gnn_layer", "'w_neigh'", "1×2", "1×1");
    }

    @Test
    void nanFeatureIsRefused() {
        ObjectNode args = (ObjectNode) ComputeAssertions.json("{'adjacency': [[0]], 'w_self': [[1]], 'w_neigh': [[1]]}");
        args.putArray("h").addArray().add(Double.NaN);
        OpException e = assertThrows(OpException.class, () -> OpRegistry.standard().run("gnn_layer", args));
        assertEquals("h", e.argument());
        assertEquals("gnn_layer", e.op());
    }
}
