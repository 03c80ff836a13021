package org.deepdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Today's review: what is due and new, and the session's order and daily limit of new questions. */
class DailyReviewTest {
    /** Thursday 3 December 2026, 09:00 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private final Map<String, ReviewState> states = new HashMap<>();

    /** A question last reviewed {@code daysAgo} days before NOW with stability {@code s}, due {@code dueInHours} from NOW. */
    private void reviewed(String id, int daysAgo, double s, long dueInHours, int reps) {
        states.put(id, new ReviewState(id, new MemoryState(s, 5), NOW.minus(Duration.ofDays(daysAgo)),
                NOW.plus(Duration.ofHours(dueInHours)), reps, 0));
    }

    private DailyReview review(List<String> ids, ZoneId zone) {
        return new DailyReview(ids, id -> states.getOrDefault(id, ReviewState.unseen(id)), NOW, zone);
    }

    @Test
    void aQuestionDueLaterTodayIsDueTodayAndOneDueTomorrowIsNot() {
        reviewed("a", 3, 3, -24, 2);   // due yesterday
        reviewed("b", 2, 2, 8, 2);     // due 17:00 today
        reviewed("c", 1, 2, 20, 2);    // due 05:00 tomorrow
        DailyReview r = review(List.of("a", "b", "c", "d", "e"), ZoneOffset.UTC);
        assertEquals(new DailyReview.Counts(2, 2), r.total());            // a, b due; d, e never reviewed
        assertEquals(new DailyReview.Counts(1, 1), r.counts(List.of("b", "c", "e")));
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(20))), r.nextDue());
    }

    @Test
    void todayIsTheStudentsOwnCalendarDay() {
        reviewed("c", 1, 2, 19, 2);    // due 2026-12-04T04:00Z: still 3 December in New York (23:00 EST)
        assertEquals(1, review(List.of("c"), ZoneId.of("America/New_York")).total().due());
        assertEquals(0, review(List.of("c"), ZoneOffset.UTC).total().due());
    }

    @Test
    void dueQuestionsComeLowestRecallFirstThenNewOnesInCatalogOrderUpToTheDailyLimit() {
        // R(t, S) falls with t/S: 4 days at S = 1 is below 2 days at S = 1, which is below 3 days at S = 10
        reviewed("long", 3, 10, -1, 3);
        reviewed("weak", 4, 1, -1, 3);
        reviewed("mid", 2, 1, -1, 3);
        List<String> ids = List.of("new1", "long", "new2", "weak", "new3", "mid");
        assertEquals(List.of("weak", "mid", "long", "new1", "new2"), review(ids, ZoneOffset.UTC).queue(2));
        assertEquals(List.of("weak", "mid", "long"), review(ids, ZoneOffset.UTC).queue(0));
    }

    @Test
    void questionsFirstReviewedTodayCountAgainstTheDailyLimit() {
        reviewed("seen-today", 0, 2.3065, 72, 1);      // first review at 09:00 today
        reviewed("seen-before", 5, 2.3065, 72, 2);     // reviewed again today, but first met 5 days ago
        states.put("seen-before", new ReviewState("seen-before", new MemoryState(9, 5), NOW, NOW.plus(Duration.ofDays(9)), 2, 0));
        reviewed("once-yesterday", 1, 2.3065, 48, 1);
        DailyReview r = review(List.of("seen-today", "seen-before", "once-yesterday", "n1", "n2", "n3"), ZoneOffset.UTC);
        assertEquals(1, r.newToday());
        assertEquals(2, r.newLeft(3));
        assertEquals(0, r.newLeft(1));
        assertEquals(List.of("n1", "n2"), r.queue(3), "nothing is due; 3 a day, 1 already met today");
    }

    @Test
    void masteryIsTheMeanRecallTodayWithNeverSeenQuestionsCountingZero() {
        reviewed("now", 0, 5, 120, 1);      // R(0, S) = 1
        reviewed("at-s", 4, 4, 0, 2);       // t = S: R = 0.9
        DailyReview r = review(List.of("now", "at-s", "never"), ZoneOffset.UTC);
        assertEquals((1 + 0.9 + 0) / 3, r.mastery(List.of("now", "at-s", "never")), 1e-8);
    }
}
