package org.deepdrill.ui.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.deepdrill.bank.Kind;
import org.deepdrill.bank.Question;
import org.deepdrill.bank.ValidationIssue;
import org.deepdrill.grade.Mistake;
import org.deepdrill.study.BankSource;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.Practice;
import org.deepdrill.ui.theme.Appearance;
import org.deepdrill.ui.math.MathRenderer;
import org.deepdrill.ui.viewmodel.PreviewViewModel;

/**
 * A TA's preview: the questions of a bank file or folder with their keys, worked steps, mistakes
 * and variants; validation problems below, each selecting its question; reloads on save.
 */
public final class PreviewView {
    private final PreviewViewModel vm;
    private final Appearance appearance;
    private final BorderPane root = new BorderPane();
    private final VBox detail = new VBox(12);
    private final Label variant = new Label();
    private FileWatcher watcher;

    public PreviewView(PreviewViewModel vm, Appearance appearance, Runnable home) {
        this(vm, appearance, home, BankChooser.forgetful());
    }

    /** A preview whose "Open bank file…" asks through {@code chooser} (the one Home's "Preview a bank" used). */
    public PreviewView(PreviewViewModel vm, Appearance appearance, Runnable home, BankChooser chooser) {
        this.vm = vm;
        this.appearance = appearance;
        Button back = new Button("← Topics");
        back.setOnAction(e -> {
            stopWatching();
            home.run();
        });
        Button openFile = new Button("Open bank file…");
        openFile.setId("open-bank-file");
        openFile.setOnAction(e -> chooser.choose(root.getScene().getWindow()).ifPresent(this::open));
        Button openFolder = new Button("Open folder…");
        openFolder.setOnAction(e -> {
            File f = new DirectoryChooser().showDialog(root.getScene().getWindow());
            if (f != null) {
                open(f.toPath());
            }
        });
        // the banks the app itself loads (inside the jar, where no file dialog reaches them)
        Button shipped = new Button("Shipped banks");
        shipped.setId("open-shipped");
        shipped.setOnAction(e -> BankSource.defaults().stream().findFirst().ifPresent(this::open));
        Button reload = new Button("Reload");
        reload.setOnAction(e -> vm.reload());
        Button sheet = new Button("Sheet numbers");
        sheet.setOnAction(e -> vm.setSeed(null));
        Button prevSeed = new Button("◀ seed");
        prevSeed.setOnAction(e -> vm.setSeed(vm.seedProperty().get() == null || vm.seedProperty().get() <= 1 ? null : vm.seedProperty().get() - 1));
        Button nextSeed = new Button("seed ▶");
        nextSeed.setId("next-seed");
        nextSeed.setOnAction(e -> vm.setSeed(vm.seedProperty().get() == null ? 1L : vm.seedProperty().get() + 1));
        variant.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.seedProperty().get() == null ? "variant: the sheet's numbers" : "variant: seed " + vm.seedProperty().get(),
                vm.seedProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Label where = new Label();
        where.setId("preview-where");
        // above the question list, not in the toolbar (where it pushed the seed buttons into the
        // overflow menu); a long path is cut at its start, so the file name and count stay, and
        // the whole path is in the tooltip
        where.setMinWidth(0);
        where.setMaxWidth(Double.MAX_VALUE);
        where.setPadding(new Insets(4, 6, 4, 6));
        where.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(where.textProperty());
        where.setTooltip(whole);
        // the whole path: the default "questions" alone did not say which checkout's banks these are
        where.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.pathProperty().get() == null ? "no bank open"
                        : where(vm.pathProperty().get()) + " · " + vm.questions().size() + " questions",
                vm.pathProperty(), vm.questions()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.setTop(new ToolBar(back, openFile, openFolder, shipped, reload, spacer, busy, variant, sheet, prevSeed, nextSeed));

        ListView<Catalog.Entry> list = new ListView<>(vm.questions());
        list.setId("preview-questions");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Catalog.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.id() + "  (" + e.question().type() + (e.question().isParametric() ? ", drawn" : "") + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.select(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));

