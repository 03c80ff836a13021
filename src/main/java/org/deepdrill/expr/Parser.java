package org.deepdrill.expr;

import java.util.List;
import java.util.Set;
import org.deepdrill.expr.Expr.Binary;
import org.deepdrill.expr.Expr.Op;
import org.deepdrill.expr.Token.Kind;

/**
 * The recursive-descent parser over {@link Lexer} tokens; the grammar (EBNF) is in
 * {@link ExprParser}'s Javadoc, one method per rule. Nesting is counted so deep input is
 * refused with a message instead of overflowing the stack.
 */
final class Parser {

    /** Deepest nesting of groups, signs, exponents and function arguments that is read. */
    static final int MAX_DEPTH = 200;

    /** What is being read decides the wording of errors and where an entry ends. */
    enum Mode {
        /** An expression in variables. */
        EXPRESSION,
        /** A lone number: no variables. */
        NUMBER,
        /**
         * One entry of a vector or matrix: no variables, and at the entry's top level a space
         * before a factor or before a sign glued to what follows ({@code 1 -2}) ends the entry.
         */
        ENTRY
    }

    private static final Set<Kind> STARTS_FACTOR = Set.of(Kind.NUMBER, Kind.VAR, Kind.CONST,
            Kind.FUNC, Kind.SQRT, Kind.FRAC, Kind.LPAREN, Kind.LBRACE, Kind.LBRACKET);

    private final String source;
    private final List<Token> tokens;
    private final boolean hasVariables;
    private Mode mode;
    private int next;
    private int depth;
    /** Groups open inside the current entry: entry boundaries only count outside them. */
    private int groupDepth;

    Parser(String source, List<Token> tokens, Mode mode, boolean hasVariables) {
        this.source = source;
        this.tokens = tokens;
        this.mode = mode;
        this.hasVariables = hasVariables;
    }

    /** A whole text: expression, then end of input. */
    Expr parseAll() throws ExprParseException {
        Expr e = sum();
        if (mode == Mode.NUMBER && peek().is(Kind.COMMA)) {
            throw expected("a single number (a decimal comma is read only as in 0,8)", peek());
        }
        if (!peek().is(Kind.EOF)) {
            throw expected("an operator or end of input", peek());
        }
        return e;
    }

    /** One vector/matrix entry starting at the current token; stops at the entry's end. */
    Expr parseEntry() throws ExprParseException {
        mode = Mode.ENTRY;
        groupDepth = 0;
        return sum();
    }

    Token peek() {
        return tokens.get(next);
    }

    Token peekAfter() {
        return tokens.get(Math.min(next + 1, tokens.size() - 1));
    }

    Token advance() {
        Token t = tokens.get(next);
        if (!t.is(Kind.EOF)) {
            next++;
        }
        return t;
    }

    List<Token> tokens() {
        return tokens;
    }

    ExprParseException expected(String what, Token found) {
        return ExprParseException.expected(found.start(), what, found.describe(source));
    }

    // sum = product { ("+" | "-") product }
    private Expr sum() throws ExprParseException {
        Expr left = product();
        while ((peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) && !endsEntry(peek())) {
            Op op = advance().is(Kind.PLUS) ? Op.ADD : Op.SUB;
            left = new Binary(op, left, product());
        }
        return left;
    }

    // product = unary { ("*" | "/") unary | implicit-factor }, implicit-factor = power
    private Expr product() throws ExprParseException {
        Expr left = unary();
        while (true) {
            Token t = peek();
            if (endsEntry(t)) {
                return left;
            }
            if (t.is(Kind.TIMES) || t.is(Kind.DIVIDE)) {
                advance();
                left = new Binary(t.is(Kind.TIMES) ? Op.MUL : Op.DIV, left, unary());
            } else if (STARTS_FACTOR.contains(t.kind())) {
                if (t.is(Kind.NUMBER)) {
                    // "2 3", "x 2", "(a)2": too easy to misread, so an operator is required
                    throw expected("an operator (write * to multiply)", t);
                }
                left = new Binary(Op.MUL, left, power());
            } else {
                return left;
            }
        }
    }

    // unary = ("+" | "-") unary | power        so -x^2 is -(x^2)
    private Expr unary() throws ExprParseException {
        Token t = peek();
        if (t.is(Kind.PLUS) || t.is(Kind.MINUS)) {
            enter(t);
            advance();
            Expr operand = unary();
            depth--;
            return t.is(Kind.MINUS) ? new Expr.Neg(operand) : operand;
        }
        return power();
    }

    // power = atom [ ("^" | "**") exponent | "²" | "³" ]
    private Expr power() throws ExprParseException {
        Expr base = atom();
        Token t = peek();
        if (t.is(Kind.SUPERSCRIPT)) {
            advance();
            return new Binary(Op.POW, base, new Expr.Num(t.value()));
        }
        if (t.is(Kind.POWER)) {
            advance();
            enter(t);
            Expr exponent = exponent();
            depth--;
            return new Binary(Op.POW, base, exponent);
        }
        return base;
    }

