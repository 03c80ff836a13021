package org.deepdrill.grade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;
import org.deepdrill.expr.ExprParseException;
import org.deepdrill.expr.ExprParser;

/** Checks a typed number against a key within a {@link Tolerance}. */
public final class NumberChecker {
    /** A plain decimal as typed, whose significant figures can be counted. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(?:[.,]\\d*)?|[.,]\\d+)");

    private NumberChecker() {
    }

    public static Verdict check(double key, String typed, Tolerance tol, double points) {
        double answer;
        try {
            answer = ExprParser.parseNumber(typed);
        } catch (ExprParseException e) {
            return Verdict.invalid(points, "Could not read this as a number: " + e.getMessage() + ".", e.position());
        }
        if (tol.accepts(key, answer)) {
            return Verdict.right(points, "");
        }
        String trimmed = typed.strip();
        if (DECIMAL.matcher(trimmed).matches()) {
            int figures = significantFigures(trimmed);
            if (figures > 0 && key != 0 && roundsTo(key, figures, answer)) {
                return Verdict.wrong(points, "Right to the " + figures + " significant figure" + (figures == 1 ? "" : "s")
                        + " you gave, but not precise enough: give more significant figures (within "
                        + relative(tol) + ").");
            }
        }
        if (key != 0 && tol.accepts(-key, answer)) {
            return Verdict.wrong(points, "The magnitude is right but the sign is wrong.");
        }
        return Verdict.wrong(points, "");
    }

    static String relative(Tolerance tol) {
        return "a relative error of " + BigDecimal.valueOf(tol.rtol()).stripTrailingZeros().toPlainString();
    }

    /** Significant figures of a plain decimal: leading zeros do not count, trailing ones do. */
    static int significantFigures(String decimal) {
        String digits = decimal.replaceAll("[^0-9.,]", "");
        boolean hasPoint = digits.contains(".") || digits.contains(",");
        String d = digits.replace(".", "").replace(",", "");
        d = d.replaceFirst("^0+", "");
        if (!hasPoint) {
            d = d.replaceFirst("0+$", "");
        }
        return d.length();
    }

    private static boolean roundsTo(double key, int figures, double answer) {
        BigDecimal rounded = new BigDecimal(key).round(new MathContext(figures));
        return rounded.doubleValue() == answer
                || Math.abs(rounded.doubleValue() - answer) <= Math.ulp(answer) * 4;
    }
}
