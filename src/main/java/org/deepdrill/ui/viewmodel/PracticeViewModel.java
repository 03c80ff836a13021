package org.deepdrill.ui.viewmodel;

import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.deepdrill.grade.Verdict;
import org.deepdrill.bank.Kind;
import org.deepdrill.study.Practice;
import org.deepdrill.study.TaskRunner;

/**
 * The state of the practice screen: the question on screen, the verdict of the last submission,
 * whether work is running. Every computation goes through the injected {@link TaskRunner}; the
 * view only binds to these properties and calls the commands.
 */
public final class PracticeViewModel {
    private final Practice practice;
    private final TaskRunner runner;
    private final LongSupplier freshSeeds;

    private final ObjectProperty<Practice.Stem> stem = new SimpleObjectProperty<>();
    private final ObjectProperty<Practice.Shown> shown = new SimpleObjectProperty<>();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty nudge = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty answered = new SimpleBooleanProperty();
    private final BooleanProperty selfMarked = new SimpleBooleanProperty();
    private final ObjectProperty<Practice.Scheduled> scheduled = new SimpleObjectProperty<>();

    public PracticeViewModel(Practice practice, TaskRunner runner, LongSupplier freshSeeds) {
        this.practice = practice;
        this.runner = runner;
        this.freshSeeds = freshSeeds;
    }

    /**
     * Shows the current question: first its text (instant, no compute core needed), then, once
     * the key and worked steps are computed, the complete question.
     */
    public void load() {
        load(runner);
    }

    /**
     * Like {@link #load}, but the question's text is set at once, so it is in the window's very
     * first frame. Only for the app's start: the stem copies a little JSON and fills in the
     * sheet's numbers, no parsing and no compute core.
     */
    public void loadWithStemNow() {
        load(TaskRunner.SAME_THREAD);
    }

    private void load(TaskRunner stemRunner) {
        shown.set(null);
        stem.set(null);
        // the runner has logged a failure; the student hears of it unless the question is shown after all
        stemRunner.run(practice::stem, s -> s.ifPresent(stem::set), e -> {
            if (shown.get() == null && problem.get().isEmpty()) {
                problem.set("Question " + practice.current().id() + " cannot be shown: " + message(e) + ".");
            }
        });
        compute(practice::show);
    }

    public void next() {
        if (practice.hasNext() && !busy.get()) {
            practice.next();
            load();
        } else if (!practice.hasNext() && answered.get()) {
            // N or Enter after the last answer of a review must not look ignored
            nudge.set(LAST_OF_SET);
        }
    }

    /** What going on after the last question of a set says. */
    public static final String LAST_OF_SET = "That was the last question of this set: ← Topics goes back.";

    public void previous() {
        if (practice.hasPrevious() && !busy.get()) {
            practice.previous();
            load();
        }
    }

    /** Draws fresh numbers for a parametric question. */
    public void newNumbers() {
        if (practice.isParametric() && !busy.get()) {
            long seed = freshSeeds.getAsLong();
            compute(() -> practice.newNumbers(seed));
        }
    }

    /**
     * Grades {@code typed}. An answer that does not parse comes back with {@code correct} null:
     * it is shown, but the question stays open and nothing is counted.
     */
    public void submit(String typed) {
        Practice.Shown s = shown.get();
        if (s == null || busy.get() || answered.get()) {
            return;
        }
        if (typed == null || typed.isBlank()) {
            // nothing to grade, but Enter must not look ignored
            nudge.set(emptyAnswerNudge(s.question().type()));
            return;
        }
        nudge.set("");
        busy.set(true);
        runner.run(() -> practice.grade(s, typed), g -> {
            busy.set(false);
            scheduled.set(g.scheduled().orElse(null));
            verdict.set(g.verdict());
            answered.set(g.verdict().correct() != null);
        }, e -> {
            busy.set(false);
            problem.set("Could not grade this answer: " + message(e));
        });
    }

    /** What Enter on an empty answer says: pick an option, or type an answer. */
    static String emptyAnswerNudge(String type) {
        return switch (type) {
            case "choice" -> "Pick an option first: click it or press its number.";
            case "multi" -> "Pick an option first: click the ones that hold or press their numbers.";
            default -> "Type an answer first.";
        };
    }

    /** The student changed the answer: a nudge about an empty one no longer applies. */
    public void answerChanged() {
        nudge.set("");
    }

    /** For an open question: reveal the model answer (the student then marks the rubric). */
    public void reveal() {
        if (shown.get() != null && shown.get().question().kind() instanceof Kind.Open) {
            answered.set(true);
        }
    }

    /** For an open question: record the points the student gave themself from the rubric. */
    public void selfMark(double score, String typed) {
        Practice.Shown s = shown.get();
        if (s == null || selfMarked.get()) {
            return;
        }
        selfMarked.set(true);
        runner.run(() -> practice.selfMark(s, score, typed), scheduled::set,
                e -> problem.set("Could not save the mark: " + message(e)));
    }

    /**
     * The answer earned all its points and the student found it easy: the review just saved is
     * scheduled again as Easy (the attempt is not recorded again).
     */
    public void easy() {
        Practice.Scheduled good = scheduled.get();
        if (good == null || !good.canBeEasy() || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> practice.markEasy(good), easy -> {
            busy.set(false);
            if (scheduled.get() == good) {
                scheduled.set(easy);
            }
        }, e -> {
            busy.set(false);
            problem.set("Could not save Easy: " + message(e));
        });
    }

    /** "Again tomorrow", "again in 3 days": when a question scheduled {@code days} ahead comes back. */
    public static String againIn(int days) {
        return days == 1 ? "again tomorrow" : "again in " + days + " days";
    }

    /** Clears the verdict so the same question can be answered again. */
    public void retry() {
        nudge.set("");
        scheduled.set(null);
        verdict.set(null);
        answered.set(false);
        selfMarked.set(false);
    }

    private void compute(java.util.concurrent.Callable<Practice.Shown> work) {
        busy.set(true);
        problem.set("");
        runner.run(work, s -> {
            busy.set(false);
            retry();
            shown.set(s);
            position.set((practice.index() + 1) + " / " + practice.size());
        }, e -> {
            busy.set(false);
            retry();
            shown.set(null);
            position.set((practice.index() + 1) + " / " + practice.size());
            problem.set("Question " + practice.current().id() + " cannot be computed: " + message(e)
                    + ". The rest of the set goes on: press Next.");
        });
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public Practice practice() {
        return practice;
    }

    /** The question's text before its key is ready (null once it has been replaced by a new load). */
    public ReadOnlyObjectProperty<Practice.Stem> stemProperty() {
        return stem;
    }

    public ReadOnlyObjectProperty<Practice.Shown> shownProperty() {
        return shown;
    }

    /** How the last counted answer was scheduled (null before one, and after Try again). */
    public ReadOnlyObjectProperty<Practice.Scheduled> scheduledProperty() {
        return scheduled;
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** A short note about the last Enter (an empty answer), or "". */
    public ReadOnlyStringProperty nudgeProperty() {
        return nudge;
    }

    public ReadOnlyStringProperty positionProperty() {
        return position;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty answeredProperty() {
        return answered;
    }
}
