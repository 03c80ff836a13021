package org.deepdrill.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A {@link ProgressLog} kept in memory, for tests and for running without a data folder. It
 * aggregates exactly as the SQLite store does (a shared contract test checks both), including
 * storing instants at millisecond precision.
 */
public final class MemoryProgressLog implements ProgressLog {
    private record Attempt(String questionId, boolean correct, double score, Instant at) {
    }

    private final List<Attempt> attempts = new ArrayList<>();
    private final Map<String, ReviewState> reviews = new HashMap<>();

    @Override
    public synchronized void recordAttempt(String questionId, Long seed, Boolean correct, double score,
            double maxScore, String answer, Instant at) {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(at, "at");
        if (correct == null) {
            return;
        }
        attempts.add(new Attempt(questionId, correct, score, Instant.ofEpochMilli(at.toEpochMilli())));
    }

    @Override
    public synchronized Map<String, QuestionStats> stats() {
        Map<String, QuestionStats> byId = new TreeMap<>();
        for (Attempt a : attempts) {
            QuestionStats s = byId.get(a.questionId());
            byId.put(a.questionId(), s == null
                    ? new QuestionStats(a.questionId(), 1, a.correct() ? 1 : 0, a.score(), a.at())
                    : new QuestionStats(a.questionId(), s.attempts() + 1, s.correct() + (a.correct() ? 1 : 0),
                            Math.max(s.bestScore(), a.score()), a.at().isAfter(s.lastAt()) ? a.at() : s.lastAt()));
        }
        return Collections.unmodifiableMap(byId);
    }

    @Override
    public synchronized ReviewState review(String questionId) {
        ReviewState s = reviews.get(questionId);
        return s != null ? s : ReviewState.unseen(questionId);
    }

    @Override
    public synchronized void saveReview(ReviewState state) {
        if (state.isNew()) {
            reviews.remove(state.questionId());
            return;
        }
        reviews.put(state.questionId(), new ReviewState(state.questionId(), state.memory(), millis(state.lastReview()),
                millis(state.due()), state.reps(), state.lapses()));
    }

    private static Instant millis(Instant t) {
        return Instant.ofEpochMilli(t.toEpochMilli());
    }
}
