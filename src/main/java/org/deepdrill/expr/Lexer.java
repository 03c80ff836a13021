package org.deepdrill.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deepdrill.expr.Token.Kind;

/**
 * Turns typed text into tokens, normalising the many spellings of one thing: {@code *},
 * {@code \cdot}, {@code \times}, {@code ×}, {@code ·} are all TIMES; {@code ^} and {@code **}
 * POWER; {@code -} and the Unicode minus MINUS; {@code \left(} is {@code (}; LaTeX spacing
 * ({@code \,} {@code \;} {@code \quad}) is whitespace. Runs of letters are split into variable,
 * function and constant names here (see {@link NameSplitter}), so the parser only sees names.
 */
final class Lexer {

    /** Longer input is refused before any work, so a pasted megabyte costs nothing. */
    static final int MAX_LENGTH = 2000;

    private static final Set<String> FRACTIONS = Set.of("frac", "tfrac", "dfrac", "cfrac");
    private static final Set<String> SPACES = Set.of("quad", "qquad");
    /** Greek letters a variable may be typed as: {@code \lambda} for a variable named lambda. */
    static final Set<String> GREEK = Set.of(
            "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta",
            "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "phi", "varphi",
            "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Sigma", "Phi", "Psi",
            "Omega");
    private static final Map<Character, Kind> SINGLE = Map.ofEntries(
            Map.entry('+', Kind.PLUS), Map.entry('-', Kind.MINUS), Map.entry('\u2212', Kind.MINUS),
            Map.entry('\u00d7', Kind.TIMES), Map.entry('\u00b7', Kind.TIMES),
            Map.entry('\u22c5', Kind.TIMES), Map.entry('/', Kind.DIVIDE),
            Map.entry('\u00f7', Kind.DIVIDE), Map.entry('^', Kind.POWER),
            Map.entry('(', Kind.LPAREN), Map.entry(')', Kind.RPAREN),
            Map.entry('{', Kind.LBRACE), Map.entry('}', Kind.RBRACE),
            Map.entry('[', Kind.LBRACKET), Map.entry(']', Kind.RBRACKET),
            Map.entry(',', Kind.COMMA), Map.entry(';', Kind.SEMICOLON),
            Map.entry('&', Kind.AMPERSAND), Map.entry('\u221a', Kind.SQRT));

    private final String text;
    private final NameSplitter names;
    private final List<Token> tokens = new ArrayList<>();
    private int at;
    private boolean space;
    private boolean newline;
    /** After {@code \frac} or {@code \sqrt} without braces LaTeX takes single digits: \frac12. */
    private int singleDigits;

    private Lexer(String text, NameSplitter names) {
        this.text = text;
        this.names = names;
    }