        ListView<ValidationIssue> problems = new ListView<>(vm.issues());
        problems.setId("preview-problems");
        problems.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ValidationIssue i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.file().getFileName() + ":" + i.line() + ":" + i.column() + ": " + i.text());
            }
        });
        problems.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectIssue(b);
            }
        });
        Label problemsTitle = new Label();
        problemsTitle.textProperty().bind(javafx.beans.binding.Bindings.size(vm.issues()).asString("Validation problems: %d (click one to select its question)"));

        detail.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox listSide = new VBox(where, list);
        listSide.setMinWidth(0);
        SplitPane top = new SplitPane(listSide, scroll);
        top.setDividerPositions(0.3);
        VBox bottom = new VBox(4, problemsTitle, problems);
        bottom.setPadding(new Insets(6));
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.75);
        root.setCenter(split);
        root.setId("preview");

        vm.shownProperty().addListener((o, a, b) -> render());
        vm.problemProperty().addListener((o, a, b) -> render());
        appearance.fontSizeProperty().addListener((o, a, b) -> render());
    }

    public Node node() {
        return root;
    }

    /** Opens a bank file or folder and reloads it whenever it is saved. */
    public void open(Path path) {
        stopWatching();
        vm.open(path);
        if (path.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            return; // the banks inside the jar: nobody saves them, and a zip file system cannot be watched
        }
        try {
            watcher = new FileWatcher(path, vm::reload);
        } catch (java.io.IOException e) {
            // no live reload on this file system; the Reload button still works
        }
    }

    public void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    private void render() {
        detail.getChildren().clear();
        MathRenderer math = appearance.math();
        if (!vm.problemProperty().get().isEmpty()) {
            Label p = new Label(vm.problemProperty().get());
            p.setWrapText(true);
            p.getStyleClass().add("danger");
            detail.getChildren().add(p);
        }
        Practice.Shown shown = vm.shownProperty().get();
        if (shown == null) {
            return;
        }
        detail.getChildren().add(QuestionPane.stem(shown, math, 600, appearance.darkProperty().get()));
        Label keyTitle = new Label("Key");
        keyTitle.getStyleClass().add("title-4");
        Label key = new Label(keyText(shown));
        key.setId("preview-key");
        key.setWrapText(true);
        key.setStyle("-fx-font-family: monospace;");
        detail.getChildren().add(keyTitle);
        // a number, vector or matrix typeset as the student sees it in the worked solution,
        // with what a student would type for it beneath
        math.value(shown.instance().key().key()).ifPresent(detail.getChildren()::add);
        detail.getChildren().add(key);
        boolean multi = shown.question().kind() instanceof Kind.Multi;
        List<Kind.Option> options = options(shown.question());
        for (int i = 0; i < options.size(); i++) {
            var o = options.get(i);
            String mark = multi ? String.format(Locale.ROOT, "[%+.2g] ", o.points()) : o.correct() ? "✓ " : "✗ ";
            VBox option = new VBox(2, math.render((char) ('a' + i) + ") " + mark + o.text()));
            if (o.feedback() != null) {
                Node fb = math.render("feedback: " + o.feedback());
                fb.getStyleClass().add("text-muted");
                ((Region) fb).setPadding(new Insets(0, 0, 0, 24));
                option.getChildren().add(fb);
            }
            detail.getChildren().add(option);
        }
        if (!shown.instance().key().mistakes().isEmpty()) {
            VBox ms = new VBox(6);
            for (Mistake<?> m : shown.instance().key().mistakes()) {
                Label name = new Label(m.name().replace('_', ' '));
                name.getStyleClass().add("text-bold");
                Node value = math.value(m).orElseGet(() -> new Label(abbreviate(String.valueOf(m.value()))));
                Node feedback = math.render(m.feedback());
                ((Region) feedback).setPadding(new Insets(0, 0, 0, 24));
                ms.getChildren().add(new VBox(2, name, value, feedback));
            }
            detail.getChildren().add(new TitledPane("Mistakes it recognises (" + shown.instance().key().mistakes().size() + ")", ms));
        }
        if (shown.question().kind() instanceof Kind.Open open && open.modelAnswer() != null) {
            detail.getChildren().add(new TitledPane("Model answer and rubric", rubric(open, math)));
        }
        detail.getChildren().addAll(FeedbackView.solution(shown, math));
    }

    private static Node rubric(Kind.Open open, MathRenderer math) {
        VBox box = new VBox(6, math.render(open.modelAnswer()));
        open.rubric().forEach(r -> box.getChildren().add(new Label("• " + r.text() + "  (" + FeedbackView.points(r.points()) + ")")));
        return box;
    }

    private static String keyText(Practice.Shown shown) {
        String typed = shown.instance().key().typedForm();
        return options(shown.question()).isEmpty() ? abbreviate(typed) : typed + "   " + optionsSummary(shown);
    }

    /** The options of a choice or multi question; empty for other kinds. */
    private static List<Kind.Option> options(Question q) {
        if (q.kind() instanceof Kind.Choice c) {
            return c.options();
        }
        return q.kind() instanceof Kind.Multi m ? m.options() : List.of();
    }

    private static String optionsSummary(Practice.Shown shown) {
        StringBuilder sb = new StringBuilder("(");
        List<Kind.Option> options = options(shown.question());
        boolean multi = shown.question().kind() instanceof Kind.Multi;
        for (int i = 0; i < options.size(); i++) {
            var o = options.get(i);
            sb.append(i > 0 ? ", " : "").append((char) ('a' + i)).append(": ")
                    .append(multi ? String.format(Locale.ROOT, "%+.2g", o.points()) : o.correct() ? "✓" : "✗");
        }
        return sb.append(")").toString();
    }

    /**
     * A file's whole path; the banks inside the jar as their URI (jar:file:…!/org/deepdrill/questions),
     * since their path alone ("/org/deepdrill/questions") names no place on the disk.
     */
    private static String where(Path p) {
        return p.getFileSystem() == java.nio.file.FileSystems.getDefault() ? p.toAbsolutePath().normalize().toString()
                : p.toUri().toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 597) + "…";
    }
}
