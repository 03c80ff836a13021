package org.deepdrill.expr;

/**
 * Typesets an expression for the live preview: {@code \frac{}{}} for division, {@code \sqrt{}},
 * juxtaposition for products ({@code 4 h d D}) except where it would mislead, then
 * {@code \cdot} ({@code 2 \cdot 3}, {@code 2 \cdot \frac{1}{2}}, next to a name of several
 * letters), and only the parentheses the tree's shape needs. The result parses back to the
 * same tree with {@link ExprParser#parseExpression}.
 */
public final class LatexWriter {

    private static final Printer PRINTER = new Printer(true);

    private LatexWriter() {
    }

    public static String toLatex(Expr e) {
        return PRINTER.print(e);
    }
}
