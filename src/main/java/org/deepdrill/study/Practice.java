package org.deepdrill.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deepdrill.bank.KeyException;
import org.deepdrill.bank.Notation;
import org.deepdrill.bank.Question;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.Step;
import org.deepdrill.grade.Grader;
import org.deepdrill.grade.Key;
import org.deepdrill.grade.Verdict;

/**
 * A practice set: an ordered list of questions, the one on screen, the numbers each is drawn
 * with, and grading that records every counted attempt. Plain and synchronous: the view model
 * calls it through a {@link TaskRunner}, so nothing here runs on the UI thread.
 */
public final class Practice {
    /** A question as shown: its instance (drawn numbers, computed key, worked steps) and figure. */
    public record Shown(Catalog.Entry entry, Variants.Instance instance, Optional<FigureData> figure) {
        public Question question() {
            return instance.question();
        }

        /**
         * The worked solution: the compute steps behind the key, labelled in the question's own
         * notation (empty for non-computed questions).
         */
        public List<Step> steps() {
            return instance.key().work() == null ? List.of() : Notation.rewrite(instance.key().work().steps(), question().notation());
        }
    }

    /**
     * One answer as the scheduler saw it: the question's review state before and after, the
     * rating the answer earned, and the moment it was given (kept so that pressing <em>Easy</em>
     * re-schedules the same review rather than adding one).
     */
    public record Scheduled(String questionId, ReviewState before, ReviewState after, Rating rating, Instant at) {
        /**
         * The days until the question comes back: the chosen rating's interval, {@code due −
         * last review} in whole days (the due time is the review time plus that many days).
         */
        public int intervalDays() {
            return (int) Duration.between(after.lastReview(), after.due()).toDays();
        }

        /** Whether the answer earned all its points without <em>Easy</em> yet: then Easy is offered. */
        public boolean canBeEasy() {
            return rating == Rating.GOOD;
        }
    }

    /** A graded answer and, when it counted, how it was scheduled. */
    public record Graded(Verdict verdict, Optional<Scheduled> scheduled) {
    }

    /** The text of a question before its key is computed: enough to read it and start typing. */
    public record Stem(Catalog.Entry entry, Question question, Optional<FigureData> figure) {
    }

    private final List<Catalog.Entry> entries;
    private final Variants variants;
    private final ProgressLog log;
    private final Clock clock;
    private final Map<String, Long> seeds = new HashMap<>();
    private int index;

    public Practice(List<Catalog.Entry> entries, Variants variants, ProgressLog log, Clock clock) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a practice set needs at least one question");
        }
        this.entries = List.copyOf(entries);
        this.variants = variants;
        this.log = log;
        this.clock = clock;
    }

    public int size() {
        return entries.size();
    }

    public int index() {
        return index;
    }

    public Catalog.Entry current() {
        return entries.get(index);
    }

    public boolean hasNext() {
        return index + 1 < entries.size();
    }

    public boolean hasPrevious() {
        return index > 0;
    }

    public void next() {
        if (hasNext()) {
            index++;
        }
    }

    /** Moves to the question with this id, if the set has it. */
    public boolean goTo(String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                index = i;
                return true;
            }
        }
        return false;
    }

    public void previous() {
        if (hasPrevious()) {
            index--;
        }
    }

    /** Computes the current question with its numbers (the sheet's own until new ones are drawn). */
    public Shown show() throws KeyException {
        Catalog.Entry e = current();
        Variants.Instance instance = variants.instance(e.question(), seeds.get(e.id()));
        return new Shown(e, instance, FigureBuilder.of(instance));
    }

    /**
     * The current question's text without computing its key — instant even while ND4J is still
     * loading — or empty when it shows drawn numbers (drawing needs the core anyway).
     */
    public Optional<Stem> stem() throws KeyException {
        Catalog.Entry e = current();
        if (seeds.containsKey(e.id())) {
            return Optional.empty();
        }
        Question q = variants.defaultStem(e.question());
        return Optional.of(new Stem(e, q, FigureBuilder.ofData(q)));
    }

    /**
     * Gives every drawn drill of the set fresh numbers ({@code seeds} supplies one per drill): a
     * review asks for the concept, not for the instance remembered from last time.
     */
    public void drawFreshNumbers(java.util.function.LongSupplier seeds) {
        for (Catalog.Entry e : entries) {
            if (e.question().isParametric()) {
                this.seeds.put(e.id(), seeds.getAsLong());
            }
        }
    }

    /** Draws new numbers for the current question with {@code seed} and shows it. */
    public Shown newNumbers(long seed) throws KeyException {
        seeds.put(current().id(), seed);
        return show();
    }

    /** Whether the current question can draw new numbers. */
    public boolean isParametric() {
        return current().question().isParametric();
    }

    /**
     * Grades what was typed for {@code shown}. An answer that does not parse ({@code correct}
     * null) is not an attempt: nothing is recorded and the student simply tries again.
     */
    public Verdict submit(Shown shown, String typed) {
        return grade(shown, typed).verdict();
    }

    /** Like {@link #submit}, with how the answer was scheduled when it counted. */
    public Graded grade(Shown shown, String typed) {
        Verdict v = shown.instance().key().check(typed);
        if (v.correct() == null) {
            return new Graded(v, Optional.empty());
        }
        return new Graded(v, Optional.of(record(shown, v.correct(), v.score(), typed)));
    }

    /** Records an open question the student marked against its rubric. */
    public Scheduled selfMark(Shown shown, double score, String typed) {
        Verdict marked = Grader.selfMarked(new Key.SelfMarked(shown.question().points()), score);
        return record(shown, marked.correct(), marked.score(), typed);
    }

    /**
     * The student found an answer that earned all its points easy: the same review is scheduled
     * again as Easy, from the state it started from and at the moment it was given. Only the
     * review changes; the attempt stays recorded once.
     */
    public Scheduled markEasy(Scheduled good) {
        if (!good.canBeEasy()) {
            throw new IllegalArgumentException("only an answer rated Good can become Easy, not " + good.rating());
        }
        ReviewState easy = Schedule.after(good.before(), Rating.EASY, good.at());
        log.saveReview(easy);
        return new Scheduled(good.questionId(), good.before(), easy, Rating.EASY, good.at());
    }

    private Scheduled record(Shown shown, boolean correct, double score, String typed) {
        String id = shown.entry().id();
        Instant now = clock.instant();
        double points = shown.question().points();
        Rating rating = Rating.ofGrade(correct, score, points, false).orElseThrow(); // correct is never null here
        ReviewState before = log.review(id);
        ReviewState after = Schedule.after(before, rating, now);
        // committed, attempt and review together, before the verdict goes back to be shown
        log.record(new Attempt(id, now, shown.instance().seed(), typed, score, points, correct), after);
        return new Scheduled(id, before, after, rating, now);
    }
}
