package org.deepdrill.bank;

/** A question whose key cannot be computed; {@code pointer} locates the culprit in the bank. */
public final class KeyException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String pointer;

    public KeyException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    /** As above, keeping the exception that made the key fail, for the log. */
    public KeyException(String pointer, String message, Throwable cause) {
        super(message, cause);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
