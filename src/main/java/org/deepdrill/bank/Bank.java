package org.deepdrill.bank;

import java.nio.file.Path;
import java.util.List;

/** A question bank file: one topic's questions. */
public record Bank(Path file, String id, String title, String topic, List<Question> questions, LocatedJson source) {
    /** The issue at the value {@code pointer} points to, located in this bank's file. */
    public ValidationIssue issue(String pointer, String message) {
        LocatedJson.Location l = source.at(pointer);
        return new ValidationIssue(file, l.line(), l.column(), message);
    }

    /** A warning at the value {@code pointer} points to: likely unmeant, but the bank still works. */
    public ValidationIssue warning(String pointer, String message) {
        LocatedJson.Location l = source.at(pointer);
        return new ValidationIssue(file, l.line(), l.column(), message, true);
    }

    public Bank {
        questions = List.copyOf(questions);
    }
}
