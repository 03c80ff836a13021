package org.deepdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FSRS-6 against numbers worked out independently of this code: the worked history of
 * ../shared/fsrs.md (printed by the reference, ts-fsrs) and cases worked by hand from the page's
 * formulas with the default weights (a calculator's exp and pow, rounded with round8 as the
 * page says; intermediate values are in the comments).
 */
class FsrsTest {
    private static final double EXACT = 1e-12; // states are rounded to 8 decimals: they agree to the digit

    private static Instant at(String t) {
        return Instant.parse(t);
    }

    @Test
    void thePagesWorkedHistoryGivesItsFourRows() {
        ReviewState s = ReviewState.unseen("q");
        s = Schedule.after(s, Rating.GOOD, at("2026-03-12T08:30:00Z"));
        assertState(s, 2.3065, 2.11810397, "2026-03-15T08:30:00Z");
        s = Schedule.after(s, Rating.GOOD, at("2026-03-14T09:00:00Z")); // t = 2
        assertState(s, 10.96433194, 2.11121424, "2026-03-25T09:00:00Z");
        s = Schedule.after(s, Rating.AGAIN, at("2026-03-20T07:00:00Z")); // t = 6
        assertState(s, 1.44937202, 7.39223814, "2026-03-21T07:00:00Z");
        s = Schedule.after(s, Rating.EASY, at("2026-03-20T19:00:00Z")); // t = 0
        assertState(s, 1.44937202, 6.50607402, "2026-03-24T19:00:00Z");
        assertEquals(4, s.reps());
        assertEquals(1, s.lapses());
    }

    @Test
    void thePagesWorkedHistoryGivesItsIntervals() {
        Instant t0 = at("2026-03-12T08:30:00Z");
        Fsrs.Review first = Fsrs.review(null, 0, t0, Rating.GOOD);
        assertEquals(3, first.intervalDays());
        Fsrs.Review second = Fsrs.review(first.state(), 2, at("2026-03-14T09:00:00Z"), Rating.GOOD);
        assertEquals(11, second.intervalDays());
        Fsrs.Review third = Fsrs.review(second.state(), 6, at("2026-03-20T07:00:00Z"), Rating.AGAIN);
        assertEquals(1, third.intervalDays());
        Fsrs.Review fourth = Fsrs.review(third.state(), 0, at("2026-03-20T19:00:00Z"), Rating.EASY);
        assertEquals(4, fourth.intervalDays());
    }

    /**
     * S = max(w[g−1], 0.1); D = clamp(round8(w[4] − e^((g−1)·w[5]) + 1), 1, 10):
     * D0(1) = 6.4133, D0(2) = 6.4133 − e^0.8334 + 1 = 5.11217071, D0(3) = 6.4133 − e^1.6668 + 1
     * = 2.11810397, D0(4) = 6.4133 − e^2.5002 + 1 = −4.7716307, clamped to 1. Own intervals
     * round(S) = 0→1, 1, 2, 8, ordered: a = 1, h = max(1, a+1) = 2, g = max(2, h+1) = 3, e = 8.
     */
    @ParameterizedTest
    @CsvSource({"AGAIN, 0.212, 6.4133, 1", "HARD, 1.2931, 5.11217071, 2", "GOOD, 2.3065, 2.11810397, 3",
        "EASY, 8.2956, 1, 8"})
    void aFirstReviewStartsFromTheRatingsInitialState(Rating g, double s, double d, int days) {
        Fsrs.Review r = Fsrs.review(null, 0, at("2026-03-12T08:30:00Z"), g);
        assertEquals(s, r.state().stability(), EXACT);
        assertEquals(d, r.state().difficulty(), EXACT);
        assertEquals(days, r.intervalDays());
        assertEquals(at("2026-03-12T08:30:00Z").plusSeconds(86_400L * days), r.due());
    }

    /**
     * From (S = 2.3065, D = 2.11810397) after t = 2 days: factor = round8(0.9^(−1/0.1542) − 1)
     * = 0.98034649, r = round8((1 + 0.98034649·2/2.3065)^−0.1542) = 0.90949326.
     * S_forget = round8(1.4835 · D^−0.0614 · (3.3065^0.2629 − 1) · e^((1−r)·1.6483)) = 0.6075801,
     * below S, so S = 0.6075801. ΔD = −3.0194·(1−3) = 6.0388; D' = D + round8(6.0388·(10−D)/9)
     * = 7.40668105; D = round8(0.001·(−4.7716307) + 0.999·D') = 7.39450274.
     * Own intervals: Again 1, Hard round(7.51332013) = 8, Good round(10.96433194) = 11, Easy
     * round(18.52175344) = 19 — already in order.
     */
    @ParameterizedTest
    @CsvSource({"AGAIN, 0.6075801, 7.39450274, 1", "HARD, 7.51332013, 4.75285849, 8",
        "GOOD, 10.96433194, 2.11121424, 11", "EASY, 18.52175344, 1, 19"})
    void aSecondReviewTwoDaysAfterAGoodOneMovesEachRatingItsOwnWay(Rating g, double s, double d, int days) {
        MemoryState good = new MemoryState(2.3065, 2.11810397);
        Fsrs.Review r = Fsrs.review(good, 2, at("2026-03-14T09:00:00Z"), g);
        assertEquals(s, r.state().stability(), EXACT);
        assertEquals(d, r.state().difficulty(), EXACT);
        assertEquals(days, r.intervalDays());
    }

