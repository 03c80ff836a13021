package org.deepdrill.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.deepdrill.compute.Tensor;
import org.deepdrill.grade.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The LaTeX of worked-solution numbers, vectors, matrices and steps (no FX needed). */
class LatexNumbersTest {

    @Test
    void aMatrixIsABmatrixOfCompactNumbers() {
        assertEquals("\\begin{bmatrix}1 & 0.5 \\\\ -2 & 0.3333\\end{bmatrix}",
                MathRenderer.matrixLatex(new double[][] {{1, 0.5}, {-2, 1.0 / 3}}));
    }

    @Test
    void aNumericKeyIsWrittenAsItsNumberVectorOrMatrix() {
        var tol = org.deepdrill.grade.Tolerance.DEFAULT;
        // the causal mask for n = 2, as the attention bank's key holds it
        assertEquals(java.util.Optional.of("\\begin{bmatrix}1 & 0 \\\\ 1 & 1\\end{bmatrix}"), LatexNumbers.key(
                new Key.Matrix(Tensor.matrix(new double[][] {{1, 0}, {1, 1}}), tol, 1, List.of())));
        assertEquals(java.util.Optional.of("\\begin{bmatrix}-1 & 0.5\\end{bmatrix}"),
                LatexNumbers.key(new Key.Vector(Tensor.vector(-1, 0.5), tol, 1, List.of())));
        assertEquals(java.util.Optional.of("0.3333"), LatexNumbers.key(new Key.Number(1.0 / 3, tol, 1, List.of())));
    }

    @Test
    void aChoiceMultiShapeOrExpressionKeyIsLeftToBeShownAsTyped() {
        // a choice key once showed a stray typeset "0", a multi key its option points as a vector
        assertEquals(java.util.Optional.empty(), LatexNumbers.key(new Key.Choice(0, 3, List.of(), 1)));
        assertEquals(java.util.Optional.empty(), LatexNumbers.key(new Key.Multi(List.of(1.0, 1.0, -2.0, -2.0), List.of(), 2)));
        assertEquals(java.util.Optional.empty(), LatexNumbers.key(new Key.Shape(List.of("n", "d"), List.of("n", "d"), 1)));
        assertEquals(java.util.Optional.empty(), LatexNumbers.key(new Key.Expression("4*h*d*D", List.of("h", "d", "D"), 1, List.of())));
        assertEquals(java.util.Optional.empty(), LatexNumbers.value("4*h*d*D"));
    }

    @Test
    void aVectorIsAOneRowBmatrix() {
        assertEquals("\\begin{bmatrix}0.25 & -\\infty & \\text{—}\\end{bmatrix}",
                MathRenderer.vectorLatex(new double[] {0.25, Double.NEGATIVE_INFINITY, Double.NaN}));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2.0                  | 2
            -0.0                 | 0
            0.30000000000000004  | 0.3
            0.6666666666666666   | 0.6667
            -1.23456             | -1.235
            12345.67             | 12346
            0.0001234            | 0.0001234
            0.000000123456       | 1.235 \\times 10^{-7}
            1e20                 | 100000000000000000000
            """)
    void numbersAreIntegersOrFourSignificantDigits(double value, String latex) {
        assertEquals(latex, LatexNumbers.number(value));
    }

    @Test
    void aRankThreeTensorIsARowOfSubscriptedMatrices() {
        Tensor t = Tensor.of(new int[] {2, 1, 2}, new double[] {1, 2, 3, 4});
        assertEquals("\\begin{bmatrix}1 & 2\\end{bmatrix}_{[0]} \\quad \\begin{bmatrix}3 & 4\\end{bmatrix}_{[1]}",
                LatexNumbers.tensor(t));
        assertEquals("0.5", LatexNumbers.tensor(Tensor.scalar(0.5)));
    }

    @Test
    void proseLabelsAreSetAsTextAndLatexLabelsKept() {
        assertEquals("\\text{standard deviation}", LatexNumbers.label("standard deviation"));
        assertEquals("S = QK^\\top/\\sqrt{d}", LatexNumbers.label("S = QK^\\top/\\sqrt{d}"));
        assertEquals("A", LatexNumbers.label("A"));
        assertEquals("\\text{eta * gradient}", LatexNumbers.label("eta * gradient"));
    }
}
