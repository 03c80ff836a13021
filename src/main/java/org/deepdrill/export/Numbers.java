package org.deepdrill.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.deepdrill.compute.Tensor;
import org.deepdrill.compute.TensorLatex;
import org.deepdrill.grade.Tolerance;

/**
 * Numbers as the export writes them: answers and tolerances in plain decimal (Moodle's number
 * reader takes no fractions; 12 significant digits keep a key well inside its tolerance), and
 * the values of worked solutions as LaTeX, compact as in the app (up to 4 significant digits).
 */
final class Numbers {
    private static final MathContext ANSWER = new MathContext(12, RoundingMode.HALF_EVEN);

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

    /** A worked step's value as LaTeX, written as the app writes it ({@link TensorLatex}). */
    static String latex(Tensor t) {
        return TensorLatex.tensor(t);
    }
}
