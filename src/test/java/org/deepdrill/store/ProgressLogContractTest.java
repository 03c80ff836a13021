package org.deepdrill.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.deepdrill.study.Attempt;
import org.deepdrill.study.MemoryProgressLog;
import org.deepdrill.study.MemoryState;
import org.deepdrill.study.ProgressHistory;
import org.deepdrill.study.ProgressLog;
import org.deepdrill.study.QuestionStats;
import org.deepdrill.study.ReviewState;
import org.deepdrill.study.StatisticsQueries;
import org.deepdrill.study.Tally;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SQLite store and the in-memory log tests use must behave alike. */
class ProgressLogContractTest {
    private static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-01T10:05:00Z");
    private static final Instant T3 = Instant.parse("2025-03-02T08:00:00.123Z");

    @TempDir
    Path folder;

    static Stream<Arguments> logs() {
        Function<Path, ProgressLog> sqlite = f -> ProgressStore.open(f.resolve("progress.db"));
        Function<Path, ProgressLog> memory = f -> new MemoryProgressLog();
        return Stream.of(Arguments.of("sqlite", sqlite), Arguments.of("memory", memory));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void statsCountAttemptsAndRightAnswersAndKeepTheBestScoreAndTheLastTime(String name,
            Function<Path, ProgressLog> make) {
        try (ProgressLog log = make.apply(folder)) {
            log.recordAttempt("q1", null, false, 0.0, 2.0, "3", T1);
            log.recordAttempt("q1", 7L, true, 2.0, 2.0, "4", T3);  // recorded out of time order on purpose
            log.recordAttempt("q1", 8L, true, 1.5, 2.0, "4.1", T2);
            log.recordAttempt("q2", null, false, -0.5, 1.0, "B, C", T2);
            log.recordAttempt("q3", null, null, 0.0, 1.0, "((", T2); // did not parse: not an attempt

            // q1: 3 attempts, 2 right, best 2.0, last T3; q2: 1 attempt, 0 right, best −0.5, last T2; no q3
            assertEquals(Map.of(
                    "q1", new QuestionStats("q1", 3, 2, 2.0, T3),
                    "q2", new QuestionStats("q2", 1, 0, -0.5, T2)), log.stats());
            assertEquals(List.of("q1", "q2"), List.copyOf(log.stats().keySet()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void instantsAreKeptToTheMillisecond(String name, Function<Path, ProgressLog> make) {
        try (ProgressLog log = make.apply(folder)) {
            log.recordAttempt("q", null, true, 1, 1, "1", Instant.parse("2025-03-01T10:00:00.123456789Z"));
            assertEquals(Instant.parse("2025-03-01T10:00:00.123Z"), log.stats().get("q").lastAt());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void aQuestionNeverReviewedIsUnseenAndASavedStateReplacesTheLastOne(String name,
            Function<Path, ProgressLog> make) {
        try (ProgressLog log = make.apply(folder)) {
            assertEquals(new ReviewState("q", null, null, Instant.EPOCH, 0, 0), log.review("q"));
            log.saveReview(new ReviewState("q", new MemoryState(2.3065, 2.11810397), T1, T2, 1, 0));
            ReviewState second = new ReviewState("q", new MemoryState(0.6075801, 7.39450274), T2, T3, 2, 1);
            log.saveReview(second);
            assertEquals(second, log.review("q"));
            assertEquals(ReviewState.unseen("other"), log.review("other"));
            log.saveReview(ReviewState.unseen("q")); // forgets the question's reviews
            assertEquals(ReviewState.unseen("q"), log.review("q"));
        }
    }

    // ---- the whole history: export and import ----

    // fsrs.md's worked history: Good (new), Good at t = 2, Again at t = 6
    private static final Instant W1 = Instant.parse("2026-03-12T08:30:00Z");
    private static final Instant W2 = Instant.parse("2026-03-14T09:00:00Z");
    private static final Instant W3 = Instant.parse("2026-03-20T07:00:00Z");

    private static Attempt right(String id, Instant at) {
        return new Attempt(id, at, null, "4/5", 2, 2, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void recordKeepsTheAttemptAndTheReviewAfterIt(String name, Function<Path, ProgressLog> make) {
        try (ProgressLog log = make.apply(folder)) {
            ReviewState after = new ReviewState("q", new MemoryState(2.3065, 2.11810397), W1,
                    Instant.parse("2026-03-15T08:30:00Z"), 1, 0);
            log.record(new Attempt("q", W1, 42L, "[1, 2]", 1.5, 2, false), after);
            assertEquals(Map.of("q", new QuestionStats("q", 1, 0, 1.5, W1)), log.stats());
            assertEquals(after, log.review("q"));
            assertEquals(List.of(new Attempt("q", W1, 42L, "[1, 2]", 1.5, 2, false)), history(log).attempts());
            assertEquals(List.of(after), history(log).reviews());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void attemptsComeBackInTimeOrderWithEveryFieldAndUnreadableAnswersAreNotAmongThem(String name,
            Function<Path, ProgressLog> make) {
        try (ProgressLog log = make.apply(folder)) {
            log.recordAttempt("q2", 7L, true, 1, 1, "b", T2);
            log.recordAttempt("q1", null, false, -0.5, 1, null, T1);
            log.recordAttempt("q3", null, null, 0, 1, "((", T1);
            log.recordAttempt("q1", 8L, true, 1, 1, "a", T2); // same millisecond as q2's: recorded after it
            assertEquals(List.of(new Attempt("q1", T1, null, null, -0.5, 1, false),
                    new Attempt("q2", T2, 7L, "b", 1, 1, true),
                    new Attempt("q1", T2, 8L, "a", 1, 1, true)), history(log).attempts());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void mergingReplaysEachQuestionsAttemptsInTimeOrderAndMergingAgainAddsNothing(String name,
            Function<Path, ProgressLog> make) {
        try (ProgressLog log = make.apply(folder)) {
            log.recordAttempt("q", null, true, 2, 2, "4/5", W2); // already here: the merge must skip it
            List<Attempt> incoming = List.of(
                    new Attempt("q", W3, null, "0.3", 0, 2, false),
                    right("q", W2),
                    right("q", W1),
                    right("other", W1));
            assertEquals(new ProgressHistory.Merge(3, 1), history(log).merge(incoming));
            // fsrs.md's worked history, row 3: S 1.44937202, D 7.39223814, due a day later; 3 reviews, 1 lapse
            assertEquals(new ReviewState("q", new MemoryState(1.44937202, 7.39223814), W3,
                    Instant.parse("2026-03-21T07:00:00Z"), 3, 1), log.review("q"));
            // row 1: a new question rated Good
            assertEquals(new ReviewState("other", new MemoryState(2.3065, 2.11810397), W1,
                    Instant.parse("2026-03-15T08:30:00Z"), 1, 0), log.review("other"));
            assertEquals(4, history(log).attempts().size());

            assertEquals(new ProgressHistory.Merge(0, 4), history(log).merge(incoming));
            assertEquals(4, history(log).attempts().size());
            assertEquals(3, log.review("q").reps());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void anAttemptIsTheSameOnlyWithTheSameQuestionMillisecondSeedAndAnswer(String name,
            Function<Path, ProgressLog> make) {
        try (ProgressLog log = make.apply(folder)) {
            Attempt a = new Attempt("q", W1, 3L, "x", 1, 1, true);
            List<Attempt> variants = List.of(a,
                    new Attempt("q", W1, 3L, "x", 0, 1, false),          // same identity, other result: skipped
                    new Attempt("q", W1, null, "x", 1, 1, true),         // no seed
                    new Attempt("q", W1, 3L, null, 1, 1, true),          // no answer
                    new Attempt("q", W1.plusMillis(1), 3L, "x", 1, 1, true),
                    new Attempt("p", W1, 3L, "x", 1, 1, true));
            assertEquals(new ProgressHistory.Merge(5, 1), history(log).merge(variants));
            assertEquals(new ProgressHistory.Merge(0, 6), history(log).merge(variants));
        }
    }

    // ---- statistics counts ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void attemptsAreCountedInHalfOpenSpansAndTalliedPerQuestion(String name, Function<Path, ProgressLog> make) {
        try (ProgressLog log = make.apply(folder)) {
            Instant d1 = Instant.parse("2026-03-01T00:00:00Z");
            Instant d2 = Instant.parse("2026-03-02T00:00:00Z");
            Instant d3 = Instant.parse("2026-03-03T00:00:00Z");
            log.recordAttempt("a", null, true, 1, 1, "1", d1);                      // day 1, its first millisecond
            log.recordAttempt("a", null, false, 0, 1, "2", d2.minusMillis(1));      // day 1, its last millisecond
            log.recordAttempt("b", null, true, 1, 1, "1", d2);                      // day 2
            log.recordAttempt("b", null, null, 0, 1, "((", d2);                     // not an attempt
            log.recordAttempt("a", null, true, 1, 1, "1", d3);                      // after the spans
            log.recordAttempt("c", null, true, 1, 1, "1", d1.minusMillis(1));       // before them

            StatisticsQueries q = (StatisticsQueries) log;
            assertArrayEquals(new int[] {2, 1}, q.attemptCounts(List.of(d1, d2, d3)));
            assertArrayEquals(new int[] {}, q.attemptCounts(List.of(d1)));
            assertEquals(List.of(new Tally("a", 2, 1), new Tally("b", 1, 1)), q.tallies(d1, d3));
            assertEquals(List.of(new Tally("a", 3, 2), new Tally("b", 1, 1), new Tally("c", 1, 1)),
                    q.tallies(Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE)));
            assertEquals(q.tallies(Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE)), q.tallies());
            assertEquals(List.of(), q.examScores()); // no exam mode yet
        }
    }

    private static ProgressHistory history(ProgressLog log) {
        return (ProgressHistory) log;
    }
}
