package org.deepdrill.ui.viewmodel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.deepdrill.bank.ValidationIssue;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.ProgressLog;
import org.deepdrill.study.QuestionStats;
import org.deepdrill.study.DailyReview;
import org.deepdrill.study.TaskRunner;

/**
 * The home screen: topics with their question counts, what is due today and new, how well each
 * is known by FSRS's reckoning, today's review and the questions last answered wrong. Everything
 * read from the progress log is read through the injected runner, never on the FX thread.
 */
public final class HomeViewModel {
    /**
     * One topic row: {@code mastery} is FSRS's mean chance of recall today, 0..1, or negative
     * before any of its questions was reviewed; {@code reviewed} questions have a review state,
     * {@code due} are due today and {@code fresh} were never reviewed.
     */
    public record TopicRow(String name, int questions, double mastery, int reviewed, int due, int fresh) {
        /** The mastery in words: "you would recall about 62% today". */
        public String recallWords() {
            return "you would recall about " + Math.round(mastery * 100) + "% today";
        }
    }

    /**
     * A question not yet answered for all its points: its id, the start of its prompt, its best
     * score of its points and how often it was tried.
     */
    public record MistakeRow(String id, String prompt, double bestScore, double points, int attempts) {
    }

    /** What a refresh reads off the FX thread: every review state, and the attempts' aggregates. */
    private record Snapshot(DailyReview review, Map<String, QuestionStats> stats) {
    }

    private static final DateTimeFormatter NEXT_DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final TaskRunner runner;
    private final ProgressLog log;
    private final Clock clock;
    private final ObservableList<TopicRow> topics = FXCollections.observableArrayList();
    private final ObservableList<MistakeRow> mistakes = FXCollections.observableArrayList();
    private final ObservableList<ValidationIssue> issues = FXCollections.observableArrayList();
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final IntegerProperty newPerDay = new SimpleIntegerProperty(DailyReview.DEFAULT_NEW_PER_DAY);
    private final StringProperty reviewText = new SimpleStringProperty("Review");
    private final StringProperty totals = new SimpleStringProperty("");
    private final BooleanProperty reviewReady = new SimpleBooleanProperty();
    private boolean progressReady = true;
    private Snapshot snapshot;

    public HomeViewModel(TaskRunner runner, ProgressLog log) {
        this(runner, log, Clock.systemDefaultZone());
    }

    /** {@code clock} says what "now" and "today" are (its zone is the student's day). */
    public HomeViewModel(TaskRunner runner, ProgressLog log, Clock clock) {
        this.runner = runner;
        this.log = log;
        this.clock = clock;
        newPerDay.addListener((o, a, b) -> showReview());
    }

    /** Loads the banks under {@code paths} in the background. */
    public void load(List<Path> paths) {
        this.loading.set(true);
        runner.run(() -> Catalog.load(paths), this::show, e -> {
            this.loading.set(false);
            issues.setAll(new ValidationIssue(paths.isEmpty() ? Path.of("questions") : paths.get(0), 1, 1,
                    "the banks could not be loaded: " + e.getMessage()));
        });
    }

    /**
     * Says the progress log is still opening: until {@link #progressOpened()}, topics show without
     * mastery rather than queue a read that would hold up the first question behind SQLite.
     */
    public void progressOpening() {
        progressReady = false;
    }

    /** The progress log is open: show mastery. */
    public void progressOpened() {
        progressReady = true;
        refresh();
    }

    /**
     * Shows a loaded catalog (also one read while the toolkit started, so the first frame has
     * the topics). Mastery is read at once if the progress log is open, else when it opens.
     */
    public void show(Catalog c) {
        catalog.set(c);
        issues.setAll(c.issues());
        loading.set(false);
        if (progressReady) {
            refresh();
        } else {
            topics.setAll(rows(c, null));
        }
    }

