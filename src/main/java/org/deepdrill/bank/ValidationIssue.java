package org.deepdrill.bank;

import java.nio.file.Path;

/**
 * One finding in a bank, located so an editor can jump to it: {@code file:line:column: message}.
 * A problem keeps the bank from being right; a {@code warning} is something a TA most likely did
 * not mean (a figure that gives the key away) but the bank still works, so it is printed as
 * {@code file:line:column: warning: message} and does not fail {@code validate}.
 */
public record ValidationIssue(Path file, int line, int column, String message, boolean warning) implements Comparable<ValidationIssue> {
    /** A problem. */
    public ValidationIssue(Path file, int line, int column, String message) {
        this(file, line, column, message, false);
    }

    /** The message as printed: "warning: " before a warning's. */
    public String text() {
        return warning ? "warning: " + message : message;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + text();
    }

    @Override
    public int compareTo(ValidationIssue o) {
        int c = file.toString().compareTo(o.file.toString());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