    // exponent = ("+" | "-") exponent | power       right-associative: 2^3^2 = 2^9
    private Expr exponent() throws ExprParseException {
        Token t = peek();
        if (t.is(Kind.PLUS) || t.is(Kind.MINUS)) {
            enter(t);
            advance();
            Expr operand = exponent();
            depth--;
            return t.is(Kind.MINUS) ? new Expr.Neg(operand) : operand;
        }
        return power();
    }

    // atom = number | variable | constant | group | call | sqrt | frac
    private Expr atom() throws ExprParseException {
        Token t = peek();
        return switch (t.kind()) {
            case NUMBER -> new Expr.Num(advance().value());
            case VAR -> new Expr.Var(advance().text());
            case CONST -> new Expr.Const(advance().text());
            case LPAREN, LBRACE, LBRACKET -> group();
            case FUNC -> call();
            case SQRT -> sqrt();
            case FRAC -> frac();
            default -> throw expected(hasVariables && mode == Mode.EXPRESSION
                    ? "a number, a variable or '('" : "a number or '('", t);
        };
    }

    // group = "(" sum ")" | "{" sum "}" | "[" sum "]"      (\left( … \right) lexes as ( … ))
    private Expr group() throws ExprParseException {
        Token open = advance();
        enter(open);
        groupDepth++;
        Expr inside = sum();
        Kind closeKind = open.is(Kind.LPAREN) ? Kind.RPAREN
                : open.is(Kind.LBRACE) ? Kind.RBRACE : Kind.RBRACKET;
        if (!peek().is(closeKind)) {
            String close = closeKind == Kind.RPAREN ? ")" : closeKind == Kind.RBRACE ? "}" : "]";
            throw expected("'" + close + "' to close the '" + open.describe(source).replace("'", "")
                    + "' at position " + open.start(), peek());
        }
        advance();
        groupDepth--;
        depth--;
        return inside;
    }

    // call = function [ ("^" | "**") exponent ] ( group | ["-"] power )
    //        so sin(x)^2 and \sin^2 x are (sin x)^2, while sin x^2 is sin(x^2)
    private Expr call() throws ExprParseException {
        Token fn = advance();
        enter(fn);
        Token power = peek();
        Expr exponent = null;
        if (power.is(Kind.POWER) || power.is(Kind.SUPERSCRIPT)) {
            advance();
            exponent = power.is(Kind.SUPERSCRIPT) ? new Expr.Num(power.value()) : exponent();
        }
        Expr result;
        Token t = peek();
        if (t.is(Kind.LPAREN) || t.is(Kind.LBRACE) || t.is(Kind.LBRACKET)) {
            result = new Expr.Call(fn.text(), group());   // power() then reads a following ^
        } else if (t.is(Kind.MINUS)) {
            advance();
            result = new Expr.Call(fn.text(), new Expr.Neg(power()));
        } else {
            result = new Expr.Call(fn.text(), power());
        }
        depth--;
        return exponent == null ? result : new Binary(Op.POW, result, exponent);
    }

    // sqrt = "\sqrt" [ "[" sum "]" ] atom       \sqrt[n]{x} is x^(1/n)
    private Expr sqrt() throws ExprParseException {
        Token root = advance();
        enter(root);
        Expr index = null;
        if (peek().is(Kind.LBRACKET) && root.text().equals("sqrt")) {
            index = group();
        }
        Expr radicand = atom();
        depth--;
        return index == null ? new Expr.Call("sqrt", radicand)
                : new Binary(Op.POW, radicand, new Binary(Op.DIV, new Expr.Num(1), index));
    }

    // frac = ("\frac" | "\tfrac" | "\dfrac") atom atom
    private Expr frac() throws ExprParseException {
        Token frac = advance();
        enter(frac);
        Expr numerator = atom();
        Expr denominator = atom();
        depth--;
        return new Binary(Op.DIV, numerator, denominator);
    }

    /** Entries end at a space before a new factor or before a sign glued to its number. */
    private boolean endsEntry(Token t) {
        if (mode != Mode.ENTRY || groupDepth > 0) {
            return false;
        }
        if (t.newlineBefore()) {
            return true;
        }
        if (t.is(Kind.PLUS) || t.is(Kind.MINUS)) {
            return t.spaceBefore() && !peekAfter().spaceBefore();
        }
        return t.spaceBefore() && STARTS_FACTOR.contains(t.kind());
    }

    private void enter(Token at) throws ExprParseException {
        if (++depth > MAX_DEPTH) {
            throw ExprParseException.problem(at.start(), "at most " + MAX_DEPTH + " levels of nesting",
                    "the expression is nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
    }
}
