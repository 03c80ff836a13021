package org.deepdrill.expr;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a student types: numbers, vectors, matrices and expressions in variables, in plain,
 * Python-style and LaTeX notation, into one small AST ({@link Expr}). One grammar serves all:
 *
 * <pre>
 * expression = sum ;
 * sum        = product { ( "+" | "-" ) product } ;
 * product    = unary { ( "*" | "/" ) unary | implicit } ;     (* 4hdD, 3 h r (D+d), 2(a+b) *)
 * implicit   = power ;                                        (* may not start with a number *)
 * unary      = ( "+" | "-" ) unary | power ;                  (* -x^2 = -(x^2) *)
 * power      = atom [ ( "^" | "**" ) exponent | "²" | "³" ] ;
 * exponent   = ( "+" | "-" ) exponent | power ;               (* right-assoc: 2^3^2 = 2^9 *)
 * atom       = NUMBER | VARIABLE | CONSTANT | group | call | sqrt | frac ;
 * group      = "(" sum ")" | "{" sum "}" | "[" sum "]" ;       (* \left( … \right) too *)
 * call       = FUNCTION [ ( "^" | "**" ) exponent ] ( group | [ "-" ] power ) ;
 * sqrt       = ( "\sqrt" | "√" ) [ "[" sum "]" ] atom ;       (* \sqrt[n]{x} = x^(1/n) *)
 * frac       = ( "\frac" | "\tfrac" | "\dfrac" ) atom atom ;  (* \frac12 = 1/2 as in LaTeX *)
 *
 * NUMBER     = digits [ "." digits ] [ ("e"|"E") ["+"|"-"] digits ] | "." digits ;
 * "*"        = "*" | "\cdot" | "\times" | "×" | "·" ;   "/" = "/" | "÷" ;   "-" = "-" | "−" ;
 * FUNCTION   = sqrt | exp | ln | log | sin | cos | tan | tanh | sinh | cosh  (with or without \) ;
 * CONSTANT   = "pi" | "\pi" | "π" | "e" (only when e is not a variable) ;
 * </pre>
 *
 * Spaces, {@code \,} {@code \;} {@code \quad} are ignored. A run of letters is split into the
 * given variable names, longest first ({@code hdD} = h·d·D with variables h, d, D), case
 * sensitive; subscripts {@code d_k} and {@code d_{k}} are one name. A digit right after a name
 * ({@code x2}) and two numbers side by side ({@code 2 3}) are refused as ambiguous. In the
 * exponent of a number, {@code e} is read as such only when {@code e} is not a variable.
 *
 * Products and quotients are read left to right, so {@code D/hd} is (D/h)·d: write
 * {@code D/(hd)} for the other reading. Dollar signs around pasted LaTeX are ignored.
 *
 * <p>Bad input fails fast with an {@link ExprParseException}: more than
 * {@value #MAX_LENGTH} characters are refused before reading and nesting deeper than
 * {@value #MAX_DEPTH} levels is refused while reading.
 */
public final class ExprParser {

    /** Longest text read; longer input is refused at this position. */
    public static final int MAX_LENGTH = Lexer.MAX_LENGTH;
    /** Deepest nesting read (groups, signs, exponents, function arguments). */
    public static final int MAX_DEPTH = Parser.MAX_DEPTH;

    /** A lone number with a decimal comma: sign, digits, one comma, digits. */
    private static final Pattern DECIMAL_COMMA =
            Pattern.compile("\\s*[-+\u2212]?\\s*(\\d+)(,)(\\d+)\\s*");
    /** Digits grouped by thousands commas: 1,000 or 12,500,000. */
    private static final Pattern THOUSANDS = Pattern.compile("\\s*[-+\u2212]?\\s*\\d{1,3}(,\\d{3})+\\s*");

    private ExprParser() {
    }

    /**
     * An expression in the variables {@code vars} (case-sensitive names, possibly several
     * letters such as {@code d_k} or {@code dv}).
     */
    public static Expr parseExpression(String text, List<String> vars) throws ExprParseException {
        NameSplitter names = new NameSplitter(vars);
        List<Token> tokens = Lexer.lex(text, names);
        return new Parser(text, tokens, Parser.Mode.EXPRESSION, !names.variables().isEmpty())
                .parseAll();
    }

    /**
     * A lone number in any notation ({@code 0.8}, {@code 4/5}, {@code 8e-1},
     * {@code \frac{4}{5}}, {@code -\tfrac{1}{8}}, {@code \sqrt{2}/2}, {@code 2^{-3}}), or with a
     * decimal comma ({@code 0,8}); {@code 1,000} is refused as a possible thousands separator.
     * The value must be finite.
     */
    public static double parseNumber(String text) throws ExprParseException {
        if (text.length() <= Lexer.MAX_LENGTH) {
            text = withDecimalPoint(text);
        }
        List<Token> tokens = Lexer.lex(text, new NameSplitter(List.of()));
        Expr e = new Parser(text, tokens, Parser.Mode.NUMBER, false).parseAll();
        double value = e.eval(Map.of());
        if (!Double.isFinite(value)) {
            throw ExprParseException.problem(0, "a finite number",
                    "the value is not a finite number (" + value + ")");
        }
        return value;
    }

    /**
     * A vector: {@code [1, 2, 3]}, {@code (1,2,3)}, {@code 1 2 3}, {@code 1; 2; 3}, a row or
     * column {@code [[1,2,3]]} / {@code [[1],[2],[3]]}, or a LaTeX bmatrix/pmatrix of one row or
     * column. Entries are numbers in any notation but without a decimal comma.
     */
    public static double[] parseVector(String text) throws ExprParseException {
        return ArrayReader.vector(text);
    }

    /**
     * A matrix: {@code [[1,2],[3,4]]}, MATLAB {@code 1 2; 3 4} or {@code [1 2; 3 4]}, LaTeX
     * {@code \begin{bmatrix}1 & 2\\ 3 & 4\end{bmatrix}} (also pmatrix, matrix, array); a
     * single row {@code 1 2 3} is 1×n. Rows of different lengths are refused, naming the row.
     */
    public static double[][] parseMatrix(String text) throws ExprParseException {
        return ArrayReader.matrix(text);
    }

    /** {@code 0,8} → {@code 0.8} (same length, so positions stay right); else unchanged. */
    private static String withDecimalPoint(String text) throws ExprParseException {
        if (text.indexOf(',') < 0) {
            return text;
        }
        Matcher thousands = THOUSANDS.matcher(text);
        Matcher comma = DECIMAL_COMMA.matcher(text);
        boolean looksLikeThousands = thousands.matches()
                && !(comma.matches() && comma.group(1).matches("0+"));
        if (looksLikeThousands) {
            int at = text.indexOf(',');
            throw ExprParseException.problem(at, "a number without a thousands separator",
                    "'" + text.strip() + "' is ambiguous: write it without the comma, or with a "
                            + "decimal point (a decimal comma is read only in a number like 0,8)");
        }
        if (comma.matches()) {
            int at = comma.start(2);
            return text.substring(0, at) + '.' + text.substring(at + 1);
        }
        return text;
    }
}