    static List<Token> lex(String text, NameSplitter names) throws ExprParseException {
        if (text.length() > MAX_LENGTH) {
            throw ExprParseException.problem(MAX_LENGTH, "at most " + MAX_LENGTH + " characters",
                    "the answer is too long: at most " + MAX_LENGTH + " characters are read");
        }
        Lexer lexer = new Lexer(text, names);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws ExprParseException {
        while (at < text.length()) {
            char c = text.charAt(at);
            int before = singleDigits;
            if (isSpace(c) || c == '$') {   // $…$ pasted from LaTeX: the dollars are no maths
                space = true;
                newline |= c == '\n';
                at++;
                continue;
            }
            if (isDigit(c) || (c == '.' && isDigit(charAt(at + 1)))) {
                number();
            } else if (isLetter(c)) {
                letters();
            } else if (c == '\\') {
                command();
            } else if (c == '*' && charAt(at + 1) == '*') {
                add(Kind.POWER, at, at + 2, "**", 0);
            } else if (c == '*') {
                add(Kind.TIMES, at, at + 1, "*", 0);
            } else if (c == '\u00b2' || c == '\u00b3') {
                add(Kind.SUPERSCRIPT, at, at + 1, String.valueOf(c), c == '\u00b2' ? 2 : 3);
            } else if (c == '\u03c0') {
                add(Kind.CONST, at, at + 1, "pi", 0);
            } else if (SINGLE.containsKey(c)) {
                add(SINGLE.get(c), at, at + 1, String.valueOf(c), 0);
            } else {
                throw ExprParseException.expected(at, "a number, a name or an operator",
                        "'" + new String(Character.toChars(text.codePointAt(at))) + "'");
            }
            if (before > 0 && singleDigits == before) {
                singleDigits = 0;   // something other than a digit came: braces or a name
            }
        }
        tokens.add(new Token(Kind.EOF, text.length(), text.length(), "", 0, space, newline));
    }

    private void add(Kind kind, int start, int end, String name, double value) {
        tokens.add(new Token(kind, start, end, name, value, space, newline));
        space = false;
        newline = false;
        at = end;
    }

    /**
     * digits [. digits] [(e|E) [+|-] digits], or .digits; the exponent only when that letter is
     * not a variable, so with a variable e, {@code 2e-1} is 2·e − 1.
     */
    private void number() throws ExprParseException {
        int start = at;
        int i = at;
        if (singleDigits > 0 && isDigit(charAt(i))) {
            singleDigits--;
            add(Kind.NUMBER, start, i + 1, text.substring(i, i + 1), text.charAt(i) - '0');
            return;
        }
        while (isDigit(charAt(i))) {
            i++;
        }
        if (charAt(i) == '.') {
            i++;
            while (isDigit(charAt(i))) {
                i++;
            }
            if (charAt(i) == '.') {
                throw ExprParseException.problem(i, "at most one decimal point",
                        "a number has at most one decimal point");
            }
        }
        char e = charAt(i);
        if ((e == 'e' || e == 'E') && !names.isVariable(String.valueOf(e))) {
            int j = i + 1;
            if (charAt(j) == '+' || charAt(j) == '-') {
                j++;
            }
            if (isDigit(charAt(j))) {
                i = j;
                while (isDigit(charAt(i))) {
                    i++;
                }
            }
        }
        String literal = text.substring(start, i);
        add(Kind.NUMBER, start, i, literal, Double.parseDouble(literal));
    }

    /**
     * A run of letters, with subscripts {@code _k}, {@code _{k}}, {@code _1}, split into names.
     * A digit right after the run ({@code x2}) is refused: x·2 and x² are both plausible.
     */
    private void letters() throws ExprParseException {
        int start = at;
        StringBuilder run = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();   // run index -> text offset
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLetter(c)) {
                run.append(c);
                offsets.add(i++);
            } else if (c == '_' && isAlnum(charAt(i + 1))) {
                run.append('_');
                offsets.add(i++);
                while (isAlnum(charAt(i))) {
                    run.append(text.charAt(i));
                    offsets.add(i++);
                }
            } else if (c == '_' && charAt(i + 1) == '{') {
                int close = i + 2;
                while (isAlnum(charAt(close))) {
                    close++;
                }
                if (charAt(close) != '}' || close == i + 2) {
                    throw ExprParseException.expected(i + 1, "a subscript such as _k or _{k}",
                            "'" + text.substring(i, Math.min(close + 1, text.length())) + "'");
                }
                run.append('_');
                offsets.add(i);
                for (int k = i + 2; k < close; k++) {
                    run.append(text.charAt(k));
                    offsets.add(k);
                }
                i = close + 1;
            } else {
                break;
            }
        }
        int end = i;
        if (isDigit(charAt(end))) {
            // a variable may itself end in digits (x1); otherwise x2 is ambiguous
            int digitsEnd = end;
            while (isDigit(charAt(digitsEnd))) {
                digitsEnd++;
            }
            String withDigits = run + text.substring(end, digitsEnd);
            NameSplitter.Split split = names.split(withDigits);
            if (split.ok()) {
                for (int k = end; k < digitsEnd; k++) {
                    offsets.add(k);
                }
                emitNames(split, offsets, digitsEnd);
                return;
            }
            String typed = text.substring(start, end);
            String digits = text.substring(end, digitsEnd);
            throw ExprParseException.problem(end, "an operator between '" + typed + "' and '"
                    + digits + "'", "a number cannot follow the name '" + typed + "' directly: write "
                    + typed + "*" + digits + " or " + typed + "^" + digits);
        }
        NameSplitter.Split split = names.split(run.toString());
        if (!split.ok()) {
            throw unknownName(run.substring(split.reached()), offsets.get(split.reached()));
        }
        emitNames(split, offsets, end);
    }

    private void emitNames(NameSplitter.Split split, List<Integer> offsets, int end) {
        for (NameSplitter.Piece piece : split.pieces()) {
            int pieceEnd = piece.offset() + piece.length();
            int to = pieceEnd < offsets.size() ? offsets.get(pieceEnd) : end;
            add(piece.kind(), offsets.get(piece.offset()), to, piece.name(), 0);
        }
        at = end;
    }

    private ExprParseException unknownName(String name, int position) {
        List<String> vars = names.variables();
        if (vars.isEmpty()) {
            return ExprParseException.expected(position, "a number", "'" + name + "'");
        }
        String list = String.join(", ", vars);
        String hint = vars.stream().filter(v -> v.equalsIgnoreCase(name)).findFirst()
                .map(v -> " (case matters: did you mean " + v + "?)").orElse("");
        return ExprParseException.problem(position, "one of the variables " + list,
                "unknown name '" + name + "': the variables are " + list + hint);
    }

    /** A backslash command: LaTeX operators, functions, spacing, environments. */
    private void command() throws ExprParseException {
        int start = at;
        char next = charAt(at + 1);
        if (next == '\\') {
            add(Kind.ROW_BREAK, start, start + 2, "\\\\", 0);
            return;
        }
        if (next == ',' || next == ';' || next == ':' || next == '!' || next == ' ') {
            at += 2;
            space = true;
            return;
        }
        if (next == '{' || next == '}') {
            add(next == '{' ? Kind.LBRACE : Kind.RBRACE, start, start + 2, "\\" + next, 0);
            return;
        }
        int i = at + 1;
        while (isLetter(charAt(i))) {
            i++;
        }
        String name = text.substring(at + 1, i);
        if (name.isEmpty()) {
            throw ExprParseException.expected(start, "a LaTeX command such as \\frac",
                    "'\\" + (at + 1 < text.length() ? String.valueOf(next) : "") + "'");
        }
        if (name.equals("left") || name.equals("right")) {
            at = i;
            while (isSpace(charAt(at))) {
                at++;
            }
            if (charAt(at) == '.') {
                at++;   // \left. is an invisible delimiter
            }
            return;
        }
        if (SPACES.contains(name)) {
            at = i;
            space = true;
        } else if (FRACTIONS.contains(name)) {
            add(Kind.FRAC, start, i, name, 0);
            singleDigits = 2;
        } else if (name.equals("sqrt")) {
            add(Kind.SQRT, start, i, name, 0);
            singleDigits = 1;
        } else if (name.equals("cdot") || name.equals("times") || name.equals("ast")) {
            add(Kind.TIMES, start, i, name, 0);
        } else if (name.equals("div")) {
            add(Kind.DIVIDE, start, i, name, 0);
        } else if (name.equals("pi")) {
            add(Kind.CONST, start, i, "pi", 0);
        } else if (Expr.Call.FUNCTIONS.contains(name)) {
            add(Kind.FUNC, start, i, name, 0);
        } else if (name.equals("begin") || name.equals("end")) {
            environment(start, i, name.equals("begin") ? Kind.BEGIN : Kind.END);
        } else if (GREEK.contains(name) && names.isVariable(name)) {
            add(Kind.VAR, start, i, name, 0);
        } else if (GREEK.contains(name) && names.isVariable("\\" + name)) {
            add(Kind.VAR, start, i, "\\" + name, 0);
        } else if (GREEK.contains(name)) {
            throw unknownName("\\" + name, start);
        } else {
            throw ExprParseException.expected(start, "a known LaTeX command (\\frac, \\sqrt, "
                    + "\\cdot, \\times, \\left, \\right, \\pi, \\begin{bmatrix} …)", "'\\" + name + "'");
        }
    }

    /** {@code \begin{name}} or {@code \end{name}}; an array's column spec is skipped. */
    private void environment(int start, int afterCommand, Kind kind) throws ExprParseException {
        int i = afterCommand;
        while (isSpace(charAt(i))) {
            i++;
        }
        if (charAt(i) != '{') {
            throw ExprParseException.expected(i, "'{' and an environment name such as bmatrix",
                    i < text.length() ? "'" + text.charAt(i) + "'" : "end of input");
        }
        int close = text.indexOf('}', i);
        if (close < 0) {
            throw ExprParseException.expected(text.length(), "'}' after the environment name",
                    "end of input");
        }
        String env = text.substring(i + 1, close).trim();
        int end = close + 1;
        if (kind == Kind.BEGIN && env.equals("array")) {
            int j = end;
            while (isSpace(charAt(j))) {
                j++;
            }
            if (charAt(j) == '{') {
                int specEnd = text.indexOf('}', j);
                if (specEnd < 0) {
                    throw ExprParseException.expected(text.length(),
                            "'}' after the column spec", "end of input");
                }
                end = specEnd + 1;
            }
        }
        add(kind, start, end, env, 0);
    }

    private char charAt(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\u2009'
                || c == '\u202f';
    }
}
