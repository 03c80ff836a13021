package org.deepdrill.expr;

/**
 * Writes an expression in plain calculator notation ({@code 4*h*d*D}, {@code (a + b)^2},
 * {@code sqrt(x)/2}), for feedback text and logs; it parses back to the same tree.
 */
public final class PlainWriter {

    private static final Printer PRINTER = new Printer(false);

    private PlainWriter() {
    }

    public static String toPlain(Expr e) {
        return PRINTER.print(e);
    }
}
