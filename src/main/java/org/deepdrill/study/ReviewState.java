package org.deepdrill.study;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a question stands in the Leitner boxes of {@link Schedule}: box 0 (new or last answered
 * wrong) to {@link Schedule#TOP_BOX}, and when it is next due for review.
 */
public record ReviewState(String questionId, int box, Instant due) {
    public ReviewState {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(due, "due");
        if (box < 0 || box > Schedule.TOP_BOX) {
            throw new IllegalArgumentException("box " + box + " is outside 0.." + Schedule.TOP_BOX);
        }
    }

    /**
     * A question never reviewed: box 0 and due since the epoch, so it is due at once and sorts
     * before questions that became due later (see {@link Schedule#dueFirst}).
     */
    public static ReviewState unseen(String questionId) {
        return new ReviewState(questionId, 0, Instant.EPOCH);
    }

    public boolean isDue(Instant now) {
        return !due.isAfter(now);
    }
}
