package org.deepdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.deepdrill.study.MemoryProgressLog;
import org.deepdrill.study.MemoryState;
import org.deepdrill.study.ProgressLog;
import org.deepdrill.study.QuestionStats;
import org.deepdrill.study.ReviewState;
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
}
