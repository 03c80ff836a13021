package org.deepdrill.study;

import java.time.Instant;
import java.util.List;

/**
 * What the statistics screen asks of the progress log ({@link Statistics} turns the answers into
 * the numbers behind each chart). Kept to what a database answers well — counts over time
 * spans — so the store answers each with one indexed query; the calendar (days and weeks in
 * the student's time zone) stays in {@link Statistics}. The store implements it in SQL,
 * {@link MemoryProgressLog} in memory; a contract test holds both to the same answers.
 */
public interface StatisticsQueries {

    /**
     * How many attempts fall in each span {@code [bounds[i], bounds[i + 1])}: n + 1 ascending
     * bounds give n counts.
     */
    int[] attemptCounts(List<Instant> bounds);

    /**
     * Per question, the attempts in {@code [from, to)} and how many were right; questions with no
     * attempt in the span are left out. Ordered by question id.
     */
    List<Tally> tallies(Instant from, Instant to);

    /** Per question, every attempt so far and how many were right; ordered by question id. */
    default List<Tally> tallies() {
        return tallies(Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE));
    }

    /** Every reviewed question's FSRS state. Never-reviewed questions have none. */
    List<ReviewState> reviews();

    /**
     * Every handed-in exam sitting's score, oldest first. Empty in this version: there is no exam
     * mode yet, so nothing records a sitting; the chart and the export already have their place.
     */
    List<ExamScore> examScores();
}
