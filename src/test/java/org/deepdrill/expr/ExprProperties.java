package org.deepdrill.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.deepdrill.expr.Expr.Binary;
import org.deepdrill.expr.Expr.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random properties of the parser and the writers (plain JUnit, no jqwik). */
class ExprProperties {

    private static final List<String> VARS = List.of("x", "y", "D", "d", "d_k", "dv");
    private static final double[] NUMBERS = {0, 1, 2, 3, 7, 12, 0.5, 0.125, 2.25, 3.75};
    private static final int CASES = 400;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void latexPreviewParsesBackToTheSameTreeAndValue(long seed) {
        roundTrip(seed, LatexWriter::toLatex);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void plainPrintingParsesBackToTheSameTreeAndValue(long seed) {
        roundTrip(seed, PlainWriter::toPlain);
    }

    private static void roundTrip(long seed, Function<Expr, String> writer) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            Expr e = randomExpr(random, 1 + random.nextInt(5));
            String text = writer.apply(e);
            Expr back;
            try {
                back = ExprParser.parseExpression(text, VARS);
            } catch (ExprParseException ex) {
                throw new AssertionError(text + " (from " + e + ") does not parse: " + ex.getMessage());
            }
            assertEquals(e, back, text);
            Map<String, Double> point = randomPoint(random);
            double expected = e.eval(point);
            double actual = back.eval(point);
            assertTrue(Double.compare(expected, actual) == 0 || Equivalence.agree(expected, actual),
                    text + " at " + point);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void garbageNeverEscapesAsAnythingButAParseError(long seed) {
        String[] pieces = {"0", "1", "2", "9", ".", ",", "+", "-", "−", "*", "**", "/", "^", "(",
            ")", "[", "]", "{", "}", " ", "\n", "&", ";", "\\\\", "\\frac", "\\sqrt", "\\left(",
            "\\right)", "\\begin{bmatrix}", "\\end{bmatrix}", "\\cdot", "x", "d", "D", "d_", "_{",
            "e", "e-", "pi", "sqrt", "sin", "√", "²", "×", "π", "\\", "\\pi", "$", "#", "ñ"};
        Random random = new Random(seed);
        for (int i = 0; i < 3000; i++) {
            StringBuilder typed = new StringBuilder();
            int n = 1 + random.nextInt(20);
            for (int k = 0; k < n; k++) {
                typed.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = typed.toString();
            try {
                ExprParser.parseExpression(text, List.of("x", "d", "D"));
            } catch (ExprParseException expected) {
                assertTrue(expected.position() >= 0 && expected.position() <= text.length(), text);
            } catch (RuntimeException | StackOverflowError e) {
                fail("parseExpression(" + text + ") threw " + e);
            }
            for (Reader reader : List.<Reader>of(ExprParser::parseNumber, ExprParser::parseVector,
                    ExprParser::parseMatrix)) {
                try {
                    reader.read(text);
                } catch (ExprParseException expected) {
                    assertTrue(expected.position() >= 0 && expected.position() <= text.length(), text);
                } catch (RuntimeException | StackOverflowError e) {
                    fail("reading " + text + " threw " + e);
                }
            }
        }
    }

    @FunctionalInterface
    private interface Reader {
        Object read(String text) throws ExprParseException;
    }

    private static Map<String, Double> randomPoint(Random random) {
        Map<String, Double> point = new LinkedHashMap<>();
        for (String v : VARS) {
            point.put(v, 0.5 + 4.5 * random.nextDouble());
        }
        return point;
    }

    private static Expr randomExpr(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return switch (random.nextInt(5)) {
                case 0, 1 -> new Expr.Num(NUMBERS[random.nextInt(NUMBERS.length)]);
                case 2 -> new Expr.Const(random.nextBoolean() ? "pi" : "e");
                default -> new Expr.Var(VARS.get(random.nextInt(VARS.size())));
            };
        }
        int kind = random.nextInt(9);
        if (kind == 0) {
            return new Expr.Neg(randomExpr(random, depth - 1));
        }
        if (kind == 1) {
            List<String> fns = Expr.Call.FUNCTIONS;
            return new Expr.Call(fns.get(random.nextInt(fns.size())), randomExpr(random, depth - 1));
        }
        Op op = Op.values()[random.nextInt(Op.values().length)];
        Expr left = randomExpr(random, depth - 1);
        Expr right = op == Op.POW ? randomExpr(random, Math.min(depth - 1, 1))
                : randomExpr(random, depth - 1);
        return new Binary(op, left, right);
    }
}
