package org.deepdrill.expr;

import static org.deepdrill.expr.ExprAssertions.assertParseError;
import static org.deepdrill.expr.ExprAssertions.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrayParsingTest {

    @ParameterizedTest(name = "vector {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            [1, 2, 3]                                        | 1 2 3
            (1,2,3)                                          | 1 2 3
            1 2 3                                            | 1 2 3
            1, 2, 3                                          | 1 2 3
            1; 2; 3                                          | 1 2 3
            [[1],[2],[3]]                                    | 1 2 3
            [[1,2,3]]                                        | 1 2 3
            [1 2 3]'                                         | x
            \\begin{bmatrix}1\\\\2\\\\3\\end{bmatrix}        | 1 2 3
            \\begin{pmatrix}1 & 2 & 3\\end{pmatrix}          | 1 2 3
            "\\begin{bmatrix} 1 \\\\ 2 \\\\ 3 \\\\ \\end{bmatrix}" | 1 2 3
            [\\frac{1}{2}, -1/3, \\sqrt{4}]                  | 0.5 -0.3333333333333333 2
            [1 -2 3]                                         | 1 -2 3
            [1 - 2, 3]                                       | -1 3
            [2\\sqrt{4} 1]                                   | 4 1
            [0,8]                                            | 0 8
            [−1, 2^{-1}]                                     | -1 0.5
            (1/2)                                            | 0.5
            """)
    void vectorNotationsReadToTheirEntries(String typed, String expected) throws ExprParseException {
        if (expected.equals("x")) {
            assertParseError(7, "but found", () -> ExprParser.parseVector(typed));
            return;
        }
        assertArrayEquals(rows(expected)[0], ExprParser.parseVector(typed), ExprAssertions.TOL, typed);
    }

    @ParameterizedTest(name = "matrix {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            [[1,2],[3,4]]                                          | 1 2; 3 4
            [[1, 2], [3, 4]]                                       | 1 2; 3 4
            [[1,2];[3,4]]                                          | 1 2; 3 4
            1 2; 3 4                                               | 1 2; 3 4
            [1 2; 3 4]                                             | 1 2; 3 4
            [1, 2; 3, 4]                                           | 1 2; 3 4
            "1 2
            3 4"                                                   | 1 2; 3 4
            \\begin{bmatrix}1 & 2\\\\ 3 & 4\\end{bmatrix}          | 1 2; 3 4
            \\begin{pmatrix}1 & 2\\\\ 3 & 4\\end{pmatrix}          | 1 2; 3 4
            "\\begin{bmatrix}
             1 & 2 \\\\
             3 & 4
            \\end{bmatrix}"                                        | 1 2; 3 4
            \\left[\\begin{array}{cc}1&2\\\\3&4\\end{array}\\right] | 1 2; 3 4
            1 2 3                                                  | 1 2 3
            [[1],[2]]                                              | 1; 2
            [[\\frac{1}{2}, -\\tfrac{1}{4}], [\\sqrt{9}, 2^{-1}]]   | 0.5 -0.25; 3 0.5
            [1 × 2, 3·4]                                           | 2 12
            """)
    void matrixNotationsReadToTheirRows(String typed, String expected) throws ExprParseException {
        assertArrayEquals(rows(expected), ExprParser.parseMatrix(typed), typed);
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            [[1,2],[3,4,5]]                    | 8  | row 2 has 3 entries, row 1 has 2
            1 2 3; 4 5                         | 7  | row 2 has 2 entries, row 1 has 3
            [1,,2]                             | 3  | expected a number but found ','
            [1,2,]                             | 5  | expected a number but found ']'
            []                                 | 1  | expected a number but found ']'
            [[[1]]]                            | 2  | at most two levels of brackets
            [1, x]                             | 4  | expected a number but found 'x'
            [1, 2                              | 5  | expected ']' to close the '[' at position 0 but found end of input
            (1 2                               | 4  | expected ')' to close the '(' at position 0 but found end of input
            [1, 2)                             | 5  | expected ']' to close the '[' at position 0 but found ')'
            [1, NaN]                           | 4  | expected a number but found 'NaN'
            [1, 1/0]                           | 4  | not a finite number
            \\begin{bmatrix}1\\end{pmatrix}    | 16 | expected '\\end{bmatrix}' but found '\\end{pmatrix}'
            \\begin{bmatrix}1 & 2              | 20 | expected '\\end{bmatrix}' but found end of input
            \\begin{align}1\\end{align}        | 0  | expected a matrix environment
            """)
    void malformedMatricesSayWhereAndWhy(String typed, int position, String fragments) {
        assertParseError(position, fragments, () -> ExprParser.parseMatrix(typed));
    }

    @ParameterizedTest(name = "{0} is not a vector")
    @CsvSource(delimiter = '|', textBlock = """
            [[1,2],[3,4]]  | expected a vector but found a 2×2 matrix
            1 2 3; 4 5 6   | expected a vector but found a 2×3 matrix
            """)
    void aMatrixIsNotAVector(String typed, String message) {
        assertParseError(0, message, () -> ExprParser.parseVector(typed));
    }
}
