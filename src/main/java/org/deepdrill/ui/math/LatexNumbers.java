package org.deepdrill.ui.math;

import java.util.Optional;
import org.deepdrill.compute.Tensor;
import org.deepdrill.compute.TensorLatex;
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

    private LatexNumbers() {
    }

    static String number(double v) {
        return TensorLatex.number(v);
    }

    static String matrix(double[][] m) {
        return TensorLatex.matrix(m);
    }

    static String vector(double[] v) {
        return TensorLatex.vector(v);
    }

    static String tensor(Tensor t) {
        return TensorLatex.tensor(t);
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
