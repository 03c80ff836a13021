package org.deepdrill.expr;

import org.deepdrill.expr.Expr.Binary;
import org.deepdrill.expr.Expr.Op;

/**
 * Writes an {@link Expr} back as text, in LaTeX or plain notation, with only the parentheses
 * its shape needs: a child is wrapped when it binds more loosely than its place requires, or
 * when it would start with a minus right after an operator ({@code a - (-b)}). The output
 * parses back to the same tree.
 */
final class Printer {

    // how tightly a printed form binds, loosest first (the grammar's rules)
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private final boolean latex;

    Printer(boolean latex) {
        this.latex = latex;
    }

    String print(Expr e) {
        if (e instanceof Expr.Num n) {
            return number(n.value());
        }
        if (e instanceof Expr.Var v) {
            return latex ? latexName(v.name()) : v.name();
        }
        if (e instanceof Expr.Const c) {
            return latex && c.name().equals("pi") ? "\\pi" : c.name();
        }
        if (e instanceof Expr.Neg n) {
            return "-" + child(n.operand(), POWER, true);
        }
        if (e instanceof Expr.Call c) {
            if (!latex) {
                return c.fn() + "(" + print(c.arg()) + ")";
            }
            return c.fn().equals("sqrt") ? "\\sqrt{" + print(c.arg()) + "}"
                    : "\\" + c.fn() + "\\left(" + print(c.arg()) + "\\right)";
        }
        Binary b = (Binary) e;
        return switch (b.op()) {
            case ADD, SUB -> child(b.left(), SUM, false) + " " + b.op().symbol() + " "
                    + child(b.right(), PRODUCT, true);
            case MUL -> product(b);
            case DIV -> latex ? "\\frac{" + print(b.left()) + "}{" + print(b.right()) + "}"
                    : child(b.left(), PRODUCT, false) + "/" + child(b.right(), POWER, true);
            case POW -> power(b);
        };
    }

    private String product(Binary b) {
        String left = child(b.left(), PRODUCT, false);
        String right = child(b.right(), POWER, true);
        if (!latex) {
            return left + "*" + right;
        }
        boolean rightWrapped = wrapped(b.right(), POWER, true);
        boolean leftWrapped = wrapped(b.left(), PRODUCT, false);
        return left + (rightWrapped || juxtaposable(leftWrapped ? null : last(b.left()),
                first(b.right())) ? " " : " \\cdot ") + right;
    }

    /**
     * Whether two factors may stand side by side in LaTeX without a \cdot misleading the
     * reader: never before a number ("2 3"), nor a number before a fraction (a mixed number),
     * nor next to a name of several letters (dv h could be d·v·h).
     */
    private static boolean juxtaposable(Expr leftEnd, Expr rightStart) {
        if (rightStart instanceof Expr.Num) {
            return false;
        }
        if (rightStart instanceof Binary b && b.op() == Op.DIV && leftEnd instanceof Expr.Num) {
            return false;
        }
        return !(isLongName(leftEnd) || isLongName(rightStart));
    }

    private static boolean isLongName(Expr e) {
        if (!(e instanceof Expr.Var v)) {
            return false;
        }
        String base = v.name().contains("_") ? v.name().substring(0, v.name().indexOf('_'))
                : v.name();
        return base.length() > 1 && !base.startsWith("\\") && !Lexer.GREEK.contains(base);
    }

    /** The factor printed first in e (in LaTeX, where a fraction counts as one factor). */
    private static Expr first(Expr e) {
        if (e instanceof Binary b && (b.op() == Op.MUL || b.op() == Op.POW)) {
            return first(b.left());
        }
        return e;
    }

    /** The factor printed last in e, or null when it ends closed (an exponent, a bracket). */
    private static Expr last(Expr e) {
        if (e instanceof Binary b && b.op() == Op.MUL) {
            return last(b.right());
        }
        if (e instanceof Expr.Neg n) {
            return last(n.operand());
        }
        return e instanceof Binary b && b.op() == Op.POW ? null : e;
    }

    private String power(Binary b) {
        boolean fractionBase = latex && b.left() instanceof Binary f && f.op() == Op.DIV;
        String base = fractionBase ? "\\left(" + print(b.left()) + "\\right)"
                : child(b.left(), ATOM, true);
        if (latex) {
            return base + "^{" + print(b.right()) + "}";
        }
        return base + "^" + child(b.right(), ATOM, true);
    }

    private String child(Expr e, int minimum, boolean noLeadingMinus) {
        String text = print(e);
        if (!wrapped(e, minimum, noLeadingMinus)) {
            return text;
        }
        return latex ? "\\left(" + text + "\\right)" : "(" + text + ")";
    }

    private boolean wrapped(Expr e, int minimum, boolean noLeadingMinus) {
        return level(e) < minimum || (noLeadingMinus && startsWithMinus(e));
    }

    private int level(Expr e) {
        if (e instanceof Expr.Num n) {
            double v = n.value();
            if (v < 0 || (v == 0 && 1 / v < 0)) {
                return NumberText.plain(v) == null ? PRODUCT : UNARY;
            }
            return NumberText.plain(v) == null && Double.isFinite(v) ? PRODUCT : ATOM;
        }
        if (e instanceof Expr.Neg) {
            return UNARY;
        }
        if (e instanceof Binary b) {
            return switch (b.op()) {
                case ADD, SUB -> SUM;
                case MUL -> PRODUCT;
                case DIV -> latex ? ATOM : PRODUCT;
                case POW -> POWER;
            };
        }
        return ATOM;
    }

    private boolean startsWithMinus(Expr e) {
        if (e instanceof Expr.Neg) {
            return true;
        }
        if (e instanceof Expr.Num n) {
            return n.value() < 0 || (n.value() == 0 && 1 / n.value() < 0);
        }
        if (e instanceof Binary b && b.op() != Op.POW && !(latex && b.op() == Op.DIV)) {
            return !wrapped(b.left(), b.op() == Op.ADD || b.op() == Op.SUB ? SUM : PRODUCT, false)
                    && startsWithMinus(b.left());
        }
        return false;
    }

    private String number(double v) {
        if (Double.isNaN(v)) {
            return latex ? "\\mathrm{NaN}" : "NaN";
        }
        if (Double.isInfinite(v)) {
            return (v < 0 ? "-" : "") + (latex ? "\\infty" : "inf");
        }
        String plain = NumberText.plain(v);
        if (plain != null) {
            return plain.equals("0") && 1 / v < 0 ? "-0" : plain;
        }
        String[] parts = NumberText.scientific(v);
        return latex ? parts[0] + " \\times 10^{" + parts[1] + "}"
                : parts[0] + "*10^(" + parts[1] + ")";
    }

    private static String latexName(String name) {
        int underscore = name.indexOf('_');
        String base = underscore < 0 ? name : name.substring(0, underscore);
        String texBase = Lexer.GREEK.contains(base) ? "\\" + base : base;
        return underscore < 0 ? texBase : texBase + "_{" + name.substring(underscore + 1) + "}";
    }
}
