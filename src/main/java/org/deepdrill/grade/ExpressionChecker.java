package org.deepdrill.grade;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.deepdrill.expr.Equivalence;
import org.deepdrill.expr.Expr;
import org.deepdrill.expr.ExprParseException;
import org.deepdrill.expr.ExprParser;

/**
 * Checks a typed expression against a key expression in the same variables, by evaluating
 * both at random points ({@link Equivalence}); the seed is fixed per key so a verdict never
 * changes between two identical submissions.
 */
public final class ExpressionChecker {
    private ExpressionChecker() {
    }

    /**
     * @throws IllegalArgumentException when the key itself does not parse (a bank error, not
     *     the student's)
     */
    public static Verdict check(String key, List<String> vars, String typed, double points) {
        Expr keyExpr;
        try {
            keyExpr = ExprParser.parseExpression(key, vars);
        } catch (ExprParseException e) {
            throw new IllegalArgumentException("the key expression '" + key + "' does not parse: " + e.getMessage(), e);
        }
        Expr answer;
        try {
            answer = ExprParser.parseExpression(typed, vars);
        } catch (ExprParseException e) {
            return Verdict.invalid(points, "Could not read this expression: " + e.getMessage() + ".", e.position());
        }
        Equivalence eq = Equivalence.compare(keyExpr, answer, vars, key.hashCode());
        if (eq.equivalent()) {
            return Verdict.right(points, "");
        }
        if (eq.counterexample().isEmpty()) {
            return Verdict.wrong(points, "Not equivalent: your expression cannot be evaluated for positive values of "
                    + String.join(", ", vars) + ".");
        }
        Double factor = constantFactor(keyExpr, answer, vars);
        if (factor != null) {
            return Verdict.wrong(points, "Off by a constant factor: yours is " + format(factor) + " times the expected expression.");
        }
        return Verdict.wrong(points, "Not equivalent to the expected expression: they differ at " + point(eq.counterexample()) + ".");
    }

    /** The ratio answer/key when it is the same at several points (a missed 2 or h), else null. */
    private static Double constantFactor(Expr key, Expr answer, List<String> vars) {
        Equivalence probe = Equivalence.compare(key, key, vars, 7);
        if (!probe.equivalent()) {
            return null;
        }
        double ratio = Double.NaN;
        java.util.Random rng = new java.util.Random(11);
        for (int i = 0; i < 12; i++) {
            Map<String, Double> env = new java.util.HashMap<>();
            for (String v : vars) {
                env.put(v, 0.5 + 4 * rng.nextDouble());
            }
            double k = key.eval(env);
            double a = answer.eval(env);
            if (k == 0 || !Double.isFinite(k) || !Double.isFinite(a)) {
                return null;
            }
            double r = a / k;
            if (Double.isNaN(ratio)) {
                ratio = r;
            } else if (Math.abs(r - ratio) > 1e-9 * Math.abs(ratio)) {
                return null;
            }
        }
        return Double.isNaN(ratio) || Math.abs(ratio - 1) < 1e-9 ? null : ratio;
    }

    private static String point(Map<String, Double> at) {
        return at.entrySet().stream()
                .map(e -> e.getKey() + " = " + format(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.valueOf((long) x);
        }
        return String.format(Locale.ROOT, "%.4g", x);
    }
}