    /** Recomputes due counts, mastery and mistakes after practice (reads the progress log in the background). */
    public void refresh() {
        Catalog c = catalog.get();
        if (c == null) {
            return;
        }
        Instant now = clock.instant();
        List<String> ids = c.entries().stream().map(Catalog.Entry::id).toList();
        runner.run(() -> new Snapshot(new DailyReview(ids, log::review, now, clock.getZone()), log.stats()), s -> {
            snapshot = s;
            topics.setAll(rows(c, s.review()));
            mistakes.setAll(mistakes(c, s.stats()));
            showReview();
        }, e -> topics.setAll(rows(c, null)));
    }

    /** Topic rows; without a snapshot (progress not read yet) every topic shows as not started. */
    static List<TopicRow> rows(Catalog c, DailyReview review) {
        return c.topics().stream().map(t -> {
            if (review == null) {
                return new TopicRow(t.name(), t.size(), -1, 0, 0, t.size());
            }
            DailyReview.Counts n = review.counts(t.questionIds());
            int reviewed = t.size() - n.fresh();
            double mastery = reviewed == 0 ? -1 : review.mastery(t.questionIds());
            return new TopicRow(t.name(), t.size(), mastery, reviewed, n.due(), n.fresh());
        }).toList();
    }

    /**
     * The questions never answered for all their points, most tried first. The progress log keeps
     * per question only the best score, so a question answered right once and wrong later is
     * not among them.
     */
    static List<MistakeRow> mistakes(Catalog c, Map<String, QuestionStats> stats) {
        List<MistakeRow> out = new ArrayList<>();
        for (Catalog.Entry e : c.entries()) {
            QuestionStats s = stats.get(e.id());
            double points = e.question().points();
            if (s != null && s.attempts() > 0 && s.bestScore() < points - 1e-9) {
                out.add(new MistakeRow(e.id(), firstLine(e.question().prompt()), s.bestScore(), points, s.attempts()));
            }
        }
        out.sort(Comparator.comparingInt(MistakeRow::attempts).reversed());
        return out;
    }

    private static String firstLine(String prompt) {
        String line = prompt == null ? "" : prompt.strip().split("\\R", 2)[0];
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }

    /** The Review button's words and state, from the last snapshot and the new-a-day setting. */
    private void showReview() {
        if (snapshot == null) {
            return;
        }
        DailyReview r = snapshot.review();
        DailyReview.Counts total = r.total();
        int fresh = Math.min(total.fresh(), r.newLeft(newPerDay.get()));
        totals.set(total.due() + " due today · " + total.fresh() + " new · " + r.newToday() + " new started today");
        if (total.due() + fresh > 0) {
            reviewReady.set(true);
            reviewText.set("Review: " + (total.due() == 0 ? fresh + " new" : fresh == 0 ? total.due() + " due"
                    : total.due() + " due + " + fresh + " new"));
        } else {
            reviewReady.set(false);
            reviewText.set(r.nextDue()
                    .map(d -> "Nothing due today — next review " + NEXT_DATE.format(d.atZone(clock.getZone())))
                    .orElse("Nothing due today"));
        }
    }

    /** Today's session, as of the last refresh: due questions, lowest recall first, then the day's new ones. */
    public List<String> reviewQueue() {
        return snapshot == null ? List.of() : snapshot.review().queue(newPerDay.get());
    }

    /** The ids on the mistakes list, to practise as a set. */
    public List<String> mistakeIds() {
        return mistakes.stream().map(MistakeRow::id).toList();
    }

    public ObservableList<TopicRow> topics() {
        return topics;
    }

    public ObservableList<MistakeRow> mistakes() {
        return mistakes;
    }

    public ObservableList<ValidationIssue> issues() {
        return issues;
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** New questions a day in the review (a setting). */
    public IntegerProperty newPerDayProperty() {
        return newPerDay;
    }

    /** "Review: 3 due + 10 new", or "Nothing due today — next review Fri 4 Dec". */
    public ReadOnlyStringProperty reviewTextProperty() {
        return reviewText;
    }

    /** Whether today's review has anything in it. */
    public ReadOnlyBooleanProperty reviewReadyProperty() {
        return reviewReady;
    }

    /** "5 due today · 40 new · 2 new started today". */
    public ReadOnlyStringProperty totalsProperty() {
        return totals;
    }
}
