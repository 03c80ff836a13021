package org.deepdrill.expr;

/**
 * One token of typed text. {@code start}/{@code end} are offsets into the original text, so
 * errors point at what the student typed; {@code spaceBefore}/{@code newlineBefore} let the
 * array reader split {@code 1 -2} into two entries the way MATLAB does.
 *
 * @param text  the canonical name for VAR, CONST, FUNC, BEGIN and END; the typed text otherwise
 * @param value the value of a NUMBER or SUPERSCRIPT
 */
record Token(Kind kind, int start, int end, String text, double value,
             boolean spaceBefore, boolean newlineBefore) {

    enum Kind {
        NUMBER, VAR, CONST, FUNC, SQRT, FRAC,
        PLUS, MINUS, TIMES, DIVIDE, POWER, SUPERSCRIPT,
        LPAREN, RPAREN, LBRACE, RBRACE, LBRACKET, RBRACKET,
        COMMA, SEMICOLON, AMPERSAND, ROW_BREAK, BEGIN, END, EOF
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** How an error message names this token: quoted as typed, or "end of input". */
    String describe(String source) {
        if (kind == Kind.EOF) {
            return "end of input";
        }
        String typed = source.substring(start, Math.min(end, source.length()));
        if (typed.length() > 24) {
            typed = typed.substring(0, 24) + "…";
        }
        return "'" + typed + "'";
    }
}
