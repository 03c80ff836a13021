package org.deepdrill.ui.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.deepdrill.compute.Tensor;
import org.deepdrill.grade.Key;

/**
 * LaTeX for the numbers of worked solutions: compact numbers, {@code bmatrix} vectors and
 * matrices, and a whole tensor. Plain strings, usable from any thread.
 *
 * <p>A number is written as an integer when it is one ({@code 2}, not {@code 2.0}); otherwise
 * with up to 4 significant digits and no trailing zeros ({@code 0.3333}, {@code 0.5}), but never
 * rounding away integer digits ({@code 12345.67} → {@code 12346}); magnitudes under
 * 10<sup>−4</sup> in scientific form ({@code 1.235 \times 10^{-7}}). −∞ is {@code -\infty}, NaN
 * {@code \text{—}} (an entry with no value).
 */
final class LatexNumbers {
    private static final MathContext FOUR = new MathContext(4, RoundingMode.HALF_EVEN);

    private LatexNumbers() {
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "\\text{—}";
        }
        if (Double.isInfinite(v)) {
            return v < 0 ? "-\\infty" : "\\infty";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a < 1e-4) {
            BigDecimal d = new BigDecimal(v).round(FOUR);
            int exponent = d.precision() - d.scale() - 1;
            String mantissa = d.movePointRight(-exponent).stripTrailingZeros().toPlainString();
            return mantissa + " \\times 10^{" + exponent + "}";
        }
        int integerDigits = a < 1 ? 0 : (int) Math.floor(Math.log10(a)) + 1;
        MathContext mc = new MathContext(Math.max(4, integerDigits), RoundingMode.HALF_EVEN);
        String s = new BigDecimal(v).round(mc).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String matrix(double[][] m) {
        StringBuilder sb = new StringBuilder("\\begin{bmatrix}");
        for (int i = 0; i < m.length; i++) {
            if (i > 0) {
                sb.append(" \\\\ ");
            }
            row(sb, m[i]);
        }
        return sb.append("\\end{bmatrix}").toString();
    }

    /** A row vector, as sheets write intermediate vectors. */
    static String vector(double[] v) {
        return row(new StringBuilder("\\begin{bmatrix}"), v).append("\\end{bmatrix}").toString();
    }

    private static StringBuilder row(StringBuilder sb, double[] row) {
        for (int j = 0; j < row.length; j++) {
            if (j > 0) {
                sb.append(" & ");
            }
            sb.append(number(row[j]));
        }
        return sb;
    }

    /**
     * A tensor: rank 0 a number, 1 a row vector, 2 a matrix, 3 a row of matrices subscripted
     * {@code [0]}, {@code [1]}, …; higher ranks only by shape (no exam step shows one).
     */
    static String tensor(Tensor t) {
        int[] shape = t.shape();
        double[] data = t.data();
        switch (t.rank()) {
            case 0:
                return number(data[0]);
            case 1:
                return vector(data);
            case 2:
                return matrix(t.toRows());
            case 3: {
                StringBuilder sb = new StringBuilder();
                int rows = shape[1];
                int cols = shape[2];
                for (int k = 0; k < shape[0]; k++) {
                    double[][] m = new double[rows][cols];
                    for (int i = 0; i < rows; i++) {
                        System.arraycopy(data, (k * rows + i) * cols, m[i], 0, cols);
                    }
                    sb.append(k > 0 ? " \\quad " : "").append(matrix(m)).append("_{[").append(k).append("]}");
                }
                return sb.toString();
            }
            default:
                return "\\text{tensor of shape } " + t.shapeText().replace("×", " \\times ");
        }
    }

    /**
     * A key's value as a student reads it in a worked solution: a number, vector or matrix written as
     * {@link #tensor} writes it. Any other key (an option, a shape, an expression) is empty: it
     * is shown as typed.
     */
    static Optional<String> key(Key key) {
        if (key instanceof Key.Number n) {
            return Optional.of(number(n.value()));
        }
        if (key instanceof Key.Vector v) {
            return Optional.of(tensor(v.value()));
        }
        return key instanceof Key.Matrix m ? Optional.of(tensor(m.value())) : Optional.empty();
    }

    /** A mistake's value as {@link #key} writes a key's; an expression is empty. */
    static Optional<String> value(Object value) {
        if (value instanceof Double d) {
            return Optional.of(number(d));
        }
        return value instanceof Tensor t && t.rank() <= 2 ? Optional.of(tensor(t)) : Optional.empty();
    }

    /**
     * A step's label as LaTeX: labels that already use LaTeX ({@code \}, {@code ^}, {@code _},
     * braces) or are a bare symbol ({@code A}, {@code h2}, {@code n'}) are kept; prose such as
     * "standard deviation" is set upright with {@code \text}.
     */
    static String label(String label) {
        if (label == null || label.isBlank()) {
            return "";
        }
        String l = label.strip();
        // math: LaTeX syntax, a single symbol, or a formula such as "L = D - A" (no word of 3+ letters)
        if (l.matches(".*[\\\\^_{}].*") || l.matches("[A-Za-z][0-9']*")
                || (l.matches(".*[=+*/()-].*") && !l.matches(".*[A-Za-z]{3,}.*"))) {
            return l;
        }
        return "\\text{" + l.replace("\\", "").replace("{", "").replace("}", "")
                .replace("$", "\\$").replace("%", "\\%").replace("&", "\\&").replace("#", "\\#") + "}";
    }
}
