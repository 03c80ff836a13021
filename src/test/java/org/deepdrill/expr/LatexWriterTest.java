package org.deepdrill.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexWriterTest {

    private static final List<String> VARS = List.of("h", "d", "D", "r", "d_k", "dv", "lambda");

    @ParameterizedTest(name = "{0} previews as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            4hdD                 | 4 h d D
            3hr(D+d)             | 3 h r \\left(D + d\\right)
            h/d                  | \\frac{h}{d}
            \\frac{h+d}{D}       | \\frac{h + d}{D}
            2*3                  | 2 \\cdot 3
            h*3                  | h \\cdot 3
            2*\\frac{1}{2}       | 2 \\cdot \\frac{1}{2}
            h\\frac{1}{2}        | h \\frac{1}{2}
            sqrt(h+d)            | \\sqrt{h + d}
            (h/d)^2              | \\left(\\frac{h}{d}\\right)^{2}
            -h^2                 | -h^{2}
            (-h)^2               | \\left(-h\\right)^{2}
            h-(d-D)              | h - \\left(d - D\\right)
            (h-d)-D              | h - d - D
            h+(-d)               | h + \\left(-d\\right)
            h*(-d)               | h \\left(-d\\right)
            h^d^D                | h^{d^{D}}
            (h^d)^D              | \\left(h^{d}\\right)^{D}
            h^{-1}               | h^{-1}
            exp(h)               | \\exp\\left(h\\right)
            \\pi r^2             | \\pi r^{2}
            d_k                  | d_{k}
            h d_{k}              | h d_{k}
            dv h                 | dv \\cdot h
            2\\lambda            | 2 \\lambda
            0.5h                 | 0.5 h
            """)
    void previewUsesFracSqrtAndOnlyTheNeededParentheses(String typed, String latex)
            throws ExprParseException {
        assertEquals(latex, LatexWriter.toLatex(ExprParser.parseExpression(typed, VARS)));
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4hdD                 | 4*h*d*D
            (h+d)^2              | (h + d)^2
            \\frac{h}{d+D}       | h/(d + D)
            \\frac{h}{d}^2       | (h/d)^2
            \\sqrt{h}/2          | sqrt(h)/2
            h^{-1}               | h^(-1)
            -h^2                 | -h^2
            """)
    void plainPrintingUsesCalculatorNotation(String typed, String plain) throws ExprParseException {
        assertEquals(plain, PlainWriter.toPlain(ExprParser.parseExpression(typed, VARS)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.000001       | 1 \\times 10^{-6}
            1e20           | 1 \\times 10^{20}
            1234.5         | 1234.5
            """)
    void numbersAreWrittenWithoutComputerExponents(double value, String latex) {
        assertEquals(latex, LatexWriter.toLatex(new Expr.Num(value)));
    }
}
