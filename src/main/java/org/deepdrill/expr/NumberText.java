package org.deepdrill.expr;

import java.math.BigDecimal;

/** How the writers spell a number so that the parser reads it back to the same value. */
final class NumberText {

    private NumberText() {
    }

    /** A number's digits without exponent, or null when it needs a power of ten. */
    static String plain(double v) {
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            return Long.toString((long) v);
        }
        if (a >= 1e-4 && a < 1e15) {
            return new BigDecimal(Double.toString(v)).toPlainString();
        }
        return null;
    }

    /** Mantissa and exponent of a number written as m × 10^k (Double.toString's digits). */
    static String[] scientific(double v) {
        String s = Double.toString(v);   // e.g. 1.0E-5
        int e = s.indexOf('E');
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return new String[] {mantissa, s.substring(e + 1)};
    }
}
