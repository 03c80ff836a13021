package org.deepdrill.ui.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
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
import org.deepdrill.study.Schedule;
import org.deepdrill.study.TaskRunner;

/** The home screen: topics with their question counts and how well each is known. */
public final class HomeViewModel {
    /** One topic row; {@code mastery} is 0..1, or negative before any attempt. */
    public record TopicRow(String name, int questions, double mastery, int attempted) {
    }

    private final TaskRunner runner;
    private final ProgressLog log;
    private final ObservableList<TopicRow> topics = FXCollections.observableArrayList();
    private final ObservableList<ValidationIssue> issues = FXCollections.observableArrayList();
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private boolean progressReady = true;

    public HomeViewModel(TaskRunner runner, ProgressLog log) {
        this.runner = runner;
        this.log = log;
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
            topics.setAll(rows(c, Map.of()));
        }
    }

    /** Recomputes mastery after practice (reads the progress log in the background). */
    public void refresh() {
        Catalog c = catalog.get();
        if (c == null) {
            return;
        }
        runner.run(log::stats, stats -> topics.setAll(rows(c, stats)), e -> topics.setAll(rows(c, Map.of())));
    }

    static List<TopicRow> rows(Catalog c, Map<String, QuestionStats> stats) {
        return c.topics().stream().map(t -> {
            int attempted = (int) t.questionIds().stream().filter(stats::containsKey).count();
            double mastery = attempted == 0 ? -1 : Schedule.mastery(stats, t.questionIds());
            return new TopicRow(t.name(), t.size(), mastery, attempted);
        }).toList();
    }

    public ObservableList<TopicRow> topics() {
        return topics;
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
}
