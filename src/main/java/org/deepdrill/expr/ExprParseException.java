package org.deepdrill.expr;

/**
 * What a student typed does not read as the expected kind of answer. Not a wrong answer but an
 * invalid one: the message says where (a 0-based character offset into the typed text) and
 * what was expected there, e.g. {@code at position 5: expected a number or '(' but found ')'}.
 * The message has no final period so callers can append their own punctuation.
 */
public final class ExprParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String expected;

    private ExprParseException(int position, String expected, String message) {
        super(message);
        this.position = position;
        this.expected = expected;
    }

    /** "at position P: expected X but found Y". */
    static ExprParseException expected(int position, String expected, String found) {
        return new ExprParseException(position, expected,
                "at position " + position + ": expected " + expected + " but found " + found);
    }

    /** "at position P: detail", for problems that read better in their own words. */
    static ExprParseException problem(int position, String expected, String detail) {
        return new ExprParseException(position, expected, "at position " + position + ": " + detail);
    }

    /** 0-based offset of the offending character in the typed text (its length at the end). */
    public int position() {
        return position;
    }

    /** What would have been accepted at {@link #position()}, in words. */
    public String expected() {
        return expected;
    }
}
