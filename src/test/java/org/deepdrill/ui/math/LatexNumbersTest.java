package org.deepdrill.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.deepdrill.compute.Tensor;
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
    void aKeyHeldAsJsonIsWrittenAsItsNumberVectorOrMatrix() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        // the causal mask for n = 2, as the attention bank's key holds it
        assertEquals(java.util.Optional.of("\\begin{bmatrix}1 & 0 \\\\ 1 & 1\\end{bmatrix}"),
                LatexNumbers.json(json.readTree("[[1.0, 0.0], [1.0, 1.0]]")));
        assertEquals(java.util.Optional.of("\\begin{bmatrix}-1 & 0.5\\end{bmatrix}"), LatexNumbers.json(json.readTree("[-1, 0.5]")));
        assertEquals(java.util.Optional.of("0.3333"), LatexNumbers.json(json.readTree("0.33333333")));
    }

    @Test
    void whatIsNotANumberVectorOrMatrixIsLeftToBeShownAsText() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String notNumeric : new String[] {"\"4*h*d*D\"", "[\"n\", \"d\"]", "[[1, 2], [3]]", "[]", "[[]]", "{\"a\": 1}"}) {
            assertEquals(java.util.Optional.empty(), LatexNumbers.json(json.readTree(notNumeric)), notNumeric);
        }
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
