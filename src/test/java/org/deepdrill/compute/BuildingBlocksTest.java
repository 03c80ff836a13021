package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertMatrix;
import static org.deepdrill.compute.ComputeAssertions.assertScalar;
import static org.deepdrill.compute.ComputeAssertions.assertTensor;
import static org.deepdrill.compute.ComputeAssertions.assertVector;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The building blocks on small inputs worked out by hand. */
class BuildingBlocksTest {

    private static Tensor result(String op, String args) {
        return run(op, args).get("result");
    }

    // ---- products -----------------------------------------------------------------------------

    @Test
    void matmulOfTwoByTwoMatricesIsTheRowByColumnProduct() {
        // [[1,2],[3,4]]·[[5,6],[7,8]] = [[5+14, 6+16], [15+28, 18+32]]
        assertMatrix(new double[][] {{19, 22}, {43, 50}}, result("matmul", "{'a': [[1,2],[3,4]], 'b': [[5,6],[7,8]]}"));
    }

    @Test
    void matmulOfTwoVectorsIsTheirDotProduct() {
        // 1·4 + 2·5 + 3·6 = 32
        assertScalar(32, result("matmul", "{'a': [1,2,3], 'b': [4,5,6]}"));
    }

    @Test
    void matmulOfAMatrixAndAVectorGivesAVector() {
        // [[1,2],[3,4]]·[1,1] = [3, 7];  [1,1]·[[1,2],[3,4]] = [4, 6]
        assertVector(new double[] {3, 7}, result("matmul", "{'a': [[1,2],[3,4]], 'b': [1,1]}"));
        assertVector(new double[] {4, 6}, result("matmul", "{'a': [1,1], 'b': [[1,2],[3,4]]}"));
    }

    @Test
    void matmulOfAStackBroadcastsTheMatrix() {
        // each 1×2 matrix times [[1,0],[0,2]]: [1,1] → [1,2], [3,4] → [3,8]
        Tensor out = result("matmul", "{'a': [[[1,1]],[[3,4]]], 'b': [[1,0],[0,2]]}");
        assertTensor(Tensor.of(new int[] {2, 1, 2}, new double[] {1, 2, 3, 8}), out);
    }

    @Test
    void matmulOfAThreeByTwoAndATwoByOneIsThreeByOne() {
        // rows [1,2],[3,4],[5,6] times column [1,−1]: −1, −1, −1
        assertMatrix(new double[][] {{-1}, {-1}, {-1}}, result("matmul", "{'a': [[1,2],[3,4],[5,6]], 'b': [[1],[-1]]}"));
    }

    @Test
    void dotAndOuterOfTwoVectors() {
        // 1·3 + 2·4 = 11; outer [[3,4],[6,8]]
        assertScalar(11, result("dot", "{'a': [1,2], 'b': [3,4]}"));
        assertMatrix(new double[][] {{3, 4}, {6, 8}}, result("outer", "{'a': [1,2], 'b': [3,4]}"));
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        assertMatrix(new double[][] {{1, 4}, {2, 5}, {3, 6}}, result("transpose", "{'x': [[1,2,3],[4,5,6]]}"));
    }

    @Test
    void matrixPowerOfTheSheet000RotationIsMinusIdentityAtTwo() {
        // W = [[0,−1],[1,0]] rotates by 90°: W² = −I, W⁴ = I, W⁰ = I
        assertMatrix(new double[][] {{-1, 0}, {0, -1}}, result("power", "{'x': [[0,-1],[1,0]], 'p': 2, 'matrix': true}"));
        assertMatrix(new double[][] {{1, 0}, {0, 1}}, result("power", "{'x': [[0,-1],[1,0]], 'p': 4, 'matrix': true}"));
        assertMatrix(new double[][] {{1, 0}, {0, 1}}, result("power", "{'x': [[0,-1],[1,0]], 'p': 0, 'matrix': true}"));
    }

    @Test
    void matrixPowerCountsWalksInAPath() {
        // path 0−1−2: A³ = [[0,2,0],[2,0,2],[0,2,0]] (walks of length 3)
        assertMatrix(new double[][] {{0, 2, 0}, {2, 0, 2}, {0, 2, 0}},
                result("power", "{'x': [[0,1,0],[1,0,1],[0,1,0]], 'p': 3, 'matrix': true}"));
    }

    // ---- element-wise -------------------------------------------------------------------------

    @Test
    void addSubAndMulWorkEntryByEntry() {
        assertVector(new double[] {4, 6}, result("add", "{'a': [1,2], 'b': [3,4]}"));
        assertVector(new double[] {-2, -2}, result("sub", "{'a': [1,2], 'b': [3,4]}"));
        assertVector(new double[] {3, 8}, result("mul", "{'a': [1,2], 'b': [3,4]}"));
    }

