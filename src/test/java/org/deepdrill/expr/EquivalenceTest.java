package org.deepdrill.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EquivalenceTest {

    private static final long SEED = 42;

    private static Equivalence compare(String key, String answer, List<String> vars)
            throws ExprParseException {
        return Equivalence.compare(ExprParser.parseExpression(key, vars),
                ExprParser.parseExpression(answer, vars), vars, SEED);
    }

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (a+b)^2                               | a^2+2ab+b^2
            sqrt(a)^2                             | a
            \\frac{a}{b}                          | a b^{-1}
            \\sqrt{a b}                           | \\sqrt{a}\\sqrt{b}
            \\ln(a b)                             | \\ln a + \\ln b
            e^{a+b}                               | \\exp(a)\\exp(b)
            \\frac{1}{a-1}                        | 1/(a-1)
            \\sqrt{a-3}                           | (a-3)^{1/2}
            \\frac{r(1 + \\frac{b}{a})}{b}         | \\frac{r(a^2 - b^2)}{ab(a - b)}
            """)
    void equalFormsAgreeAtEveryPoint(String key, String answer) throws ExprParseException {
        Equivalence verdict = compare(key, answer, List.of("a", "b", "r"));
        assertTrue(verdict.equivalent(), key + " vs " + answer);
        assertEquals(Map.of(), verdict.counterexample());
    }

    @ParameterizedTest(name = "{0} ≢ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2a                                    | 2.001a
            2a                                    | 2a + 10^{-6}
            (a+b)^2                               | a^2+b^2
            \\frac{r(1 + \\frac{b}{a})}{b}         | \\frac{r(1 + \\frac{a}{b})}{b}
            \\frac{r(1 + \\frac{b}{a})}{b}         | r^2
            \\frac{1}{a-1}                        | \\frac{1}{1-a}
            """)
    void differentFormsGiveAPointWhereTheyDisagree(String key, String answer)
            throws ExprParseException {
        List<String> vars = List.of("a", "b", "r");
        Equivalence verdict = compare(key, answer, vars);
        assertFalse(verdict.equivalent(), key + " vs " + answer);
        assertEquals(vars, List.copyOf(verdict.counterexample().keySet()));
        double k = ExprParser.parseExpression(key, vars).eval(verdict.counterexample());
        double s = ExprParser.parseExpression(answer, vars).eval(verdict.counterexample());
        assertFalse(Equivalence.agree(k, s), "they disagree at the counterexample");
    }

    @Test
    void parameterCountsOfSheet000Q10AreComparedCaseSensitively() throws ExprParseException {
        List<String> vars = List.of("h", "d", "D", "N", "r");
        assertTrue(compare("4hdD", "4 D d h", vars).equivalent());
        assertTrue(compare("3hr(D+d)", "3hrD + 3hrd", vars).equivalent());
        assertFalse(compare("4hdD", "3hdD", vars).equivalent());
        assertFalse(compare("4hdD", "4hdd", vars).equivalent(), "d and D differ");
        assertFalse(compare("3hr(D+d)", "3hr(D+d) + N", vars).equivalent());
    }

    @Test
    void pointsWhereASideIsUndefinedAreDrawnAgain() throws ExprParseException {
        // sqrt(a-3) is NaN for a < 3, i.e. on more than half of [0.5, 5]: still judged equal
        assertTrue(compare("\\sqrt{a-3}", "sqrt(a - 3)", List.of("a")).equivalent());
        // and a real difference on the defined part is still found
        assertFalse(compare("\\sqrt{a-3}", "\\sqrt{a-3} + 1", List.of("a")).equivalent());
    }

    @Test
    void noUsablePointMeansNotEquivalentWithAnEmptyCounterexample() throws ExprParseException {
        Equivalence verdict = compare("sqrt(-a)", "sqrt(-a)", List.of("a"));
        assertFalse(verdict.equivalent());
        assertEquals(Map.of(), verdict.counterexample());
    }

    @Test
    void theSameSeedGivesTheSameVerdictAndCounterexample() throws ExprParseException {
        List<String> vars = List.of("a", "b");
        Expr key = ExprParser.parseExpression("a+b", vars);
        Expr answer = ExprParser.parseExpression("a+b+ab/100", vars);
        assertEquals(Equivalence.compare(key, answer, vars, 7),
                Equivalence.compare(key, answer, vars, 7));
    }

    @Test
    void expressionsWithoutVariablesAreComparedByValue() throws ExprParseException {
        assertTrue(compare("\\frac{4}{5}", "0.8", List.of()).equivalent());
        assertFalse(compare("\\frac{4}{5}", "0.81", List.of()).equivalent());
    }

    @Test
    void overflowingValuesAreUndefinedNotEqual() throws ExprParseException {
        Equivalence verdict = compare("9^9^9^9", "9^9^9^9", List.of());
        assertFalse(verdict.equivalent());
        assertEquals(Map.of(), verdict.counterexample());
    }
}
