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
    void aRightAnswerClimbsOneBoxAtATimeWithTheBoxesIntervals() {
        ReviewState s = ReviewState.unseen("q");
        // box: 1 → due +1 d, 2 → +3 d, 3 → +7 d, 4 → +16 d, 5 → +35 d, and box 5 stays box 5
        String[][] expected = {
            {"1", "2025-03-02T10:00:00Z"},
            {"2", "2025-03-04T10:00:00Z"},
            {"3", "2025-03-08T10:00:00Z"},
            {"4", "2025-03-17T10:00:00Z"},
            {"5", "2025-04-05T10:00:00Z"},
            {"5", "2025-04-05T10:00:00Z"},
        };
        for (String[] e : expected) {
            s = Schedule.after(s, true, NOW);
            assertEquals(new ReviewState("q", Integer.parseInt(e[0]), Instant.parse(e[1])), s);
        }
    }

    @Test
    void aWrongAnswerSendsTheQuestionBackToBoxZeroDueAtOnce() {
        ReviewState inBox4 = new ReviewState("q", 4, Instant.parse("2025-03-20T00:00:00Z"));
        assertEquals(new ReviewState("q", 0, NOW), Schedule.after(inBox4, false, NOW));
        assertEquals(new ReviewState("q", 0, NOW), Schedule.after(ReviewState.unseen("q"), false, NOW));
    }

    @Test
    void aSessionWorkedByHandRightRightWrongRight() {
        ReviewState s = ReviewState.unseen("q");
        s = Schedule.after(s, true, Instant.parse("2025-03-01T10:00:00Z"));  // box 1, +1 d
        assertEquals(new ReviewState("q", 1, Instant.parse("2025-03-02T10:00:00Z")), s);
        s = Schedule.after(s, true, Instant.parse("2025-03-02T12:30:00Z"));  // box 2, +3 d from when answered
        assertEquals(new ReviewState("q", 2, Instant.parse("2025-03-05T12:30:00Z")), s);
        s = Schedule.after(s, false, Instant.parse("2025-03-05T13:00:00Z")); // back to 0, due now
        assertEquals(new ReviewState("q", 0, Instant.parse("2025-03-05T13:00:00Z")), s);
        s = Schedule.after(s, true, Instant.parse("2025-03-05T13:05:00Z"));  // box 1 again, +1 d
        assertEquals(new ReviewState("q", 1, Instant.parse("2025-03-06T13:05:00Z")), s);
    }

    @Test
    void aBoxOutsideZeroToFiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewState("q", 6, NOW));
        assertThrows(IllegalArgumentException.class, () -> new ReviewState("q", -1, NOW));
    }

    @Test
    void masteryFromAttemptsIsTheMeanHitRateWithUntriedQuestionsCountingZero() {
        Map<String, QuestionStats> stats = Map.of(
                "a", new QuestionStats("a", 4, 2, 1.0, NOW),   // 2/4 = 0.5
                "b", new QuestionStats("b", 1, 1, 2.0, NOW),   // 1/1 = 1
                "x", new QuestionStats("x", 3, 3, 1.0, NOW));  // another topic: ignored
        // (0.5 + 1 + 0) / 3 = 0.5; a repeated id counts once
        assertEquals(0.5, Schedule.mastery(stats, List.of("a", "b", "c", "a")), 1e-12);
        // (0.5 + 0 + 0 + 0) / 4 = 0.125
        assertEquals(0.125, Schedule.mastery(stats, List.of("a", "c", "d", "e")), 1e-12);
        assertEquals(1.0, Schedule.mastery(stats, List.of("b", "x")), 1e-12);
        assertEquals(0.0, Schedule.mastery(stats, List.of()), 1e-12);
    }

    @Test
    void masteryFromBoxesIsTheMeanBoxOverFive() {
        Map<String, ReviewState> states = Map.of(
                "a", new ReviewState("a", 5, NOW),
                "b", new ReviewState("b", 1, NOW),
                "c", new ReviewState("c", 0, NOW));
        // (5/5 + 1/5 + 0/5) / 3 = 1.2 / 3 = 0.4
        assertEquals(0.4, Schedule.mastery(List.of("a", "b", "c"), states::get), 1e-12);
        // b, and d never seen: (0.2 + 0) / 2 = 0.1
        assertEquals(0.1, Schedule.mastery(List.of("b", "d"),
                id -> states.getOrDefault(id, ReviewState.unseen(id))), 1e-12);
        assertEquals(0.0, Schedule.mastery(List.of(), states::get), 1e-12);
    }

    @Test
    void reviewOrderPutsDueQuestionsFirstWeakestBoxAndLongestOverdueFirstThenTheRestSoonestFirst() {
        Map<String, ReviewState> states = Map.of(
                "a", new ReviewState("a", 2, NOW.minusSeconds(3_600)),        // due 1 h ago
                "b", ReviewState.unseen("b"),                                  // never seen
                "c", new ReviewState("c", 0, NOW.minusSeconds(2 * 86_400)),    // wrong 2 days ago
                "d", new ReviewState("d", 1, NOW.plusSeconds(86_400)),         // due tomorrow
                "e", new ReviewState("e", 3, NOW.plusSeconds(2 * 3_600)),      // due in 2 h
                "f", new ReviewState("f", 2, NOW.minusSeconds(3 * 3_600)),     // due 3 h ago
                "g", ReviewState.unseen("g"),                                  // never seen, listed after b
                "h", new ReviewState("h", 4, NOW));                            // due exactly now
        List<String> order = Schedule.dueFirst(List.of("a", "b", "c", "d", "e", "f", "g", "h"), states::get, NOW);
        // box 0 due: b, g (epoch, given order), c; box 2 due: f (3 h), a (1 h); box 4 due: h;
        // not due: e (in 2 h), d (tomorrow)
        assertEquals(List.of("b", "g", "c", "f", "a", "h", "e", "d"), order);
    }
}
