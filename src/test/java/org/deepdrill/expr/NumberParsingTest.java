package org.deepdrill.expr;

import static org.deepdrill.expr.ExprAssertions.assertClose;
import static org.deepdrill.expr.ExprAssertions.assertParseError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParsingTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            0.8                    | 0.8
            4/5                    | 0.8
            8e-1                   | 0.8
            8E-1                   | 0.8
            .8                     | 0.8
            \\frac{4}{5}           | 0.8
            \\dfrac{4}{5}          | 0.8
            \\frac45               | 0.8
            -\\tfrac{1}{8}         | -0.125
            −0.5                   | -0.5
            \\sqrt{2}/2            | 0.7071067811865476
            1/\\sqrt{2}            | 0.7071067811865476
            √2 · √2                | 2
            2^{-3}                 | 0.125
            2**10                  | 1024
            {2}^{10}               | 1024
            e^{-1}                 | 0.36787944117144233
            2\\pi                  | 6.283185307179586
            π                      | 3.141592653589793
            1.5e3                  | 1500
            3 \\cdot 4             | 12
            3 \\times 4            | 12
            3×4                    | 12
            12 ÷ 4                 | 3
            8/2/2                  | 2
            2*-3                   | -6
            -2^2                   | -4
            (-2)^2                 | 4
            2^3^2                  | 512
            \\left(1+2\\right)^2   | 9
            \\sqrt[3]{27}          | 3
            \\frac{1}{2}\\sqrt{4}  | 1
            3²                     | 9
            $\\frac{1}{4}$         | 0.25
            "\\,1\\,"              | 1
            """)
    void numberNotationsReadToTheirValue(String typed, double expected) throws ExprParseException {
        assertClose(expected, ExprParser.parseNumber(typed), typed);
    }

    @ParameterizedTest(name = "decimal comma {0} reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0,8     | 0.8
            -1,25   | -1.25
            −1,25   | -1.25
            0,125   | 0.125
            3,14159 | 3.14159
            """)
    void aLoneNumberMayUseADecimalComma(String typed, double expected) throws ExprParseException {
        assertClose(expected, ExprParser.parseNumber(typed), typed);
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1,000        | 1  | '1,000' is ambiguous
            12,500,000   | 2  | ambiguous
            1,2,3        | 1  | expected a single number … but found ','
            NaN          | 0  | expected a number but found 'NaN'
            Infinity     | 0  | expected a number but found 'Infinity'
            inf          | 0  | expected a number but found 'inf'
            1e999        | 0  | not a finite number
            1/0          | 0  | not a finite number
            x            | 0  | expected a number but found 'x'
            2 3          | 2  | expected an operator (write * to multiply) but found '3'
            (1)2         | 3  | expected an operator
            ()           | 1  | expected a number or '(' but found ')'
            "  "         | 2  | expected a number or '(' but found end of input
            (1+2         | 4  | expected ')' to close the '(' at position 0 but found end of input
            \\frac{1}{   | 9  | expected a number or '(' but found end of input
            2*           | 2  | expected a number or '(' but found end of input
            1.2.3        | 3  | at most one decimal point
            \\foo        | 0  | but found '\\foo'
            \\frac{1}{2  | 10 | expected '}' to close the '{' at position 8
            """)
    void malformedNumbersSayWhereAndWhy(String typed, int position, String fragments) {
        assertParseError(position, fragments, () -> ExprParser.parseNumber(typed));
    }

    @Test
    void theMessageReadsAtPositionExpectedButFoundWithoutAFinalPeriod() {
        ExprParseException e = assertParseError(5, "", () -> ExprParser.parseNumber("2*(3+)"));
        assertEquals("at position 5: expected a number or '(' but found ')'", e.getMessage());
        assertEquals("a number or '('", e.expected());
    }

    @Test
    void anEmptyAnswerIsInvalidNotZero() {
        assertParseError(0, "but found end of input", () -> ExprParser.parseNumber(""));
    }
}