    @Test
    void aScalarARowAndAColumnBroadcast() {
        assertMatrix(new double[][] {{11, 12}, {13, 14}}, result("add", "{'a': [[1,2],[3,4]], 'b': 10}"));
        assertMatrix(new double[][] {{11, 22}, {13, 24}}, result("add", "{'a': [[1,2],[3,4]], 'b': [10,20]}"));
        assertMatrix(new double[][] {{11, 12}, {23, 24}}, result("add", "{'a': [[1,2],[3,4]], 'b': [[10],[20]]}"));
        // a column times a row is their outer product
        assertMatrix(new double[][] {{3, 4}, {6, 8}}, result("mul", "{'a': [[1],[2]], 'b': [3,4]}"));
    }

    @Test
    void scaleMultipliesEveryEntry() {
        assertVector(new double[] {-0.5, 1}, result("scale", "{'x': [1,-2], 'by': -0.5}"));
    }

    @Test
    void activationsOfZeroAndOne() {
        assertVector(new double[] {0, 0, 1.5}, result("relu", "{'x': [-1, 0, 1.5]}"));
        // σ(0) = 1/2, σ(ln 3) = 1/(1 + 1/3) = 3/4
        assertVector(new double[] {0.5, 0.75}, result("sigmoid", "{'x': [0, " + Math.log(3) + "]}"));
        // tanh(ln 2) = (2 − 1/2)/(2 + 1/2) = 3/5
        assertVector(new double[] {0, 0.6}, result("tanh", "{'x': [0, " + Math.log(2) + "]}"));
        assertVector(new double[] {1, Math.E}, result("exp", "{'x': [0, 1]}"));
    }

    @Test
    void sigmoidOfALargeNegativeNumberDoesNotOverflow() {
        // σ(−800) = e^{−800}/(1 + e^{−800}), which underflows to 0 without passing through ∞
        assertScalar(0, result("sigmoid", "{'x': -800}"));
    }

    @Test
    void elementwisePowerSquaresAndTakesRoots() {
        assertVector(new double[] {1, 4, 9}, result("power", "{'x': [1,2,3], 'p': 2}"));
        assertVector(new double[] {2, 0.5}, result("power", "{'x': [4, 0.25], 'p': 0.5}"));
        // (−2)³ = −8: a negative base with a whole exponent is fine
        assertScalar(-8, result("power", "{'x': -2, 'p': 3}"));
    }

    // ---- reductions ---------------------------------------------------------------------------

    @Test
    void sumMeanAndMaxOverAllEntriesAndAlongEachDim() {
        String x = "{'x': [[1,2,3],[4,5,6]]";
        assertScalar(21, result("sum", x + "}"));
        assertVector(new double[] {5, 7, 9}, result("sum", x + ", 'dim': 0}"));
        assertVector(new double[] {6, 15}, result("sum", x + ", 'dim': 1}"));
        assertVector(new double[] {2, 5}, result("mean", x + ", 'dim': -1}"));
        assertScalar(3.5, result("mean", x + "}"));
        assertVector(new double[] {3, 6}, result("max", x + ", 'dim': 1}"));
        assertScalar(6, result("max", x + "}"));
    }

    @Test
    void varIsBiasedUnlessAskedAndAlongADim() {
        // [1,2,3,4]: mean 2.5, Σ(x − 2.5)² = 2.25+0.25+0.25+2.25 = 5 → 5/4 biased, 5/3 unbiased
        assertScalar(1.25, result("var", "{'x': [1,2,3,4]}"));
        assertScalar(5.0 / 3, result("var", "{'x': [1,2,3,4], 'unbiased': true}"));
        // columns [1,3] and [2,6]: 1 and 4
        assertVector(new double[] {1, 4}, result("var", "{'x': [[1,2],[3,6]], 'dim': 0}"));
    }

    @Test
    void argmaxTiesGoToTheLowestIndex() {
        assertScalar(1, result("argmax", "{'x': [1, 5, 5, 2]}"));
        // without dim: the index into the flattened matrix (row-major): 7 sits at flat index 3
        assertScalar(3, result("argmax", "{'x': [[1, 2, 0], [7, 3, 7]]}"));
        assertVector(new double[] {1, 0}, result("argmax", "{'x': [[1, 2, 2], [7, 3, 7]], 'dim': 1}"));
        assertVector(new double[] {1, 1, 1}, result("argmax", "{'x': [[1, 2, 0], [7, 3, 7]], 'dim': 0}"));
    }

    // ---- shapes -------------------------------------------------------------------------------

