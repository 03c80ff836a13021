package org.deepdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aReviewCountsRepsAndOnlyAnAgainAfterTheFirstReviewIsALapse() {
        ReviewState s = Schedule.after(ReviewState.unseen("q"), Rating.AGAIN, NOW);
        assertEquals(1, s.reps());
        assertEquals(0, s.lapses()); // a new question that was not known was never learnt: no lapse
        s = Schedule.after(s, Rating.GOOD, NOW.plusSeconds(86_400));
        s = Schedule.after(s, Rating.AGAIN, NOW.plusSeconds(5 * 86_400));
        assertEquals(3, s.reps());
        assertEquals(1, s.lapses());
        assertEquals(NOW.plusSeconds(5 * 86_400), s.lastReview());
    }

    @Test
    void aClockSetBackBeforeTheLastReviewCountsAsTheSameDay() {
        ReviewState good = Schedule.after(ReviewState.unseen("q"), Rating.GOOD, NOW);
        Instant earlier = NOW.minusSeconds(3 * 86_400);
        ReviewState again = Schedule.after(good, Rating.GOOD, earlier);
        // t = 0: a success leaves S = 2.3065; due 3 days after the (earlier) review time
        assertEquals(2.3065, again.memory().stability(), 1e-12);
        assertEquals(earlier, again.lastReview());
    }

    @Test
    void aStateHasAMemoryAndALastReviewOrNeither() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReviewState("q", new MemoryState(1, 5), null, NOW, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReviewState("q", null, NOW, NOW, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new ReviewState("q", new MemoryState(1, 5), NOW, NOW, 1, 2)); // more lapses than reviews
        assertThrows(IllegalArgumentException.class, () -> new MemoryState(1, 10.5));
        assertThrows(IllegalArgumentException.class, () -> new MemoryState(0, 5));
    }

    @Test
    void masteryIsTheMeanChanceOfRecallTodayWithUnseenQuestionsCountingZero() {
        Map<String, ReviewState> states = Map.of(
                "a", reviewed("a", 10, NOW.minusSeconds(3_600), NOW),                 // today: t = 0, R = 1
                "b", reviewed("b", 10, NOW.minusSeconds(10 * 86_400), NOW),           // t = S = 10: R = 0.9
                "c", reviewed("c", 2.3065, NOW.minusSeconds(2 * 86_400), NOW));       // R(2, 2.3065) = 0.90949326
        // (1 + 0.9 + 0.90949326) / 3 = 0.93649775...
        assertEquals((1 + 0.9 + 0.90949326) / 3, Schedule.mastery(List.of("a", "b", "c"), states::get, NOW), 1e-12);
        // b, and d never seen: (0.9 + 0) / 2 = 0.45; a repeated id counts once
        assertEquals(0.45, Schedule.mastery(List.of("b", "d", "b"),
                id -> states.getOrDefault(id, ReviewState.unseen(id)), NOW), 1e-12);
        assertEquals(0.0, Schedule.mastery(List.of(), states::get, NOW), 1e-12);
    }

    private static ReviewState reviewed(String id, double stability, Instant last, Instant due) {
        return new ReviewState(id, new MemoryState(stability, 5), last, due, 1, 0);
    }
}
