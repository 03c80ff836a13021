package org.deepdrill.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.deepdrill.compute.Tensor;
import org.deepdrill.grade.Tolerance;

/**
 * Numbers as the export writes them: answers and tolerances in plain decimal (Moodle's number
 * reader takes no fractions; 12 significant digits keep a key well inside its tolerance), and
 * the values of worked solutions as LaTeX, compact as in the app (up to 4 significant digits).
 */
final class Numbers {
    private static final MathContext ANSWER = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final MathContext SHOWN = new MathContext(4, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /** A key or mistake value as an answer: {@code 0.8}, {@code -1}, {@code 0.333333333333}. */
    static String answer(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        String s = new BigDecimal(v).round(ANSWER).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /**
     * The absolute tolerance Moodle checks ({@code |answer − value| ≤ tolerance}) that equals our
     * {@link Tolerance}: the larger of {@code atol} and {@code rtol·|value|}.
     */
    static double tolerance(Tolerance t, double value) {
        return Math.max(t.atol(), t.rtol() * Math.abs(value));
    }

    /**
     * A tolerance as written: 6 significant digits, rounded up, so Moodle never rejects an answer
     * DeepDrill accepts (it accepts at most a millionth of the margin more).
     */
    static String toleranceText(double tol) {
        return BigDecimal.valueOf(tol).round(new MathContext(6, RoundingMode.CEILING)).stripTrailingZeros().toPlainString();
    }

    /** A worked solution's number as LaTeX: integers as such, else up to 4 significant digits. */
    static String latex(double v) {
        if (Double.isNaN(v)) {
            return "\\text{—}";
        }
        if (Double.isInfinite(v)) {
            return v < 0 ? "-\\infty" : "\\infty";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) < 1e-4) {
            BigDecimal d = new BigDecimal(v).round(SHOWN);
            int exponent = d.precision() - d.scale() - 1;
            return d.movePointRight(-exponent).stripTrailingZeros().toPlainString() + " \\times 10^{" + exponent + "}";
        }
        int integerDigits = Math.abs(v) < 1 ? 0 : (int) Math.floor(Math.log10(Math.abs(v))) + 1;
        String s = new BigDecimal(v).round(new MathContext(Math.max(4, integerDigits), RoundingMode.HALF_EVEN))
                .stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A tensor as LaTeX: a number, a row vector or a matrix as {@code bmatrix}, rank 3 as a row of matrices. */
    static String latex(Tensor t) {
        if (t.rank() == 0 || t.size() == 1 && t.rank() <= 1) {
            return latex(t.data()[0]);
        }
        if (t.rank() == 1) {
            return bmatrix(new double[][] {t.data()});
        }
        if (t.rank() == 2) {
            return bmatrix(t.toRows());
        }
        if (t.rank() == 3) {
            int[] s = t.shape();
            StringBuilder sb = new StringBuilder();
            double[] d = t.data();
            for (int k = 0; k < s[0]; k++) {
                double[][] m = new double[s[1]][s[2]];
                for (int i = 0; i < s[1]; i++) {
                    System.arraycopy(d, (k * s[1] + i) * s[2], m[i], 0, s[2]);
                }
                sb.append(k > 0 ? ",\\ " : "").append(bmatrix(m)).append("_{[").append(k).append("]}");
            }
            return sb.toString();
        }
        return "\\text{a tensor of shape " + t.shapeText() + "}";
    }

    private static String bmatrix(double[][] rows) {
        StringBuilder sb = new StringBuilder("\\begin{bmatrix}");
        for (int i = 0; i < rows.length; i++) {
            sb.append(i > 0 ? " \\\\ " : "");
            for (int j = 0; j < rows[i].length; j++) {
                sb.append(j > 0 ? " & " : "").append(latex(rows[i][j]));
            }
        }
        return sb.append("\\end{bmatrix}").toString();
    }
}
