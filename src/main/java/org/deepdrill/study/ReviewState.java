package org.deepdrill.study;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a question stands in the FSRS-6 schedule ({@link Fsrs}): its memory state (null when it
 * was never reviewed), when it was last reviewed (null likewise), when it is next due, and how
 * many reviews and lapses (Again after the first review) it has had.
 */
public record ReviewState(String questionId, MemoryState memory, Instant lastReview, Instant due, int reps,
        int lapses) {
    public ReviewState {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(due, "due");
        if ((memory == null) != (lastReview == null)) {
            throw new IllegalArgumentException("a review state has both a memory state and a last review, or neither");
        }
        if (reps < 0 || lapses < 0 || lapses > reps) {
            throw new IllegalArgumentException("reps " + reps + " and lapses " + lapses + " do not fit");
        }
    }

    /**
     * A question never reviewed: no memory state, due since the epoch, so it is due at once and
     * sorts before questions that became due later.
     */
    public static ReviewState unseen(String questionId) {
        return new ReviewState(questionId, null, null, Instant.EPOCH, 0, 0);
    }

    /** Whether the question was never reviewed. */
    public boolean isNew() {
        return memory == null;
    }

    public boolean isDue(Instant now) {
        return !due.isAfter(now);
    }

    /**
     * The chance FSRS gives of recalling the question at {@code now}: {@code R(t, S)} with t the
     * UTC days since the last review ({@link Fsrs#retrievability}), 0 for a question never
     * reviewed. A clock set back before the last review counts as t = 0.
     */
    public double retrievability(Instant now) {
        if (isNew()) {
            return 0;
        }
        return Fsrs.retrievability(Math.max(0, Fsrs.elapsedDays(lastReview, now)), memory.stability());
    }
}
