package org.deepdrill.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.MemoryProgressLog;
import org.deepdrill.study.MemoryState;
import org.deepdrill.study.ProgressLog;
import org.deepdrill.study.ReviewState;
import org.deepdrill.study.TaskRunner;
import org.deepdrill.study.TestBanks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home screen's numbers: due and new per topic and in total, FSRS's mastery in words, the
 * Review button's words, today's queue, and the mistakes list — all read through the runner.
 */
class HomeViewModelTest {
    /** Thursday 3 December 2026, 09:00 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final MemoryProgressLog log = new MemoryProgressLog();
    private final List<String> ranOnRunner = new ArrayList<>();
    private HomeViewModel vm;
    private Catalog catalog;

    /** Runs at once, but notes each task, so a test can tell the log was read through the runner. */
    private final TaskRunner countingRunner = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
            ranOnRunner.add("task");
            TaskRunner.SAME_THREAD.run(work, onDone, onFail);
        }
    };

    @BeforeEach
    void seed() throws Exception {
        catalog = Catalog.load(List.of(TestBanks.write(dir)));
        // topic Graphs: mini.laplacian, mini.choice, mini.broken, mini.open
        // the Laplacian: S = 1, reviewed two days ago, due yesterday
        log.saveReview(new ReviewState("mini.laplacian", new MemoryState(1, 5), NOW.minus(Duration.ofDays(2)),
                NOW.minus(Duration.ofDays(1)), 3, 1));
        log.recordAttempt("mini.laplacian", null, false, 0, 2, "1 1 0; 1 2 1; 0 1 1", NOW.minus(Duration.ofDays(2)));
        // the choice: first met at 08:00 today, right, back on Sunday 08:00
        log.saveReview(new ReviewState("mini.choice", new MemoryState(2.3065, 2.11810397), NOW.minusSeconds(3600),
                NOW.minusSeconds(3600).plus(Duration.ofDays(3)), 1, 0));
        log.recordAttempt("mini.choice", null, true, 1, 1, "a", NOW.minusSeconds(3600));
        vm = new HomeViewModel(countingRunner, log, CLOCK);
        vm.show(catalog);
    }

    @Test
    void aTopicShowsItsDueAndNewQuestionsAndWhatFsrsPredicts() {
        HomeViewModel.TopicRow graphs = vm.topics().get(0);
        assertEquals("Graphs", graphs.name());
        assertEquals(4, graphs.questions());
        assertEquals(1, graphs.due());
        assertEquals(2, graphs.fresh(), "the broken and the open question were never reviewed");
        assertEquals(2, graphs.reviewed());
        // R(2 days, S = 1) = (1 + 0.98034649 · 2)^−0.1542 = 0.84588465; the choice R = 1; two never seen count 0
        assertEquals((0.84588465 + 1 + 0 + 0) / 4, graphs.mastery(), 1e-8);
        assertEquals("you would recall about 46% today", graphs.recallWords());
    }

    @Test
    void theReviewButtonCountsTodaysDueAndTheNewOnesTheDailyLimitStillAllows() {
        assertEquals("Review: 1 due + 2 new", vm.reviewTextProperty().get());
        assertTrue(vm.reviewReadyProperty().get());
        assertEquals("1 due today · 2 new · 1 new started today", vm.totalsProperty().get());
        assertEquals(List.of("mini.laplacian", "mini.broken", "mini.open"), vm.reviewQueue());

        vm.newPerDayProperty().set(2);   // the choice already used one of two
        assertEquals("Review: 1 due + 1 new", vm.reviewTextProperty().get());
        assertEquals(List.of("mini.laplacian", "mini.broken"), vm.reviewQueue());
        vm.newPerDayProperty().set(1);
        assertEquals("Review: 1 due", vm.reviewTextProperty().get());
    }

    @Test
    void withNothingDueAndNoNewLeftTheButtonSaysWhenTheNextReviewIs() {
        log.saveReview(ReviewState.unseen("mini.laplacian"));   // forget the due one
        vm.newPerDayProperty().set(1);
        vm.refresh();
        assertFalse(vm.reviewReadyProperty().get());
        assertEquals("Nothing due today — next review Sun 6 Dec", vm.reviewTextProperty().get());
        assertEquals(List.of(), vm.reviewQueue());
    }

    @Test
    void theMistakesListHoldsQuestionsNotYetAnsweredForAllTheirPoints() {
        assertEquals(List.of("mini.laplacian"), vm.mistakeIds(), "the choice was right; the others never tried");
        HomeViewModel.MistakeRow row = vm.mistakes().get(0);
        assertEquals(0, row.bestScore());
        assertEquals(2, row.points());
        assertEquals(1, row.attempts());
        assertTrue(row.prompt().startsWith("Give $L = D - A$"), row.prompt());
    }

    @Test
    void theProgressLogIsReadThroughTheRunnerAndNotBeforeItHasOpened() {
        ProgressLog untouchable = new ProgressLog() {
            @Override
            public void recordAttempt(String id, Long seed, Boolean correct, double score, double max, String answer, Instant at) {
                throw new AssertionError("written before the log opened");
            }

            @Override
            public java.util.Map<String, org.deepdrill.study.QuestionStats> stats() {
                throw new AssertionError("read before the log opened");
            }

            @Override
            public ReviewState review(String questionId) {
                throw new AssertionError("read before the log opened");
            }

            @Override
            public void saveReview(ReviewState state) {
                throw new AssertionError("written before the log opened");
            }
        };
        HomeViewModel opening = new HomeViewModel(countingRunner, untouchable, CLOCK);
        opening.progressOpening();
        ranOnRunner.clear();
        opening.show(catalog);
        assertEquals(List.of(), ranOnRunner);
        assertEquals(-1, opening.topics().get(0).mastery(), "no mastery before progress is read");

        vm.refresh();
        assertEquals(List.of("task"), ranOnRunner, "refresh reads through the runner");
    }
}
