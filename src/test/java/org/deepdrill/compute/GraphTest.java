package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertClose;
import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphTest {
    private static final double R = Math.sqrt(0.5); // 1/√2, the normalized weight between degrees 1 and 2

    @Test
    void laplacianOfSheet000Q7IsDegreeMinusAdjacency() {
        // nodes {1..5}, edges (1,5),(1,3),(2,3),(2,5),(3,4): degrees 2, 2, 3, 1, 2
        OpResult r = run("graph", "{'nodes': [1,2,3,4,5], 'edges': [[1,5],[1,3],[2,3],[2,5],[3,4]]}");
        assertMatrix(new double[][] {
            {2, 0, -1, 0, -1},
            {0, 2, -1, 0, -1},
            {-1, -1, 3, -1, 0},
            {0, 0, -1, 1, 0},
            {-1, -1, 0, 0, 2}}, r.get("laplacian"));
        assertMatrix(new double[][] {
            {2, 0, 0, 0, 0}, {0, 2, 0, 0, 0}, {0, 0, 3, 0, 0}, {0, 0, 0, 1, 0}, {0, 0, 0, 0, 2}}, r.get("degree"));
    }

    @Test
    void resultsComeInTheContractsOrderWithOneLabelledStepEach() {
        OpResult r = run("graph", "{'n': 3, 'edges': [[0,1],[1,2]], 'k': 2}");
        assertEquals(List.of("adjacency", "degree", "laplacian", "laplacian_sym", "laplacian_rw", "walks"),
                List.copyOf(r.results().keySet()));
        assertEquals(List.of("adjacency", "degree", "laplacian", "laplacian_sym", "laplacian_rw", "walks"),
                r.steps().stream().map(Step::name).toList());
        assertEquals("L = D - A", r.steps().get(2).label());
        assertEquals("A^{2}", r.steps().get(5).label());
    }

    @Test
    void walksAreAbsentWithoutK() {
        assertFalse(run("graph", "{'n': 2, 'edges': [[0,1]]}").results().containsKey("walks"));
    }

    @Test
    void starAroundCOfSheet001HasOneTwoStepWalkFromAToDAndNoneFromCToD() {
        // the sheet's second adjacency option (the only one without self-loops): C joined to A, B, D, E;
        // M²_{A,D} + M²_{C,D} = 1 + 0 = 1
        OpResult r = run("graph", "{'nodes': ['A','B','C','D','E'], 'edges': [['A','C'],['B','C'],['C','D'],['C','E']], 'k': 2}");
        assertMatrix(new double[][] {
            {0, 0, 1, 0, 0}, {0, 0, 1, 0, 0}, {1, 1, 0, 1, 1}, {0, 0, 1, 0, 0}, {0, 0, 1, 0, 0}}, r.get("adjacency"));
        Tensor walks = r.get("walks");
        assertClose(1, walks.get(0, 3) + walks.get(2, 3));
        assertClose(4, walks.get(2, 2)); // C→x→C for each of its four neighbours
    }

    @Test
    void fullyConnectedGraphOfSheet001HasNMinusOneOnTheDiagonalAndMinusOneElsewhere() {
        OpResult r = run("graph", "{'n': 4, 'edges': [[0,1],[0,2],[0,3],[1,2],[1,3],[2,3]]}");
        assertMatrix(new double[][] {{3, -1, -1, -1}, {-1, 3, -1, -1}, {-1, -1, 3, -1}, {-1, -1, -1, 3}}, r.get("laplacian"));
    }

    @Test
    void normalizedLaplaciansOfAPathDivideByTheDegrees() {
        // path 0-1-2, degrees 1, 2, 1: L_sym off-diagonal −1/√(1·2), L_rw row i divided by d_i
        OpResult r = run("graph", "{'n': 3, 'edges': [[0,1],[1,2]]}");
        assertMatrix(new double[][] {{1, -R, 0}, {-R, 1, -R}, {0, -R, 1}}, r.get("laplacian_sym"));
        assertMatrix(new double[][] {{1, -1, 0}, {-0.5, 1, -0.5}, {0, -1, 1}}, r.get("laplacian_rw"));
    }

    @Test
    void isolatedNodeHasZeroRowsInBothNormalizedLaplaciansAsInNetworkX() {
        // NetworkX computes D^{-1/2} L D^{-1/2} with 1/√0 → 0, so node 2 contributes nothing (not a 1)
        OpResult r = run("graph", "{'n': 3, 'edges': [[0,1]]}");
        assertMatrix(new double[][] {{1, -1, 0}, {-1, 1, 0}, {0, 0, 0}}, r.get("laplacian_sym"));
        assertMatrix(new double[][] {{1, -1, 0}, {-1, 1, 0}, {0, 0, 0}}, r.get("laplacian_rw"));
        assertMatrix(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 0}}, r.get("degree"));
    }

    @Test
    void directedAdjacencyHasEntryIJForEdgeIToJAndOutDegrees() {
        // 0→1, 0→2, 2→1: out-degrees 2, 0, 1
        OpResult r = run("graph", "{'n': 3, 'edges': [[0,1],[0,2],[2,1]], 'directed': true}");
        assertMatrix(new double[][] {{0, 1, 1}, {0, 0, 0}, {0, 1, 0}}, r.get("adjacency"));
        assertMatrix(new double[][] {{2, 0, 0}, {0, 0, 0}, {0, 0, 1}}, r.get("degree"));
        assertMatrix(new double[][] {{2, -1, -1}, {0, 0, 0}, {0, -1, 1}}, r.get("laplacian"));
        assertMatrix(new double[][] {{1, -0.5, -0.5}, {0, 0, 0}, {0, -1, 1}}, r.get("laplacian_rw"));
    }

    @Test
    void weightsEnterTheAdjacencyAndTheDegrees() {
        OpResult r = run("graph", "{'n': 3, 'edges': [[0,1],[1,2]], 'weights': [2, 0.5]}");
        assertMatrix(new double[][] {{0, 2, 0}, {2, 0, 0.5}, {0, 0.5, 0}}, r.get("adjacency"));
        assertMatrix(new double[][] {{2, -2, 0}, {-2, 2.5, -0.5}, {0, -0.5, 0.5}}, r.get("laplacian"));
        // L_sym_01 = −2/√(2·2.5), L_sym_12 = −0.5/√(2.5·0.5)
        Tensor sym = r.get("laplacian_sym");
        assertClose(-2 / Math.sqrt(5), sym.get(0, 1));
        assertClose(-0.5 / Math.sqrt(1.25), sym.get(1, 2));
        assertClose(1, sym.get(2, 2));
    }

    @Test
    void selfLoopPutsItsWeightOnceOnTheDiagonalAndCancelsInTheLaplacian() {
        // NetworkX: to_numpy_array puts the loop weight 3 once; D = row sums = 3+2, 2
        OpResult r = run("graph", "{'n': 2, 'edges': [[0,0],[0,1]], 'weights': [3, 2]}");
        assertMatrix(new double[][] {{3, 2}, {2, 0}}, r.get("adjacency"));
        assertMatrix(new double[][] {{5, 0}, {0, 2}}, r.get("degree"));
        assertMatrix(new double[][] {{2, -2}, {-2, 2}}, r.get("laplacian"));
        assertMatrix(new double[][] {{1 - 3.0 / 5, -2 / Math.sqrt(10)}, {-2 / Math.sqrt(10), 1}}, r.get("laplacian_sym"));
    }

    @Test
    void repeatedUndirectedEdgeKeepsTheLastWeightAsNetworkXDoes() {
        OpResult r = run("graph", "{'n': 2, 'edges': [[0,1],[1,0]], 'weights': [2, 5]}");
        assertMatrix(new double[][] {{0, 5}, {5, 0}}, r.get("adjacency"));
    }

    @Test
    void oppositeDirectedEdgesAreTwoEdges() {
        OpResult r = run("graph", "{'n': 2, 'edges': [[0,1],[1,0]], 'weights': [2, 5], 'directed': true}");
        assertMatrix(new double[][] {{0, 2}, {5, 0}}, r.get("adjacency"));
    }

    @Test
    void walksOfLengthZeroAreTheIdentity() {
        assertMatrix(new double[][] {{1, 0}, {0, 1}}, run("graph", "{'n': 2, 'edges': [[0,1]], 'k': 0}").get("walks"));
    }

    @Test
    void triangleHasTwoClosedAndThreeOpenWalksOfLengthThree() {
        // closed: 0→1→2→0 and 0→2→1→0; from 0 to 1: 0→1→0→1, 0→2→0→1, 0→1→2→1
        OpResult r = run("graph", "{'n': 3, 'edges': [[0,1],[1,2],[2,0]], 'k': 3}");
        assertMatrix(new double[][] {{2, 3, 3}, {3, 2, 3}, {3, 3, 2}}, r.get("walks"));
    }

    @Test
    void numericLabelsAreComparedByValueAndStringsByText() {
        // 2.0 in an edge is node 2; "1" would be a different node from 1
        OpResult r = run("graph", "{'nodes': [1, 2, 'x'], 'edges': [[1, 2.0], [2, 'x']]}");
        assertMatrix(new double[][] {{0, 1, 0}, {1, 0, 1}, {0, 1, 0}}, r.get("adjacency"));
        assertFails("graph", "{'nodes': [1, 2], 'edges': [['1', 2]]}", "edges", "\"1\"");
    }

    @Test
    void graphWithoutEdgesHasZeroLaplacians() {
        OpResult r = run("graph", "{'n': 2, 'edges': []}");
        assertMatrix(new double[][] {{0, 0}, {0, 0}}, r.get("laplacian"));
        assertMatrix(new double[][] {{0, 0}, {0, 0}}, r.get("laplacian_sym"));
    }

    // ---- bad input --------------------------------------------------------------------------

    @Test
    void edgeToAMissingNumberedNodeNamesTheEdgeAndTheNode() {
        assertFails("graph", "{'n': 5, 'edges': [[0,1],[1,2],[2,7]]}", "graph", "'edges'", "entry 2", "[2,7]", "node 7", "0..4");
    }

    @Test
    void edgeToAMissingLabelNamesTheEdgeAndTheLabel() {
        assertFails("graph", "{'nodes': ['A','B','C','D'], 'edges': [['A','B'],['C','E']]}",
                "graph", "'edges'", "entry 1", "\"E\"", "\"A\", \"B\", \"C\", \"D\"");
    }

    @Test
    void edgeThatIsNotAPairIsRejected() {
        assertFails("graph", "{'n': 3, 'edges': [[0,1,2]]}", "graph", "'edges'", "entry 0", "pair");
    }

    @Test
    void weightsMustBeOnePerEdge() {
        assertFails("graph", "{'n': 3, 'edges': [[0,1],[1,2]], 'weights': [1]}", "graph", "'weights'", "1 entry", "one per edge (2)");
    }

    @Test
    void moreThan256NodesAreRefused() {
        assertFails("graph", "{'n': 300, 'edges': []}", "graph", "'n'", "from 1 to 256", "300");
    }

    @Test
    void missingNodeCountIsNamed() {
        assertFails("graph", "{'edges': [[0,1]]}", "graph", "'n'", "missing", "nodes");
    }

    @Test
    void repeatedLabelIsRefused() {
        assertFails("graph", "{'nodes': ['A','B','A'], 'edges': []}", "graph", "'nodes'", "\"A\" twice");
    }

    @Test
    void nodeCountThatContradictsTheLabelsIsRefused() {
        assertFails("graph", "{'n': 3, 'nodes': ['A','B'], 'edges': []}", "graph", "'n'", "2 labels");
    }

    @Test
    void nanWeightIsRefused() {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        args.put("n", 2);
        args.putArray("edges").addArray().add(0).add(1);
        args.putArray("weights").add(Double.NaN);
        OpException e = org.junit.jupiter.api.Assertions.assertThrows(OpException.class,
                () -> OpRegistry.standard().run("graph", args));
        assertEquals("weights", e.argument());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("finite number"), e.getMessage());
    }

    @Test
    void negativeDegreeIsRefusedBecauseItsSquareRootIsUndefined() {
        assertFails("graph", "{'n': 2, 'edges': [[0,1]], 'weights': [-1]}", "graph", "'weights'", "≥ 0");
    }

    @Test
    void walkLengthOver64IsRefused() {
        assertFails("graph", "{'n': 2, 'edges': [[0,1]], 'k': 65}", "graph", "'k'", "from 0 to 64");
    }

    @Test
    void misspelledArgumentIsRefused() {
        assertFails("graph", "{'n': 2, 'edges': [], 'directd': true}", "graph", "'directd'", "not an argument");
    }
}
