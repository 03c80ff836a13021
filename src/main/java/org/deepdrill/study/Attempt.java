package org.deepdrill.study;

import java.time.Instant;
import java.util.Objects;

/**
 * One graded attempt as the progress log keeps it: which question, when (to the millisecond),
 * the numbers it was drawn with ({@code seed} null for the sheet's own), what was typed
 * ({@code answer}, may be null), the score earned of the question's {@code points}, and whether
 * it was right. Answers that could not be read are never attempts.
 *
 * <p>Two attempts are the same attempt when they have the same {@link #identity}: the question,
 * the millisecond, the seed and the answer. A student cannot type two answers to one question
 * in one millisecond, so this tells a re-imported attempt from a new one without an id that
 * would differ between two computers.
 */
public record Attempt(String questionId, Instant at, Long seed, String answer, double score, double points,
        boolean correct) {
    public Attempt {
        Objects.requireNonNull(questionId, "questionId");
        at = Instant.ofEpochMilli(Objects.requireNonNull(at, "at").toEpochMilli());
    }

    /** What makes two attempts the same attempt (see the class comment). */
    public record Identity(String questionId, Instant at, Long seed, String answer) {
    }

    public Identity identity() {
        return new Identity(questionId, at, seed, answer);
    }
}
