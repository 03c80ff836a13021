package org.deepdrill.compute;

/**
 * A request the core cannot compute: names the op, the argument and what was expected, so a
 * student or TA can fix the request without reading a stack trace.
 */
public final class OpException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String op;
    private final String argument;

    public OpException(String op, String argument, String problem) {
        super(op + ": " + (argument == null ? "" : "argument '" + argument + "' ") + problem);
        this.op = op;
        this.argument = argument;
    }

    public String op() {
        return op;
    }

    /** The offending argument, or null when the problem is not one argument's. */
    public String argument() {
        return argument;
    }
}
