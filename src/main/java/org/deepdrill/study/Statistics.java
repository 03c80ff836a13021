package org.deepdrill.study;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The numbers behind each chart of the statistics screen, from one {@link StatisticsQueries}:
 * reviews per day, accuracy per topic per week, the due forecast, exam scores and the weakest
 * questions. Days and weeks are the student's, in {@code zone} (a day that has 23 or 25 hours
 * because the clocks change counts as one day). Every graded attempt is a review: the app
 * schedules each one.
 */
public final class Statistics {
    /** Days of reviews shown, today included. */
    public static final int REVIEW_DAYS = 30;
    /** Days of due forecast, today included. */
    public static final int FORECAST_DAYS = 14;
    /** Weeks of accuracy shown, this week included. */
    public static final int ACCURACY_WEEKS = 12;
    /** How many weakest questions are listed. */
    public static final int WEAKEST = 10;

    /** A number for one day (reviews done, or questions coming due). */
    public record DayCount(LocalDate day, int count) {
    }

    /** A topic's attempts in one week (Monday to Sunday), and how many were right. */
    public record WeekAccuracy(LocalDate monday, int attempts, int correct) {
        /** Right answers over attempts; empty in a week without attempts (no point on the chart). */
        public OptionalDouble accuracy() {
            return attempts == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / attempts);
        }
    }

    /** One topic's accuracy, week by week, oldest first. */
    public record TopicAccuracy(String topic, List<WeekAccuracy> weeks) {
    }

    /** A weak question: its chance of recall today, and its attempts and right answers so far. */
    public record WeakQuestion(String questionId, double retrievability, int attempts, int correct) {
    }

    /** Everything the statistics screen shows. */
    public record Screen(List<DayCount> reviewsPerDay, List<TopicAccuracy> accuracyPerTopic, List<DayCount> dueForecast,
            List<ExamScore> examScores, List<WeakQuestion> weakest) {
    }

    private Statistics() {
    }

    /**
     * All the screen's numbers at {@code now}. {@code topicOf} maps each question of the banks to
     * its topic, in the order topics are listed; questions no longer in the banks (a TA removed
     * them) are left out of the topic, forecast and weakest numbers but their attempts still
     * count as reviews done.
     */
    public static Screen compute(StatisticsQueries queries, Map<String, String> topicOf, Instant now, ZoneId zone) {
        List<ReviewState> reviews = queries.reviews();
        return new Screen(reviewsPerDay(queries, now, zone), accuracyPerTopic(queries, topicOf, now, zone),
                dueForecast(reviews, topicOf, now, zone), queries.examScores(), weakest(queries, reviews, topicOf, now));
    }

    /** Reviews done on each of the last {@value #REVIEW_DAYS} days, today last. */
    public static List<DayCount> reviewsPerDay(StatisticsQueries queries, Instant now, ZoneId zone) {
        LocalDate first = today(now, zone).minusDays(REVIEW_DAYS - 1);
        List<Instant> bounds = new ArrayList<>();
        for (int i = 0; i <= REVIEW_DAYS; i++) {
            bounds.add(first.plusDays(i).atStartOfDay(zone).toInstant());
        }
        int[] counts = queries.attemptCounts(bounds);
        List<DayCount> days = new ArrayList<>(REVIEW_DAYS);
        for (int i = 0; i < REVIEW_DAYS; i++) {
            days.add(new DayCount(first.plusDays(i), counts[i]));
        }
        return days;
    }

    /**
     * Each topic's accuracy in each of the last {@value #ACCURACY_WEEKS} weeks, this week last.
     * Weeks rather than days: a student answers a handful of a topic's questions a day, and a
     * day's accuracy of 3 answers jumps between 0, ⅓, ⅔ and 1 — a week's is a trend.
     */
    public static List<TopicAccuracy> accuracyPerTopic(StatisticsQueries queries, Map<String, String> topicOf,
            Instant now, ZoneId zone) {
        LocalDate thisMonday = today(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, List<WeekAccuracy>> byTopic = new LinkedHashMap<>();
        for (String topic : topicOf.values()) {
            byTopic.putIfAbsent(topic, new ArrayList<>());
        }
        for (int w = ACCURACY_WEEKS - 1; w >= 0; w--) {
            LocalDate monday = thisMonday.minusWeeks(w);
            Map<String, int[]> sums = new HashMap<>();
            for (Tally t : queries.tallies(monday.atStartOfDay(zone).toInstant(),
                    monday.plusWeeks(1).atStartOfDay(zone).toInstant())) {
                String topic = topicOf.get(t.questionId());
                if (topic != null) {
                    int[] s = sums.computeIfAbsent(topic, k -> new int[2]);
                    s[0] += t.attempts();
                    s[1] += t.correct();
                }
            }
            byTopic.forEach((topic, weeks) -> {
                int[] s = sums.getOrDefault(topic, new int[2]);
                weeks.add(new WeekAccuracy(monday, s[0], s[1]));
            });
        }
        List<TopicAccuracy> topics = new ArrayList<>();
        byTopic.forEach((topic, weeks) -> topics.add(new TopicAccuracy(topic, List.copyOf(weeks))));
        return topics;
    }

    /**
     * How many reviewed questions come due on each of the next {@value #FORECAST_DAYS} days,
     * today first; questions already overdue are due today, so they count there.
     */
    public static List<DayCount> dueForecast(List<ReviewState> reviews, Map<String, String> topicOf, Instant now,
            ZoneId zone) {
        LocalDate today = today(now, zone);
        int[] counts = new int[FORECAST_DAYS];
        for (ReviewState r : reviews) {
            if (r.isNew() || !topicOf.containsKey(r.questionId())) {
                continue;
            }
            long day = Math.max(0, today.until(r.due().atZone(zone).toLocalDate(), java.time.temporal.ChronoUnit.DAYS));
            if (day < FORECAST_DAYS) {
                counts[(int) day]++;
            }
        }
        List<DayCount> days = new ArrayList<>(FORECAST_DAYS);
        for (int i = 0; i < FORECAST_DAYS; i++) {
            days.add(new DayCount(today.plusDays(i), counts[i]));
        }
        return days;
    }

    /**
     * The {@value #WEAKEST} weakest questions: among the questions reviewed at least once, those
     * with the lowest chance of recall today ({@link ReviewState#retrievability}), ties broken by
     * the lowest share of right answers so far, then by id.
     *
     * <p>Why retrievability: it is what the scheduler predicts the student would recall if asked
     * now, and it folds in everything FSRS knows — how often the question was missed (a lapse
     * cuts stability), how hard it proved (difficulty) and how long ago it was last seen. A bare
     * hit rate would list a question missed once a month ago and known ever since. Questions never
     * seen are left out: they are unknown, not weak, and the home screen counts them as new.
     * Ties are common (every question reviewed today has R = 1), and there the hit rate tells a
     * question got right at the fourth try from one got right at once.
     */
    public static List<WeakQuestion> weakest(StatisticsQueries queries, List<ReviewState> reviews,
            Map<String, String> topicOf, Instant now) {
        Map<String, Tally> tallies = new HashMap<>();
        for (Tally t : queries.tallies()) {
            tallies.put(t.questionId(), t);
        }
        List<WeakQuestion> seen = new ArrayList<>();
        for (ReviewState r : reviews) {
            if (r.isNew() || !topicOf.containsKey(r.questionId())) {
                continue;
            }
            Tally t = tallies.getOrDefault(r.questionId(), new Tally(r.questionId(), 0, 0));
            seen.add(new WeakQuestion(r.questionId(), r.retrievability(now), t.attempts(), t.correct()));
        }
        seen.sort(Comparator.comparingDouble(WeakQuestion::retrievability)
                .thenComparingDouble(Statistics::hitRate)
                .thenComparing(WeakQuestion::questionId));
        return List.copyOf(seen.subList(0, Math.min(WEAKEST, seen.size())));
    }

    private static double hitRate(WeakQuestion q) {
        return q.attempts() == 0 ? 0 : (double) q.correct() / q.attempts();
    }

    private static LocalDate today(Instant now, ZoneId zone) {
        return Objects.requireNonNull(now, "now").atZone(zone).toLocalDate();
    }
}
