package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.assertVector;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class GraphLaplacianApplyTest {
    private static final String PATH = "'nodes': ['A','B','C','D'], 'edges': [['A','B'],['B','C'],['C','D']]";
    private static final String FEATURES = "'features': [[10,1],[20,2],[30,3],[40,4]]";

    @Test
    void linearFeaturesOnThePathOfSheet001VanishInsideButNotAtTheEndpoints() {
        // (LX)_i = Σ_j (x_i − x_j): A: 10−20 = −10, D: 40−30 = 10; B and C: 2x_i − neighbours = 0
        OpResult r = run("laplacian_apply", "{" + PATH + ", " + FEATURES + "}");
        assertMatrix(new double[][] {{-10, -1}, {0, 0}, {0, 0}, {10, 1}}, r.get("output"));
    }

    @Test
    void closingThePathIntoACircleMakesTheJumpAtAAndDLarger() {
        // A: 2·10 − 20 − 40 = −40; D: 2·40 − 30 − 10 = 40
        OpResult r = run("laplacian_apply",
                "{'nodes': ['A','B','C','D'], 'edges': [['A','B'],['B','C'],['C','D'],['D','A']], " + FEATURES + "}");
        assertMatrix(new double[][] {{-40, -4}, {0, 0}, {0, 0}, {40, 4}}, r.get("output"));
    }

    @Test
    void identicalFeaturesOnAFullyConnectedGraphGiveZero() {
        OpResult r = run("laplacian_apply", "{'n': 3, 'edges': [[0,1],[0,2],[1,2]], 'features': [[5,-1],[5,-1],[5,-1]]}");
        assertMatrix(new double[][] {{0, 0}, {0, 0}, {0, 0}}, r.get("output"));
    }

    @Test
    void vectorOfFeaturesGivesAVector() {
        OpResult r = run("laplacian_apply", "{" + PATH + ", 'features': [1, 4, 9, 16]}");
        assertVector(new double[] {-3, -2, -2, 7}, r.get("output"));
    }

    @Test
    void stepsShowTheLaplacianBeforeTheProduct() {
        OpResult r = run("laplacian_apply", "{" + PATH + ", " + FEATURES + "}");
        assertEquals(java.util.List.of("adjacency", "degree", "laplacian", "output"), r.steps().stream().map(Step::name).toList());
    }

    @Test
    void featuresNeedOneRowPerNode() {
        assertFails("laplacian_apply", "{" + PATH + ", 'features': [[1,2],[3,4],[5,6]]}",
                "laplacian_apply", "'features'", "one row per node (n = 4)", "3×2");
    }

    @Test
    void nanFeatureIsRefused() {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        args.put("n", 2);
        args.putArray("edges").addArray().add(0).add(1);
        ArrayNode f = args.putArray("features");
        f.add(1.0).add(Double.NaN);
        OpException e = assertThrows(OpException.class, () -> OpRegistry.standard().run("laplacian_apply", args));
        assertEquals("features", e.argument());
    }

    @Test
    void walkLengthIsNotAnArgumentOfLaplacianApply() {
        assertFails("laplacian_apply", "{'n': 2, 'edges': [], 'features': [1, 2], 'k': 2}", "'k'", "not an argument");
    }
}
