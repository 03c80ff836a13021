package org.deepdrill.expr;

import static org.deepdrill.expr.ExprAssertions.assertClose;
import static org.deepdrill.expr.ExprAssertions.assertParseError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input comes back as an ExprParseException, never a hang, a crash or a StackOverflowError. */
class ParserLimitsTest {

    private static final List<String> VARS = List.of("h", "d");

    @Test
    void twoThousandCharactersAreReadAndOneMoreIsRefused() throws ExprParseException {
        String longest = "1+".repeat(999) + "12";   // 2000 characters: 999 ones and 12
        assertEquals(2000, longest.length());
        assertClose(1011, ExprParser.parseNumber(longest), "2000 characters");
        assertParseError(2000, "at most 2000 characters",
                () -> ExprParser.parseNumber(longest + "3"));
    }

    @Test
    void aMegabyteOfInputIsRefusedAtEveryEntryPoint() {
        String huge = "(".repeat(1 << 20);
        assertParseError(2000, "at most 2000 characters", () -> ExprParser.parseNumber(huge));
        assertParseError(2000, "at most 2000 characters",
                () -> ExprParser.parseExpression(huge, VARS));
        assertParseError(2000, "at most 2000 characters", () -> ExprParser.parseVector(huge));
        assertParseError(2000, "at most 2000 characters", () -> ExprParser.parseMatrix(huge));
    }

    @Test
    void twoHundredNestedParenthesesAreReadAndTheTwoHundredFirstIsRefused()
            throws ExprParseException {
        assertClose(1, ExprParser.parseNumber("(".repeat(200) + "1" + ")".repeat(200)), "200 deep");
        assertParseError(200, "nested too deeply (more than 200 levels)",
                () -> ExprParser.parseNumber("(".repeat(201) + "1" + ")".repeat(201)));
    }

    @Test
    void longChainsOfSignsAndPowersAreRefusedByDepthNotByStackOverflow() {
        assertParseError(200, "nested too deeply", () -> ExprParser.parseNumber("-".repeat(1500) + "1"));
        assertParseError(401, "nested too deeply", () -> ExprParser.parseNumber("2^".repeat(900) + "2"));
        assertParseError(200, "nested too deeply",
                () -> ExprParser.parseExpression("{".repeat(1000), VARS));
        assertParseError(202, "nested too deeply",
                () -> ExprParser.parseMatrix("1 " + "(".repeat(1000)));
    }

    @Test
    void towersOfPowersParseAndOverflowToInfinity() throws ExprParseException {
        assertEquals(Double.POSITIVE_INFINITY, ExprParser.parseExpression("9^9^9^9", VARS).eval(Map.of()));
        assertParseError(0, "not a finite number", () -> ExprParser.parseNumber("9^9^9^9"));
    }

    @Test
    void aLongRunOfLettersIsSplitWithoutDeepRecursionTrouble() throws ExprParseException {
        Expr product = ExprParser.parseExpression("h".repeat(1999), VARS);
        assertClose(1, product.eval(Map.of("h", 1.0, "d", 2.0)), "h^1999 at h = 1");
        assertParseError(1998, "unknown name 'x'",
                () -> ExprParser.parseExpression("hd".repeat(999) + "x", VARS));
    }

    @Test
    void aSumOfAThousandTermsEvaluatesAndPrints() throws ExprParseException {
        Expr sum = ExprParser.parseExpression("h+".repeat(999) + "h", VARS);
        assertClose(1000, sum.eval(Map.of("h", 1.0, "d", 2.0)), "1000 h at h = 1");
        assertEquals("h + h".repeat(500).replace("hh", "h + h"), LatexWriter.toLatex(sum));
    }
}
