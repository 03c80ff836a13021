package org.deepdrill.expr;

import static org.deepdrill.expr.ExprAssertions.assertClose;
import static org.deepdrill.expr.ExprAssertions.assertParseError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expressions in the variables of sheet 000 Q10 (h heads, head size d, model width D, N
 * tokens, LoRA rank r), evaluated at h=2, d=3, D=5, N=7, r=11: distinct primes, so every
 * product below has one factorisation and a misread factor shows.
 */
class ExpressionParsingTest {

    private static final List<String> VARS = List.of("h", "d", "D", "N", "r");
    private static final Map<String, Double> AT = Map.of("h", 2.0, "d", 3.0, "D", 5.0, "N", 7.0,
            "r", 11.0);

    private static double value(String typed) throws ExprParseException {
        return ExprParser.parseExpression(typed, VARS).eval(AT);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            4hdD                          | 120
            4 h d D                       | 120
            4*h*d*D                       | 120
            4hDd                          | 120
            hdD + hdD + hdD + hdD         | 120
            3hr(D+d)                      | 528
            3 h r (D+d)                   | 528
            3 \\cdot h \\cdot r \\left(D + d\\right) | 528
            3hrD + 3hrd                   | 528
            4D^2                          | 100
            4D**2                         | 100
            4D²                           | 100
            hd                            | 6
            dh                            | 6
            (h)(d)                        | 6
            2(h+d)                        | 10
            {h+d}N                        | 35
            [h+d]^2                       | 25
            \\left(h+d\\right)^2          | 25
            D-d                           | 2
            d-D                           | -2
            -h^2                          | -4
            (-h)^2                        | 4
            -h^2 + D                      | 1
            h^d                           | 8
            h^d^h                         | 512
            h^-1                          | 0.5
            h^{-d}                        | 0.125
            \\frac{D}{h}                  | 2.5
            \\tfrac{D}{h}                 | 2.5
            \\dfrac{D}{h}                 | 2.5
            D/h                           | 2.5
            D/h/h                         | 1.25
            D/hd                          | 7.5
            D/(hd)                        | 0.8333333333333334
            h \\cdot d \\times D          | 30
            h×d·D                         | 30
            "\\,h\\, d\\;D"               | 30
            \\sqrt{N+h}                   | 3
            sqrt(N+h)                     | 3
            √(N+h)                        | 3
            \\sqrt[d]{N+1}                | 2
            sqrt(h)^2                     | 2
            \\sqrt{h}^2                   | 2
            2\\pi r                       | 69.11503837897544
            \\pi r^2                      | 380.132711084365
            pi r^2                        | 380.132711084365
            e^h                           | 7.38905609893065
            \\exp(h)                      | 7.38905609893065
            exp h                         | 7.38905609893065
            \\ln(e^D)                     | 5
            log(e^D)                      | 5
            \\sin^2 h + \\cos^2 h         | 1
            sin(h)^2 + cos(h)^2           | 1
            tanh(0)                       | 0
            $4hdD$                        | 120
            """)
    void expressionNotationsReadToTheirValue(String typed, double expected)
            throws ExprParseException {
        assertClose(expected, value(typed), typed);
    }

    @Test
    void multiHeadAttentionAndLoraCountsFromSheet000ReadAsProducts() throws ExprParseException {
        // Q10.2: W_Q, W_K, W_V are h of D×d each and W_O is (hd)×D: 4hdD in all
        assertEquals(ExprParser.parseExpression("4*h*d*D", VARS),
                ExprParser.parseExpression("4hdD", VARS));
        // Q10.3: each of the 3h projections gets B (D×r) and A (r×d): 3hr(D+d)
        assertEquals(ExprParser.parseExpression("3*h*r*(D+d)", VARS),
                ExprParser.parseExpression("3 h r (D+d)", VARS));
    }

    @Test
    void caseMattersSoDAndLittleDAreDifferentVariables() throws ExprParseException {
        assertNotEquals(value("D"), value("d"));
        assertClose(5, value("D"), "D");
        assertClose(3, value("d"), "d");
        assertParseError(0, "unknown name 'H' … did you mean h?",
                () -> ExprParser.parseExpression("H", VARS));
    }

    @Test
    void multiLetterVariablesAndSubscriptsAreOneName() throws ExprParseException {
        List<String> vars = List.of("d_k", "dv", "d", "h", "n");
        Map<String, Double> at = Map.of("d_k", 2.0, "dv", 3.0, "d", 5.0, "h", 7.0, "n", 11.0);
        assertClose(44, ExprParser.parseExpression("2 n d_k", vars).eval(at), "2 n d_k");
        assertClose(44, ExprParser.parseExpression("2nd_{k}", vars).eval(at), "2nd_{k}");
        assertClose(21, ExprParser.parseExpression("hdv", vars).eval(at), "hdv = h·dv");
        assertClose(21, ExprParser.parseExpression("dvh", vars).eval(at), "dvh = dv·h");
        assertClose(10, ExprParser.parseExpression("d d_k", vars).eval(at), "d d_k");
    }

    @Test
    void aRunIsSplitWithBacktrackingWhenTheLongestFirstNameLeadsNowhere()
            throws ExprParseException {
        // ab, a, bc: "abc" cannot be ab·c, so it is a·bc = 3·5
        List<String> vars = List.of("ab", "a", "bc");
        assertClose(15, ExprParser.parseExpression("abc", vars)
                .eval(Map.of("ab", 2.0, "a", 3.0, "bc", 5.0)), "abc");
    }

    @Test
    void variablesComeBeforeConstantsAndFunctionNames() throws ExprParseException {
        // with variables p and i, "pi" is p·i; with only r, "pir" is π·r
        assertClose(6, ExprParser.parseExpression("pi", List.of("p", "i"))
                .eval(Map.of("p", 2.0, "i", 3.0)), "pi as p·i");
        assertClose(2 * Math.PI, ExprParser.parseExpression("pir", List.of("r"))
                .eval(Map.of("r", 2.0)), "pir as π·r");
        // e as a variable: 2e-1 is 2·e − 1, not 0.2
        assertClose(5, ExprParser.parseExpression("2e-1", List.of("e"))
                .eval(Map.of("e", 3.0)), "2e-1 with variable e");
        assertClose(0.2, ExprParser.parseExpression("2e-1", List.of("x"))
                .eval(Map.of("x", 3.0)), "2e-1 in scientific notation");
    }

    @Test
    void greekLetterCommandsNameGreekVariables() throws ExprParseException {
        assertClose(6, ExprParser.parseExpression("2\\lambda", List.of("lambda"))
                .eval(Map.of("lambda", 3.0)), "2\\lambda");
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            h2          | 1 | a number cannot follow the name 'h' directly: write h*2 or h^2
            4hd2        | 3 | write hd*2 or hd^2
            2 3         | 2 | expected an operator (write * to multiply) but found '3'
            h 2         | 2 | expected an operator (write * to multiply) but found '2'
            2*          | 2 | expected a number, a variable or '(' but found end of input
            h + * d     | 4 | expected a number, a variable or '(' but found '*'
            (h+d        | 4 | expected ')' to close the '(' at position 0 but found end of input
            \\frac{h}{  | 9 | expected a number, a variable or '(' but found end of input
            4hdq        | 3 | unknown name 'q': the variables are h, d, D, N, r
            x           | 0 | unknown name 'x': the variables are h, d, D, N, r
            h)          | 1 | expected an operator or end of input but found ')'
            h_{}        | 2 | expected a subscript such as _k or _{k}
            h # d       | 2 | but found '#'
            \\alpha     | 0 | unknown name '\\alpha'
            """)
    void typosSayWhereAndWhy(String typed, int position, String fragments) {
        assertParseError(position, fragments, () -> ExprParser.parseExpression(typed, VARS));
    }
}
