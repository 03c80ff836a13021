package org.deepdrill.bank;

import java.nio.file.Path;

/** One problem in a bank, located so an editor can jump to it: {@code file:line:column: message}. */
public record ValidationIssue(Path file, int line, int column, String message) implements Comparable<ValidationIssue> {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
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
