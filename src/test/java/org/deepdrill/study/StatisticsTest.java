package org.deepdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics screen's numbers on a small history counted by hand. The student lives in
 * Berlin (UTC+1 in March before the clocks change), so an answer at 23:30 UTC falls on the next
 * local day; "now" is Friday 2026-03-20 13:00 local, in the week that began on Monday 03-16.
 */
class StatisticsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    private final MemoryProgressLog log = new MemoryProgressLog();
    private final Map<String, String> topicOf = new LinkedHashMap<>();

    @BeforeEach
    void seedAHistory() {
        topicOf.put("lap1", "graphs");
        topicOf.put("lap2", "graphs");
        topicOf.put("att1", "attention");
        topicOf.put("rnn1", "rnn");
        topicOf.put("rnn2", "rnn"); // never answered
        // "gone" was answered, but a TA has since removed it from the banks

        answer("lap1", true, "2026-03-20T10:00:00Z");
        answer("rnn1", true, "2026-03-20T08:00:00Z");
        answer("lap2", false, "2026-03-19T23:30:00Z"); // 00:30 on 03-20 in Berlin
        answer("att1", true, "2026-03-19T22:30:00Z");  // 23:30 on 03-19 in Berlin
        answer("lap1", false, "2026-03-16T09:00:00Z");
        answer("att1", false, "2026-03-10T09:00:00Z");
        answer("lap1", true, "2026-03-10T09:01:00Z");
        answer("gone", true, "2026-02-19T12:00:00Z");  // the first of the 30 days
        answer("lap2", true, "2026-02-18T12:00:00Z");  // the day before them

        review("lap1", 10, "2026-03-20T10:00:00Z", "2026-03-30T10:00:00Z");
        review("lap2", 1, "2026-03-19T23:30:00Z", "2026-03-20T23:30:00Z"); // due 00:30 on 03-21 in Berlin
        review("att1", 2, "2026-03-10T09:00:00Z", "2026-03-12T09:00:00Z"); // overdue
        review("rnn1", 100, "2026-03-20T08:00:00Z", "2026-05-01T08:00:00Z");
        review("gone", 5, "2026-02-19T12:00:00Z", "2026-03-22T12:00:00Z");
    }

    private void answer(String id, boolean correct, String at) {
        log.recordAttempt(id, null, correct, correct ? 1 : 0, 1, "x", Instant.parse(at));
    }

    private void review(String id, double stability, String last, String due) {
        log.saveReview(new ReviewState(id, new MemoryState(stability, 5), Instant.parse(last), Instant.parse(due), 1, 0));
    }

    @Test
    void reviewsPerDayCountTheLastThirtyLocalDaysWithTodayLast() {
        List<Statistics.DayCount> days = Statistics.reviewsPerDay(log, NOW, BERLIN);
        assertEquals(30, days.size());
        assertEquals(LocalDate.parse("2026-02-19"), days.get(0).day());
        assertEquals(LocalDate.parse("2026-03-20"), days.get(29).day());
        Map<String, Integer> nonZero = new LinkedHashMap<>();
        days.stream().filter(d -> d.count() > 0).forEach(d -> nonZero.put(d.day().toString(), d.count()));
        assertEquals(Map.of("2026-02-19", 1, "2026-03-10", 2, "2026-03-16", 1, "2026-03-19", 1, "2026-03-20", 3),
                nonZero);
    }

    @Test
    void accuracyIsCountedPerTopicPerWeekFromMondayForTwelveWeeks() {
        List<Statistics.TopicAccuracy> topics = Statistics.accuracyPerTopic(log, topicOf, NOW, BERLIN);
        assertEquals(List.of("graphs", "attention", "rnn"), topics.stream().map(Statistics.TopicAccuracy::topic).toList());
        for (Statistics.TopicAccuracy t : topics) {
            assertEquals(12, t.weeks().size());
            assertEquals(LocalDate.parse("2025-12-29"), t.weeks().get(0).monday());
            assertEquals(LocalDate.parse("2026-03-16"), t.weeks().get(11).monday());
        }
        Statistics.TopicAccuracy graphs = topics.get(0);
        // this week: lap1 wrong (Mon), lap2 wrong (Fri 00:30 local), lap1 right (Fri): 1 of 3
        assertEquals(new Statistics.WeekAccuracy(LocalDate.parse("2026-03-16"), 3, 1), graphs.weeks().get(11));
        assertEquals(new Statistics.WeekAccuracy(LocalDate.parse("2026-03-09"), 1, 1), graphs.weeks().get(10));
        assertEquals(new Statistics.WeekAccuracy(LocalDate.parse("2026-02-16"), 1, 1), graphs.weeks().get(7));
        assertEquals(new Statistics.WeekAccuracy(LocalDate.parse("2026-02-23"), 0, 0), graphs.weeks().get(8));
        assertEquals(OptionalDouble.empty(), graphs.weeks().get(8).accuracy());
        assertEquals(1.0 / 3, graphs.weeks().get(11).accuracy().getAsDouble(), 1e-12);

        Statistics.TopicAccuracy attention = topics.get(1);
        assertEquals(new Statistics.WeekAccuracy(LocalDate.parse("2026-03-16"), 1, 1), attention.weeks().get(11));
        assertEquals(new Statistics.WeekAccuracy(LocalDate.parse("2026-03-09"), 1, 0), attention.weeks().get(10));
        // "gone" (week of 02-16) belongs to no topic; it is in no topic's counts
        int all = topics.stream().flatMap(t -> t.weeks().stream()).mapToInt(Statistics.WeekAccuracy::attempts).sum();
        assertEquals(8, all);
    }

    @Test
    void theForecastCountsReviewedQuestionsByTheLocalDayTheyComeDueOverdueOnesToday() {
        List<Statistics.DayCount> days = Statistics.dueForecast(log.reviews(), topicOf, NOW, BERLIN);
        assertEquals(14, days.size());
        assertEquals(LocalDate.parse("2026-03-20"), days.get(0).day());
        assertEquals(LocalDate.parse("2026-04-02"), days.get(13).day());
        int[] expected = new int[14];
        expected[0] = 1;  // att1, due since 03-12
        expected[1] = 1;  // lap2, 00:30 on 03-21 in Berlin (still 03-20 in UTC)
        expected[10] = 1; // lap1, 03-30; rnn1 (05-01) is beyond the fortnight, "gone" is in no bank
        assertEquals(List.of(expected[0], expected[1], 0, 0, 0, 0, 0, 0, 0, 0, expected[10], 0, 0, 0),
                days.stream().map(Statistics.DayCount::count).toList());
    }

    @Test
    void theWeakestAreTheLeastLikelyRecalledTodayThenTheLeastOftenRight() {
        List<Statistics.WeakQuestion> weakest = Statistics.weakest(log, log.reviews(), topicOf, NOW);
        // R(t, S) = (1 + factor·t/S)^−0.1542 with factor = 0.98034649 (fsrs.md), t in UTC days:
        // att1 t = 10, S = 2: 0.76052756; lap2 t = 1, S = 1: 0.9; lap1 and rnn1 today: 1, where
        // lap1's 2 of 3 right comes before rnn1's 1 of 1. rnn2 was never seen; "gone" is in no bank.
        assertEquals(List.of(
                new Statistics.WeakQuestion("att1", 0.76052756, 2, 1),
                new Statistics.WeakQuestion("lap2", 0.9, 2, 1),
                new Statistics.WeakQuestion("lap1", 1.0, 3, 2),
                new Statistics.WeakQuestion("rnn1", 1.0, 1, 1)), weakest);
    }

    @Test
    void onlyTheTenWeakestAreListed() {
        MemoryProgressLog many = new MemoryProgressLog();
        Map<String, String> topics = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            String id = String.format("q%02d", i);
            topics.put(id, "t");
            // q01 reviewed 12 days ago, q12 1 day ago: q01 is the least likely recalled
            Instant last = NOW.minus(java.time.Duration.ofDays(13 - i));
            many.saveReview(new ReviewState(id, new MemoryState(3, 5), last, last.plus(java.time.Duration.ofDays(3)), 1, 0));
        }
        List<String> ids = Statistics.weakest(many, many.reviews(), topics, NOW).stream()
                .map(Statistics.WeakQuestion::questionId).toList();
        assertEquals(List.of("q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08", "q09", "q10"), ids);
    }

    @Test
    void theScreenHoldsEveryChartsNumbersAndNoExamScoresYet() {
        Statistics.Screen screen = Statistics.compute(log, topicOf, NOW, BERLIN);
        assertEquals(Statistics.reviewsPerDay(log, NOW, BERLIN), screen.reviewsPerDay());
        assertEquals(3, screen.accuracyPerTopic().size());
        assertEquals(3, screen.dueForecast().stream().mapToInt(Statistics.DayCount::count).sum());
        assertEquals(4, screen.weakest().size());
        assertEquals(List.of(), screen.examScores());
    }
}
