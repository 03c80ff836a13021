package org.deepdrill.study;

import java.time.Clock;
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
        Verdict v = shown.instance().key().check(typed);
        if (v.correct() != null) {
            record(shown, v.correct(), v.score(), typed);
        }
        return v;
    }

    /** Records an open question the student marked against its rubric. */
    public void selfMark(Shown shown, double score, String typed) {
        double max = shown.question().points();
        record(shown, score >= max - 1e-9, Math.max(0, Math.min(max, score)), typed);
    }

    private void record(Shown shown, boolean correct, double score, String typed) {
        String id = shown.entry().id();
        Instant now = clock.instant();
        double points = shown.question().points();
        Rating rating = Rating.ofGrade(correct, score, points, false).orElseThrow(); // correct is never null here
        // committed, attempt and review together, before the verdict goes back to be shown
        log.record(new Attempt(id, now, shown.instance().seed(), typed, score, points, correct),
                Schedule.after(log.review(id), rating, now));
    }
}
