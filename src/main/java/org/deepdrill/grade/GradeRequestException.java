package org.deepdrill.grade;

/** A grading request that is itself malformed (a bank's or a tool's error, not the student's). */
public final class GradeRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GradeRequestException(String field, String problem) {
        super("check: field '" + field + "' " + problem);
    }
}
