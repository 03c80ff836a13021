package org.deepdrill.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Today's review, from a snapshot of every question's review state: what is due today, what is
 * new, and the session's queue — the due questions, lowest chance of recall first, then up to a
 * daily number of new ones. "Today" is the calendar day of {@code zone} (the student's own day,
 * so a question due at 18:00 counts from the morning on).
 */
public final class DailyReview {
    /** New questions a day unless the student sets another number. */
    public static final int DEFAULT_NEW_PER_DAY = 10;
    /** The most new questions a day the setting allows. */
    public static final int MAX_NEW_PER_DAY = 200;

    /** How many questions are due today and how many were never reviewed. */
    public record Counts(int due, int fresh) {
    }

    private final Map<String, ReviewState> states = new LinkedHashMap<>();
    private final Instant now;
    private final Instant startOfToday;
    private final Instant startOfTomorrow;

    /** Reads the state of each of {@code ids} (in the catalog's order) once, at {@code now}. */
    public DailyReview(Collection<String> ids, Function<String, ReviewState> state, Instant now, ZoneId zone) {
        for (String id : ids) {
            states.put(id, state.apply(id));
        }
        this.now = now;
        LocalDate today = LocalDate.ofInstant(now, zone);
        this.startOfToday = today.atStartOfDay(zone).toInstant();
        this.startOfTomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Reviewed before and due before today ends. */
    public boolean isDue(String id) {
        ReviewState s = state(id);
        return !s.isNew() && s.due().isBefore(startOfTomorrow);
    }

    public boolean isNew(String id) {
        return state(id).isNew();
    }

    private ReviewState state(String id) {
        return states.getOrDefault(id, ReviewState.unseen(id));
    }

    /** Due and new questions among {@code ids}. */
    public Counts counts(Collection<String> ids) {
        int due = 0;
        int fresh = 0;
        for (String id : ids) {
            if (isNew(id)) {
                fresh++;
            } else if (isDue(id)) {
                due++;
            }
        }
        return new Counts(due, fresh);
    }

    /** Due and new questions over all of them. */
    public Counts total() {
        return counts(states.keySet());
    }

    /**
     * Questions first reviewed today, which count against the day's new ones. A question reviewed
     * exactly once, today, is one; a new question answered a second time today no longer looks
     * new (the progress log keeps no first-review time), so the day's limit is then exceeded by one.
     */
    public int newToday() {
        int n = 0;
        for (ReviewState s : states.values()) {
            if (!s.isNew() && s.reps() == 1 && !s.lastReview().isBefore(startOfToday)) {
                n++;
            }
        }
        return n;
    }

    /** How many new questions today's session may still bring in: {@code perDay − newToday()}, at least 0. */
    public int newLeft(int perDay) {
        return Math.max(0, perDay - newToday());
    }

    /**
     * Today's session: the due questions, lowest chance of recall now first (ties: due earlier
     * first, then catalog order), then the first {@link #newLeft} new questions in catalog order.
     */
    public List<String> queue(int perDay) {
        List<String> due = new ArrayList<>(states.keySet().stream().filter(this::isDue).toList());
        due.sort(Comparator.<String>comparingDouble(id -> state(id).retrievability(now))
                .thenComparing(id -> state(id).due()));
        List<String> out = new ArrayList<>(due);
        states.keySet().stream().filter(this::isNew).limit(newLeft(perDay)).forEach(out::add);
        return out;
    }

    /** When the next question not due today comes due, if any was reviewed. */
    public Optional<Instant> nextDue() {
        return states.values().stream().filter(s -> !s.isNew() && !s.due().isBefore(startOfTomorrow))
                .map(ReviewState::due).min(Comparator.naturalOrder());
    }

    /** FSRS's mastery of {@code ids} now ({@link Schedule#mastery(Collection, Function, Instant)}). */
    public double mastery(Collection<String> ids) {
        return Schedule.mastery(ids, this::state, now);
    }

    /** Whether any of {@code ids} was ever reviewed. */
    public boolean anyReviewed(Collection<String> ids) {
        return ids.stream().anyMatch(id -> !isNew(id));
    }
}
