package org.deepdrill.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link ProgressLog} kept in memory, for tests and for running without a data folder. It
 * aggregates exactly as the SQLite store does (a shared contract test checks both), including
 * storing instants at millisecond precision.
 */
public final class MemoryProgressLog implements ProgressLog, ProgressHistory, StatisticsQueries {
    /** In the order recorded, which breaks ties between attempts in the same millisecond. */
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
        attempts.add(new Attempt(questionId, at, seed, answer, score, maxScore, correct));
    }

    @Override
    public synchronized void record(Attempt attempt, ReviewState after) {
        ProgressLog.super.record(attempt, after); // one lock around both: no reader sees one without the other
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

    // ---- ProgressHistory ----

    @Override
    public synchronized List<Attempt> attempts() {
        List<Attempt> inTime = new ArrayList<>(attempts);
        inTime.sort(Comparator.comparing(Attempt::at)); // stable: ties stay in the order recorded
        return List.copyOf(inTime);
    }

    @Override
    public synchronized List<ReviewState> reviews() {
        List<ReviewState> all = new ArrayList<>(reviews.values());
        all.sort(Comparator.comparing(ReviewState::questionId));
        return List.copyOf(all);
    }

    @Override
    public synchronized Merge merge(List<Attempt> incoming) {
        Set<Attempt.Identity> known = new HashSet<>();
        for (Attempt a : attempts) {
            known.add(a.identity());
        }
        List<Attempt> added = new ArrayList<>();
        for (Attempt a : incoming) {
            if (known.add(a.identity())) {
                added.add(a);
            }
        }
        added.sort(Comparator.comparing(Attempt::at));
        attempts.addAll(added);
        Set<String> touched = new LinkedHashSet<>();
        added.forEach(a -> touched.add(a.questionId()));
        List<Attempt> inTime = attempts();
        for (String id : touched) {
            saveReview(Schedule.replay(id, inTime.stream().filter(a -> a.questionId().equals(id)).toList()));
        }
        return new Merge(added.size(), incoming.size() - added.size());
    }

    // ---- StatisticsQueries ----

    @Override
    public synchronized int[] attemptCounts(List<Instant> bounds) {
        int[] counts = new int[Math.max(0, bounds.size() - 1)];
        for (Attempt a : attempts) {
            for (int i = 0; i < counts.length; i++) {
                if (!a.at().isBefore(bounds.get(i)) && a.at().isBefore(bounds.get(i + 1))) {
                    counts[i]++;
                }
            }
        }
        return counts;
    }

    @Override
    public synchronized List<Tally> tallies(Instant from, Instant to) {
        Map<String, Tally> byId = new TreeMap<>();
        for (Attempt a : attempts) {
            if (!a.at().isBefore(from) && a.at().isBefore(to)) {
                Tally t = byId.getOrDefault(a.questionId(), new Tally(a.questionId(), 0, 0));
                byId.put(a.questionId(), new Tally(a.questionId(), t.attempts() + 1, t.correct() + (a.correct() ? 1 : 0)));
            }
        }
        return List.copyOf(byId.values());
    }

    @Override
    public List<ExamScore> examScores() {
        return List.of(); // no exam mode yet: nothing records a sitting
    }

    private static Instant millis(Instant t) {
        return Instant.ofEpochMilli(t.toEpochMilli());
    }
}
