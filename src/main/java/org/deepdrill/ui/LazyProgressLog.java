package org.deepdrill.ui;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.deepdrill.study.Attempt;
import org.deepdrill.study.MemoryProgressLog;
import org.deepdrill.study.ProgressLog;
import org.deepdrill.study.QuestionStats;
import org.deepdrill.study.ReviewState;

/**
 * Opens the progress store on first use — which is on the worker thread, since every use goes
 * through the task runner — so the window never waits for SQLite to load. If the store cannot be
 * opened at all, progress is kept in memory for the session and the notice says so.
 */
final class LazyProgressLog implements ProgressLog {
    private final Supplier<ProgressLog> opener;
    private ProgressLog log;
    private String failure;

    LazyProgressLog(Supplier<ProgressLog> opener) {
        this.opener = opener;
    }

    private synchronized ProgressLog log() {
        if (log == null) {
            try {
                log = opener.get();
            } catch (RuntimeException e) {
                failure = "Your progress cannot be saved this session (" + e.getMessage() + "); answers are still graded.";
                log = new MemoryProgressLog();
            }
        }
        return log;
    }

    @Override
    public void recordAttempt(String questionId, Long seed, Boolean correct, double score, double maxScore, String answer, Instant at) {
        log().recordAttempt(questionId, seed, correct, score, maxScore, answer, at);
    }

    /** The store's own: the attempt and its review in one transaction. */
    @Override
    public void record(Attempt attempt, ReviewState after) {
        log().record(attempt, after);
    }

    @Override
    public Map<String, QuestionStats> stats() {
        return log().stats();
    }

    @Override
    public ReviewState review(String questionId) {
        return log().review(questionId);
    }

    @Override
    public void saveReview(ReviewState state) {
        log().saveReview(state);
    }

    @Override
    public synchronized Optional<String> recoveryNotice() {
        ProgressLog l = log();
        return failure != null ? Optional.of(failure) : l.recoveryNotice();
    }

    @Override
    public synchronized void close() {
        if (log != null) {
            log.close();
        }
    }
}
