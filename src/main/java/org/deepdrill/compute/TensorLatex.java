package org.deepdrill.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Tensors written as LaTeX, as worked solutions show them: in the app's worked steps and in an
 * export's general feedback alike, so both read the same numbers the same way. {@code
 * {{1, 0.5}, {-2, 1/3}}} is {@code \begin{bmatrix}1 & 0.5 \\ -2 & 0.3333\end{bmatrix}}; −∞ is
 * {@code -\infty}, NaN {@code \text{—}}.
 */
public final class TensorLatex {
    private static final MathContext FOUR = new MathContext(4, RoundingMode.HALF_EVEN);

    private TensorLatex() {
    }

    /** A number: integers as such, else 4 significant digits (more for large numbers), tiny ones as × 10^k. */
    public static String number(double v) {
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

    /** A matrix as a {@code bmatrix}, rows separated by {@code \\\\}, entries by {@code &}. */
    public static String matrix(double[][] m) {
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
    public static String vector(double[] v) {
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
    public static String tensor(Tensor t) {
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
}
