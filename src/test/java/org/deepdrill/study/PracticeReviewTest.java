package org.deepdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every graded answer is a review for the scheduler, rated by its share of the points. */
class PracticeReviewTest {
    private static final Instant NOW = Instant.parse("2026-03-12T08:30:00Z");

    @TempDir
    Path dir;
    private final MemoryProgressLog log = new MemoryProgressLog();
    private Practice practice;

    @BeforeEach
    void start() throws Exception {
        Catalog catalog = Catalog.load(List.of(TestBanks.write(dir)));
        practice = new Practice(catalog.select(new Catalog.Filter("Graphs", null, null, false), 0),
                new Variants(new KeyComputer(OpRegistry.standard())), log, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aRightAnswerIsAGoodFirstReviewDueInThreeDays() throws Exception {
        practice.submit(practice.show(), "1 -1 0; -1 2 -1; 0 -1 1"); // all 2 points
        ReviewState s = log.review("mini.laplacian");
        assertEquals(2.3065, s.memory().stability(), 1e-12);       // w[2]
        assertEquals(2.11810397, s.memory().difficulty(), 1e-12);
        assertEquals(NOW.plusSeconds(3 * 86_400), s.due());
    }

    @Test
    void aWrongAnswerIsAnAgainDueTomorrow() throws Exception {
        practice.submit(practice.show(), "1 1 0; 1 2 1; 0 1 1"); // D + A: no points
        ReviewState s = log.review("mini.laplacian");
        assertEquals(0.212, s.memory().stability(), 1e-12);        // w[0]
        assertEquals(6.4133, s.memory().difficulty(), 1e-12);      // w[4]
        assertEquals(NOW.plusSeconds(86_400), s.due());
    }

    @Test
    void anAnswerThatCouldNotBeReadIsNoReview() throws Exception {
        practice.submit(practice.show(), "1 -1 0; ((");
        assertTrue(log.review("mini.laplacian").isNew());
    }

    @Test
    void aSelfMarkedOpenAnswerWithHalfThePointsIsHard() throws Exception {
        practice.goTo("mini.open");
        practice.selfMark(practice.show(), 1, "the sum of squares"); // 1 of 2 points
        ReviewState s = log.review("mini.open");
        assertEquals(1.2931, s.memory().stability(), 1e-12);       // w[1]
        assertEquals(NOW.plusSeconds(2 * 86_400), s.due());         // Hard: max(1, Again's 1 + 1) = 2 days
    }

    @Test
    void aRightAnswerMarkedEasyIsRescheduledAsAnEasyFirstReviewAndStaysOneAttempt() throws Exception {
        Practice.Graded good = practice.grade(practice.show(), "1 -1 0; -1 2 -1; 0 -1 1");
        Practice.Scheduled scheduled = good.scheduled().orElseThrow();
        assertEquals(Rating.GOOD, scheduled.rating());
        assertEquals(3, scheduled.intervalDays());                  // the worked history's first row
        assertTrue(scheduled.canBeEasy());

        Practice.Scheduled easy = practice.markEasy(scheduled);
        ReviewState s = log.review("mini.laplacian");
        assertEquals(8.2956, s.memory().stability(), 1e-12);       // w[3]
        assertEquals(1.0, s.memory().difficulty(), 1e-12);          // w[4] − e^(3·w[5]) + 1 = −4.69…, clamped to 1
        assertEquals(8, easy.intervalDays());                       // round(8.2956) = 8 > Good's 3 + 1
        assertEquals(NOW.plusSeconds(8 * 86_400), s.due());
        assertEquals(1, s.reps(), "Easy replaces the review, it adds none");
        assertEquals(1, log.stats().get("mini.laplacian").attempts(), "and the attempt is recorded once");
        assertFalse(easy.canBeEasy());
    }

    @Test
    void aWrongAnswerCannotBeMarkedEasy() throws Exception {
        Practice.Scheduled again = practice.grade(practice.show(), "1 1 0; 1 2 1; 0 1 1").scheduled().orElseThrow();
        assertEquals(Rating.AGAIN, again.rating());
        assertEquals(1, again.intervalDays());
        assertFalse(again.canBeEasy());
        assertThrows(IllegalArgumentException.class, () -> practice.markEasy(again));
    }

    @Test
    void aReviewDrawsFreshNumbersForEveryDrill() throws Exception {
        long[] next = {40};
        practice.drawFreshNumbers(() -> ++next[0]);
        assertEquals(41L, practice.show().instance().seed(), "mini.laplacian is a drill: it gets a seed");
        practice.goTo("mini.choice");
        assertEquals(null, practice.show().instance().seed(), "a choice question keeps its own text");
    }
}