    @Test
    void aSameDayReviewHasRecallOneSoSuccessKeepsStabilityAndOnlyDifficultyReverts() {
        MemoryState s = new MemoryState(2.3065, 2.11810397);
        MemoryState good = Fsrs.next(s, 0, Rating.GOOD);
        assertEquals(2.3065, good.stability(), EXACT); // e^0 − 1 = 0: no growth
        // ΔD = 0 for Good; D = round8(0.001·(−4.7716307) + 0.999·2.11810397) = 2.11121424
        assertEquals(2.11121424, good.difficulty(), EXACT);
        MemoryState again = Fsrs.next(s, 0, Rating.AGAIN);
        // r = 1: S_forget = round8(1.4835 · D^−0.0614 · (3.3065^0.2629 − 1) · e^0) = 0.52337685 < S
        assertEquals(0.52337685, again.stability(), EXACT);
        assertEquals(1.0, Fsrs.retrievability(0, 2.3065));
    }

    @Test
    void difficultyIsClampedAtOneAndNeverReachesTen() {
        // Easy from D = 1: D' = 1 + round8(−6.0388·9/9) = −5.0388; mean reversion keeps it below 1: clamped
        assertEquals(1.0, Fsrs.next(new MemoryState(5, 1), 3, Rating.EASY).difficulty());
        // Again from D = 10: damping makes ΔD·(10 − D)/9 = 0, and round8(0.001·(−4.7716307) + 0.999·10)
        // = 9.98522837: with the default weights the upper clamp is never needed
        assertEquals(9.98522837, Fsrs.next(new MemoryState(5, 10), 3, Rating.AGAIN).difficulty(), EXACT);
    }

    /**
     * At the cap S = 36500, reviewed when due (t = 36500, r = 0.9): Hard's stability grows past
     * the cap and is clamped to 36500, interval 36500; the ordering then puts Good a day later
     * (36501) and Easy two (36502) — the reference does the same: the ordering runs after the cap.
     */
    @ParameterizedTest
    @CsvSource({"HARD, 36500", "GOOD, 36501", "EASY, 36502"})
    void stabilityAndIntervalStopAtAHundredYears(Rating g, int days) {
        Fsrs.Review r = Fsrs.review(new MemoryState(36_500, 1), 36_500, at("2100-01-01T00:00:00Z"), g);
        assertEquals(36_500.0, r.state().stability());
        assertEquals(days, r.intervalDays());
    }

    @Test
    void recallFallsToNinetyPercentAfterStabilityDays() {
        assertEquals(1.0, Fsrs.retrievability(0, 10));
        assertEquals(0.9, Fsrs.retrievability(10, 10), EXACT);
        assertEquals(0.90949326, Fsrs.retrievability(2, 2.3065), EXACT); // worked above
        assertTrue(Fsrs.retrievability(100, 10) < Fsrs.retrievability(20, 10));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-12T23:59:59.999Z, 2026-03-13T00:00:00Z, 1",   // a millisecond, but a new UTC date
        "2026-03-13T00:00:01Z, 2026-03-13T23:59:59Z, 0",       // almost a day, the same date
        "2024-02-28T10:00:00Z, 2024-03-01T09:00:00Z, 2",       // over a leap day
        "2026-03-12T08:30:00+01:00, 2026-03-12T23:30:00-01:00, 1", // the dates that count are UTC's
        "2026-03-14T09:00:00Z, 2026-03-12T08:30:00Z, -2"})
    void elapsedDaysCountUtcDateBoundaries(String last, String now, long days) {
        assertEquals(days, Fsrs.elapsedDays(java.time.OffsetDateTime.parse(last).toInstant(),
                java.time.OffsetDateTime.parse(now).toInstant()));
    }

    @Test
    void aNegativeElapsedTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Fsrs.next(new MemoryState(1, 5), -1, Rating.GOOD));
    }

    private static void assertState(ReviewState s, double stability, double difficulty, String due) {
        assertEquals(stability, s.memory().stability(), EXACT);
        assertEquals(difficulty, s.memory().difficulty(), EXACT);
        assertEquals(Instant.parse(due), s.due());
    }
}
