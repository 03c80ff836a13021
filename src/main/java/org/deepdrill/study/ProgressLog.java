package org.deepdrill.study;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Where a student's progress goes: attempts and per-question review state (the app's settings
 * live in {@code settings.properties}, see {@code ui.WindowSettings}). The
 * app wires in the SQLite store ({@code org.deepdrill.store.ProgressStore}); tests use
 * {@link MemoryProgressLog}. Study code sees only this interface, so it never depends on the
 * store (the dependency points store → study).
 */
public interface ProgressLog extends AutoCloseable {

    /**
     * Records one attempt. {@code correct} null means the answer did not parse: that is not an
     * attempt, and implementations record nothing. {@code seed} is null for the sheet's own
     * numbers; {@code score} and {@code maxScore} are in the question's points.
     */
    void recordAttempt(String questionId, Long seed, Boolean correct, double score, double maxScore, String answer,
            Instant at);

    /**
     * Records a graded attempt together with the question's review state after it, both
     * committed before this returns, so the feedback shown next is never for an answer a crash
     * could still lose. This default writes one and then the other; the SQLite store writes both
     * in one transaction, so a crash between the two cannot leave an attempt without its review.
     */
    default void record(Attempt attempt, ReviewState after) {
        recordAttempt(attempt.questionId(), attempt.seed(), attempt.correct(), attempt.score(), attempt.points(),
                attempt.answer(), attempt.at());
        saveReview(after);
    }

    /** Per-question aggregates of every recorded attempt, keyed by question id. */
    Map<String, QuestionStats> stats();

    /** The question's review state, or {@link ReviewState#unseen} if it was never reviewed. */
    ReviewState review(String questionId);

    /**
     * Stores the question's review state, replacing the previous one (storing
     * {@link ReviewState#unseen} forgets the question's reviews). Instants are kept to the
     * millisecond.
     */
    void saveReview(ReviewState state);

    /**
     * A message for the user when opening the log had to recover from a problem (a damaged
     * progress file set aside, or progress that cannot be saved this session); empty normally.
     */
    default Optional<String> recoveryNotice() {
        return Optional.empty();
    }

    /** Releases what the log holds open; further calls are not allowed. */
    @Override
    default void close() {
    }
}
