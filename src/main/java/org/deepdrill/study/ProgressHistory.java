package org.deepdrill.study;

import java.util.List;

/**
 * A progress log's whole history, to move it to another computer: every attempt and review
 * state out, and attempts merged back in. The store implements it in SQL, {@link MemoryProgressLog}
 * in memory; a contract test holds both to the same behaviour.
 */
public interface ProgressHistory {

    /** Every attempt, in time order (ties in the order they were recorded). */
    List<Attempt> attempts();

    /** Every reviewed question's FSRS state, by question id. Never-reviewed questions have none. */
    List<ReviewState> reviews();

    /** How a merge went: attempts added, and attempts skipped because the log already had them. */
    record Merge(int added, int skipped) {
    }

    /**
     * Adds the attempts the log does not have yet ({@link Attempt#identity}), so merging the same
     * attempts twice adds nothing, then rebuilds the review state of every question that gained
     * an attempt by replaying all its attempts in time order, as if they had been answered in
     * that order on one computer. All or nothing: a failure leaves the log as it was.
     */
    Merge merge(List<Attempt> attempts);
}
