package org.deepdrill.expr;

import java.util.Map;

/**
 * An arithmetic expression read from what a student typed, as a small immutable tree.
 *
 * <p>Every notation the parser accepts (plain, Python-style, LaTeX, implicit products) comes
 * down to these six nodes, so grading, equivalence and the typeset preview never see syntax.
 * Grouping parentheses leave no node: the tree's shape is the grouping.
 */
public sealed interface Expr
        permits Expr.Num, Expr.Var, Expr.Const, Expr.Neg, Expr.Binary, Expr.Call {

    /**
     * The value of the expression with each variable replaced by its value in {@code env}.
     * Follows IEEE arithmetic: a division by zero gives ±Infinity and a square root of a
     * negative number gives NaN; callers decide what an undefined value means.
     *
     * @throws IllegalArgumentException when a variable has no value in {@code env}
     */
    double eval(Map<String, Double> env);

    /** The binary operators; {@link #symbol()} is the plain-text spelling. */
    enum Op {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), POW("^");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        double apply(double a, double b) {
            return switch (this) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                case POW -> Math.pow(a, b);
            };
        }
    }

    /** A number literal as typed; a typed minus sign is a {@link Neg} around it. */
    record Num(double value) implements Expr {
        @Override
        public double eval(Map<String, Double> env) {
            return value;
        }
    }

    /** A variable, by its case-sensitive name ({@code d} and {@code D} differ). */
    record Var(String name) implements Expr {
        @Override
        public double eval(Map<String, Double> env) {
            Double value = env.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for variable '" + name + "'");
            }
            return value;
        }
    }

    /** A named constant: {@code pi} (π) or {@code e} (Euler's number). */
    record Const(String name) implements Expr {
        public Const {
            if (!name.equals("pi") && !name.equals("e")) {
                throw new IllegalArgumentException("unknown constant '" + name + "'");
            }
        }

        @Override
        public double eval(Map<String, Double> env) {
            return name.equals("pi") ? Math.PI : Math.E;
        }
    }

    /** Unary minus: −operand. */
    record Neg(Expr operand) implements Expr {
        @Override
        public double eval(Map<String, Double> env) {
            return -operand.eval(env);
        }
    }

    /** left op right, for + − × ÷ and ^ (the power {@code Math.pow(left, right)}). */
    record Binary(Op op, Expr left, Expr right) implements Expr {
        @Override
        public double eval(Map<String, Double> env) {
            return op.apply(left.eval(env), right.eval(env));
        }
    }

    /**
     * A function applied to one argument. Names are {@link #FUNCTIONS}; {@code log} and
     * {@code ln} are both the natural logarithm (the usual reading in machine learning).
     */
    record Call(String fn, Expr arg) implements Expr {
        /** The function names a Call may have, as the parser spells them. */
        public static final java.util.List<String> FUNCTIONS = java.util.List.of(
                "sqrt", "exp", "ln", "log", "sin", "cos", "tan", "tanh", "sinh", "cosh");

        public Call {
            if (!FUNCTIONS.contains(fn)) {
                throw new IllegalArgumentException("unknown function '" + fn + "'");
            }
        }

        @Override
        public double eval(Map<String, Double> env) {
            double x = arg.eval(env);
            return switch (fn) {
                case "sqrt" -> Math.sqrt(x);
                case "exp" -> Math.exp(x);
                case "ln", "log" -> Math.log(x);
                case "sin" -> Math.sin(x);
                case "cos" -> Math.cos(x);
                case "tan" -> Math.tan(x);
                case "tanh" -> Math.tanh(x);
                case "sinh" -> Math.sinh(x);
                default -> Math.cosh(x);
            };
        }
    }
}
