package org.deepdrill.cli;

/** A grading request that is itself malformed (a bank's or a tool's error, not the student's). */
final class GradeRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GradeRequestException(String field, String problem) {
        super("check: field '" + field + "' " + problem);
    }

    /** A message already worded in full (the compute core's own, naming the argument). */
    GradeRequestException(String message) {
        super(message);
    }
}
