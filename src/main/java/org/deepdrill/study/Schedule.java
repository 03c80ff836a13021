package org.deepdrill.study;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A small Leitner scheduler. Each question sits in a box 0..{@value #TOP_BOX}; a right answer
 * moves it up one box and makes it due again after that box's interval, a wrong answer sends it
 * back to box 0, due at once. Spacing reviews further apart as answers keep coming out right is
 * what makes practice stick, and a box is easy to explain to a student ("right 3 times in a row").
 */
public final class Schedule {
    /** The highest box; right answers there keep the question in it. */
    public static final int TOP_BOX = 5;

    /** How long a question rests in each box before it is due again, indexed by box. */
    public static final List<Duration> INTERVALS = List.of(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(16), Duration.ofDays(35));

    private Schedule() {
    }

    /**
     * The state after answering at {@code now}: right moves up a box (at most {@link #TOP_BOX})
     * and is due after that box's interval; wrong goes back to box 0, due now.
     */
    public static ReviewState after(ReviewState prev, boolean correct, Instant now) {
        if (!correct) {
            return new ReviewState(prev.questionId(), 0, now);
        }
        int box = Math.min(prev.box() + 1, TOP_BOX);
        return new ReviewState(prev.questionId(), box, now.plus(INTERVALS.get(box)));
    }

    /**
     * How well a topic is known from the attempts alone, 0..1: the mean over the topic's
     * (distinct) questions of each question's hit rate {@code correct / attempts}, a question
     * never attempted counting 0. Example: three questions, one right 2 times of 4, one right
     * once of once, one never tried: (0.5 + 1 + 0) / 3 = 0.5. An empty topic has mastery 0.
     */
    public static double mastery(Map<String, QuestionStats> stats, Collection<String> questionIds) {
        Set<String> ids = new LinkedHashSet<>(questionIds);
        if (ids.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String id : ids) {
            QuestionStats s = stats.get(id);
            if (s != null && s.attempts() > 0) {
                sum += (double) s.correct() / s.attempts();
            }
        }
        return sum / ids.size();
    }

    /**
     * How well a topic is retained by the scheduler's reckoning, 0..1: the mean over the topic's
     * (distinct) questions of {@code box / TOP_BOX}. Because a wrong answer resets the box to 0,
     * this is the share of questions whose last answer was right, each weighted by how many
     * right answers in a row it has had (capped at {@value #TOP_BOX}). Example: boxes 5, 1 and 0
     * (or never seen) give (1 + 0.2 + 0) / 3 = 0.4. An empty topic has mastery 0.
     */
    public static double mastery(Collection<String> questionIds, Function<String, ReviewState> states) {
        Set<String> ids = new LinkedHashSet<>(questionIds);
        if (ids.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String id : ids) {
            sum += (double) states.apply(id).box() / TOP_BOX;
        }
        return sum / ids.size();
    }

    /**
     * The order for review practice: first the questions due at {@code now}, weakest box first
     * and, within a box, longest overdue first (so never-seen questions, due since the epoch, lead
     * box 0); then the questions not yet due, soonest first. Ties keep the given order.
     */
    public static List<String> dueFirst(List<String> ids, Function<String, ReviewState> states, Instant now) {
        record Keyed(String id, ReviewState state) {
        }
        List<Keyed> keyed = new ArrayList<>(ids.size());
        for (String id : ids) {
            keyed.add(new Keyed(id, states.apply(id)));
        }
        Comparator<Keyed> order = Comparator.comparing((Keyed k) -> !k.state().isDue(now))
                .thenComparingInt(k -> k.state().isDue(now) ? k.state().box() : 0)
                .thenComparing(k -> k.state().due());
        keyed.sort(order); // List.sort is stable: ties keep the given order
        List<String> ordered = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            ordered.add(k.id());
        }
        return ordered;
    }
}
