package org.deepdrill.ui.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.deepdrill.bank.BankValidator;
import org.deepdrill.bank.ValidationIssue;
import org.deepdrill.bank.Variants;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.FigureBuilder;
import org.deepdrill.study.Practice;
import org.deepdrill.study.TaskRunner;

/**
 * A TA's preview of a bank file or folder: every question with its key, worked steps, mistakes
 * and variants (stepping through seeds), and the validation problems, each of which selects its
 * question.
 */
public final class PreviewViewModel {
    private final TaskRunner runner;
    private final Variants variants;
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>();
    private final ObservableList<Catalog.Entry> questions = FXCollections.observableArrayList();
    private final ObservableList<ValidationIssue> issues = FXCollections.observableArrayList();
    private final ObjectProperty<Catalog.Entry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> seed = new SimpleObjectProperty<>();
    private final ObjectProperty<Practice.Shown> shown = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private int reloads;
    /** The id selected before a reload found no such question (a broken save), to select again once it loads. */
    private String lostSelection;

    public PreviewViewModel(TaskRunner runner, Variants variants) {
        this.runner = runner;
        this.variants = variants;
    }

    /** Opens a bank file or folder: loads it, validates it (all 20 seeds), keeps the selection by id. */
    public void open(Path bankPath) {
        path.set(bankPath);
        reload();
    }

    /** Loads and validates the open path again (after the file was saved). */
    public void reload() {
        Path p = path.get();
        if (p == null) {
            return;
        }
        String keep = selected.get() != null ? selected.get().id() : lostSelection;
        busy.set(true);
        runner.run(() -> {
            // one read of the files: the validator's banks are the preview's questions
            BankValidator.Report report = new BankValidator().validate(List.of(p));
            return new Loaded(Catalog.of(report.banks(), List.of()).entries(), report.issues());
        }, loaded -> {
            busy.set(false);
            reloads++;
            questions.setAll(loaded.questions());
            issues.setAll(loaded.issues());
            Catalog.Entry again = keep == null ? null
                    : questions.stream().filter(e -> e.id().equals(keep)).findFirst().orElse(null);
            // a save with a syntax error loads no question: remember which one was selected, so
            // the save that fixes it comes back to it rather than to question 1
            lostSelection = again == null ? keep : null;
            select(again != null ? again : questions.isEmpty() ? null : questions.get(0));
        }, e -> {
            busy.set(false);
            problem.set("Cannot open " + p + ": " + e.getMessage());
        });
    }

    private record Loaded(List<Catalog.Entry> questions, List<ValidationIssue> issues) {
    }

    /** Shows {@code entry} with the current seed (null: the sheet's own numbers). */
    public void select(Catalog.Entry entry) {
        selected.set(entry);
        recompute();
    }

    /** Steps to another variant: null for the default instance, else seed 1, 2, … */
    public void setSeed(Long value) {
        seed.set(value);
        recompute();
    }

    /** The question a validation problem is about: the last question starting at or before its line. */
    public Optional<Catalog.Entry> questionOf(ValidationIssue issue) {
        Catalog.Entry best = null;
        for (Catalog.Entry e : questions) {
            if (!e.bank().file().equals(issue.file())) {
                continue;
            }
            int line = e.bank().source().at(e.question().pointer()).line();
            if (line <= issue.line()) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Selects the question a problem is about, if it loaded. */
    public void selectIssue(ValidationIssue issue) {
        questionOf(issue).ifPresent(this::select);
    }

    private void recompute() {
        Catalog.Entry e = selected.get();
        if (e == null) {
            shown.set(null);
            return;
        }
        Long s = e.question().isParametric() ? seed.get() : null;
        problem.set("");
        runner.run(() -> {
            Variants.Instance i = variants.instance(e.question(), s);
            return new Practice.Shown(e, i, FigureBuilder.of(i));
        }, shown::set, err -> {
            shown.set(null);
            problem.set(e.id() + " cannot be computed: " + err.getMessage());
        });
    }

    public int reloads() {
        return reloads;
    }

    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path;
    }

    public ObservableList<Catalog.Entry> questions() {
        return questions;
    }

    public ObservableList<ValidationIssue> issues() {
        return issues;
    }

    public ReadOnlyObjectProperty<Catalog.Entry> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Long> seedProperty() {
        return seed;
    }

    public ReadOnlyObjectProperty<Practice.Shown> shownProperty() {
        return shown;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