    @Test
    void concatJoinsAlongTheGivenDim() {
        assertMatrix(new double[][] {{1, 2}, {3, 4}, {5, 6}}, result("concat", "{'tensors': [[[1,2]], [[3,4],[5,6]]]}"));
        assertMatrix(new double[][] {{1, 2, 5}, {3, 4, 6}}, result("concat", "{'tensors': [[[1,2],[3,4]], [[5],[6]]], 'dim': 1}"));
        assertVector(new double[] {1, 2, 3}, result("concat", "{'tensors': [[1], [2, 3]]}"));
    }

    @Test
    void sliceFollowsPythonBounds() {
        String x = "{'x': [10, 11, 12, 13, 14]";
        assertVector(new double[] {11, 12}, result("slice", x + ", 'start': 1, 'end': 3}"));
        assertVector(new double[] {13, 14}, result("slice", x + ", 'start': -2}"));
        assertVector(new double[] {10, 11, 12, 13}, result("slice", x + ", 'end': -1}"));
        assertVector(new double[] {12, 13, 14}, result("slice", x + ", 'start': 2, 'end': 99}"));
        assertMatrix(new double[][] {{2}, {5}}, result("slice", "{'x': [[1,2,3],[4,5,6]], 'dim': 1, 'start': 1, 'end': 2}"));
    }

    @Test
    void anEmptySliceHasAZeroInItsShape() {
        assertArrayEquals(new int[] {0}, result("slice", "{'x': [1,2,3], 'start': 2, 'end': 1}").shape());
        assertArrayEquals(new int[] {2, 0}, result("slice", "{'x': [[1,2,3],[4,5,6]], 'dim': 1, 'start': 3}").shape());
    }

    @Test
    void everyBlockReturnsOneResultNamedResultWithALatexStep() {
        OpResult r = run("matmul", "{'a': [[1]], 'b': [[2]]}");
        assertEquals(List.of("result"), List.copyOf(r.results().keySet()));
        assertEquals("A B", r.steps().get(0).label());
        assertEquals("X^\\top", run("transpose", "{'x': [[1]]}").steps().get(0).label());
    }

    // ---- bad input ----------------------------------------------------------------------------

    @Test
    void matmulOfMismatchedInnerDimensionsIsRefused() {
        assertFails("matmul", "{'a': [[1,2,3]], 'b': [[1,2],[3,4]]}", "matmul", "'b'", "as many rows as a has columns (3)");
    }

    @Test
    void addOfShapesThatDoNotBroadcastIsRefused() {
        assertFails("add", "{'a': [[1,2,3]], 'b': [1,2]}", "add", "'b'", "broadcasts", "1×3", "got 2");
    }

    @Test
    void dotOfVectorsOfDifferentLengthsIsRefused() {
        assertFails("dot", "{'a': [1,2], 'b': [1,2,3]}", "dot", "'b'", "as long as a");
    }

    @Test
    void transposeOfAVectorIsRefused() {
        assertFails("transpose", "{'x': [1,2]}", "transpose", "'x'", "matrix");
    }

    @Test
    void matrixPowerOfANonSquareMatrixIsRefused() {
        assertFails("power", "{'x': [[1,2,3],[4,5,6]], 'p': 2, 'matrix': true}", "power", "'x'", "square");
        assertFails("power", "{'x': [[1,2],[3,4]], 'p': 0.5, 'matrix': true}", "power", "'p'", "whole number");
    }

    @Test
    void aRootOfANegativeNumberIsRefused() {
        assertFails("power", "{'x': [4, -8], 'p': 0.5}", "power", "'x'", "flat index 1", "not a finite real number");
    }

    @Test
    void anOverflowingExpIsRefused() {
        assertFails("exp", "{'x': [1000]}", "exp", "'x'", "overflow");
    }

    @Test
    void aDimOutOfRangeIsRefused() {
        assertFails("sum", "{'x': [[1,2]], 'dim': 2}", "sum", "'dim'", "from -2 to 1");
    }

    @Test
    void unbiasedVarianceOfOneEntryIsRefused() {
        assertFails("var", "{'x': [[1],[2]], 'dim': 1, 'unbiased': true}", "var", "'unbiased'", "at least 2");
    }

    @Test
    void concatOfMismatchedShapesIsRefusedNamingTheTensor() {
        assertFails("concat", "{'tensors': [[[1,2]], [[3,4,5]]]}", "concat", "'tensors[1]'", "shape of tensors[0] (1×2)");
    }

    @Test
    void aBinaryBlockWithoutBIsRefused() {
        assertFails("mul", "{'a': [1,2]}", "mul", "'b'", "missing");
    }
}
