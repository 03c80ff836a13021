package org.deepdrill.ui.view;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.deepdrill.bank.Kind;
import org.deepdrill.bank.Question;
import org.deepdrill.grade.Verdict;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.FigureBuilder;
import org.deepdrill.study.Practice;
import org.deepdrill.ui.theme.Appearance;
import org.deepdrill.ui.input.AnswerInput;
import org.deepdrill.ui.input.GridInput;
import org.deepdrill.ui.math.MathRenderer;
import org.deepdrill.ui.viewmodel.PracticeViewModel;

/**
 * The practice screen: a question, its input, Submit, and the feedback. Thin: it binds to the
 * {@link PracticeViewModel} and renders what it holds. Keys: Enter submits, 1–9 pick options,
 * N goes to the next question (outside text fields, and anywhere once the answer counted), Ctrl +/−
 * zoom (handled by the shell).
 */
public final class PracticeView {
    private final PracticeViewModel vm;
    private final Appearance appearance;
    private final BorderPane root = new BorderPane();
    private final VBox content = new VBox(14);
    private final VBox feedback = new VBox(8);
    private final Label problem = new Label();
    private final Label nudge = new Label();
    private final Button submit = new Button("Submit");
    private final Button retry = new Button("Try again");
    private final Button newNumbers = new Button("New numbers");
    private final ScheduleRow schedule;
    private AnswerInput input;
    private VBox stemBox = new VBox();
    private HBox answerRow = new HBox();
    private String shownFor;

    public PracticeView(PracticeViewModel vm, Appearance appearance, Runnable home) {
        this.vm = vm;
        this.appearance = appearance;
        this.schedule = new ScheduleRow(() -> {
            vm.easy();
            keyboardBackToAnswer();
        });
        Button back = new Button("← Topics");
        back.setOnAction(e -> home.run());
        Button prev = new Button("Previous");
        prev.setOnAction(e -> vm.previous());
        Button next = new Button("Next");
        next.setId("next");
        next.setOnAction(e -> vm.next());
        newNumbers.setOnAction(e -> vm.newNumbers());
        newNumbers.setId("new-numbers");
        Label position = new Label();
        position.textProperty().bind(vm.positionProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.setTop(new ToolBar(back, spacer, busy, position, prev, next, newNumbers));

        submit.setId("submit");
        submit.setDefaultButton(false);
        submit.setOnAction(e -> submit());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> {
            vm.retry();
            if (input != null) {
                input.setEditable(true);
                input.focus();
            }
        });
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.setId("problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        nudge.getStyleClass().add("warning");
        nudge.setId("nudge");
        nudge.textProperty().bind(vm.nudgeProperty());
        nudge.visibleProperty().bind(nudge.textProperty().isNotEmpty());
        nudge.managedProperty().bind(nudge.visibleProperty());
        content.setPadding(new Insets(18, 24, 24, 24));
        content.setMaxWidth(900);
        feedback.setId("feedback-area");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setId("practice");

        vm.stemProperty().addListener((o, a, b) -> onStem(b));
        vm.shownProperty().addListener((o, a, b) -> onShown(b));
        vm.problemProperty().addListener((o, a, b) -> {
            if (vm.shownProperty().get() == null && vm.stemProperty().get() == null) {
                render();
            }
        });
        vm.verdictProperty().addListener((o, a, b) -> renderVerdict(b));
        vm.scheduledProperty().addListener((o, a, b) -> schedule.show(b));
        // zoom and theme re-typeset the text but keep the input and what was typed in it
        appearance.fontSizeProperty().addListener((o, a, b) -> restyle());
        appearance.darkProperty().addListener((o, a, b) -> restyle());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public Node node() {
        return root;
    }

    /** The input on screen (tests type into it). */
    public AnswerInput input() {
        return input;
    }

    /** The question on screen: computed, or only its text while the key is being computed. */
    private record OnScreen(Catalog.Entry entry, Question question, Long seed, Practice.Shown shown) {
        static OnScreen of(Practice.Shown s) {
            return new OnScreen(s.entry(), s.question(), s.instance().seed(), s);
        }

        static OnScreen of(Practice.Stem st) {
            return new OnScreen(st.entry(), st.question(), null, null);
        }
    }

    /** What the view model holds to show, or null when it holds nothing (a problem instead). */
    private OnScreen onScreen() {
        Practice.Shown shown = vm.shownProperty().get();
        Practice.Stem st = vm.stemProperty().get();
        return shown != null ? OnScreen.of(shown) : st != null ? OnScreen.of(st) : null;
    }

    /** Whether a question with its input is laid out (not a problem message). */
    private boolean questionOnScreen() {
        return input != null && !content.getChildren().isEmpty() && content.getChildren().get(0) == stemBox;
    }

    /**
     * Typesets the text again without touching the input (and what the student typed): used
     * when the math renderer has finished warming up after the first question appeared.
     */
    public void refreshMath() {
        OnScreen s = onScreen();
        if (!questionOnScreen() || s == null) {
            return;
        }
        MathRenderer math = appearance.math();
        stemBox = QuestionPane.stem(s.entry(), s.question(), s.seed(), math);
        content.getChildren().set(0, stemBox);
        placeFigure(s.question());
        // options carry math too; rebuilt only while nothing is picked, so no choice is lost
        boolean options = s.question().kind() instanceof Kind.Choice || s.question().kind() instanceof Kind.Multi;
        if (options && input.typed().isEmpty()) {
            AnswerInput rebuilt = QuestionPane.input(s.question(), s.shown(), math);
            answerRow.getChildren().set(0, rebuilt.node());
            input = rebuilt;
            focusInput();
        }
        if (vm.verdictProperty().get() != null) {
            // without a verdict the feedback area is empty, or holds an open question's self-marking
            renderVerdict(vm.verdictProperty().get());
        }
    }

    /** After a zoom or theme change: re-typeset in place when a question is up, else lay out anew. */
    private void restyle() {
        if (questionOnScreen()) {
            refreshMath();
        } else {
            render();
        }
    }

    /** Lays out whatever the view model holds, from scratch. */
    private void render() {
        OnScreen s = onScreen();
        if (s != null) {
            layout(s);
        } else {
            content.getChildren().setAll(problem);
            feedback.getChildren().clear();
            input = null;
        }
    }

    /** The question's text arrived before its key: show it so the student can read and type. */
    private void onStem(Practice.Stem st) {
        if (st != null) {
            layout(OnScreen.of(st));
        }
    }

    /**
     * The key is ready. If the same question's text is already on screen, keep the input (and
     * what was typed) and only enable Submit; otherwise lay it out anew.
     */
    private void onShown(Practice.Shown shown) {
        if (shown == null) {
            if (vm.stemProperty().get() == null) {
                render();
            }
            return;
        }
        boolean sameText = shownFor != null && shownFor.equals(shown.entry().id()) && shown.instance().seed() == null
                && input != null && !(gridKinds(shown) && input.typed().isEmpty());
        if (!sameText) {
            layout(OnScreen.of(shown));
            return;
        }
        ready(true);
    }

    private static boolean gridKinds(Practice.Shown shown) {
        return shown.question().kind() instanceof Kind.Matrix || shown.question().kind() instanceof Kind.Vector;
    }

    private void layout(OnScreen s) {
        MathRenderer math = appearance.math();
        Question q = s.question();
        content.getChildren().clear();
        feedback.getChildren().clear();
        stemBox = QuestionPane.stem(s.entry(), q, s.seed(), math);
        content.getChildren().add(stemBox);
        input = QuestionPane.input(q, s.shown(), math);
        shownFor = s.entry().id();
        newNumbers.setDisable(!s.entry().question().isParametric());
        boolean open = q.kind() instanceof Kind.Open;
        submit.setText(open ? "Show model answer" : "Submit");
        Label hint = new Label(open ? "Write your answer, then compare it with the model answer (Ctrl+Enter)."
                : "Enter submits · an answer that cannot be read is not counted");
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(nudge.visibleProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        input.typedProperty().addListener((o, a, b) -> vm.answerChanged());
        HBox actions = new HBox(10, submit, retry, nudge, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        retry.setVisible(false);
        answerRow = new HBox(28, input.node());
        placeFigure(q);
        content.getChildren().addAll(answerRow, actions, problem, feedback);
        focusInput();
        ready(s.shown() != null);
        renderVerdict(vm.verdictProperty().get());
    }

    /**
     * Puts the question's figure beside the input, replacing any drawn before (the theme may
     * have changed). Only figures of the question's own data: one drawn from a computed result
     * (attention weights, a mask) would give the answer away, so it waits for the feedback.
     */
    private void placeFigure(Question q) {
        answerRow.getChildren().removeIf(n -> "figure".equals(n.getId()));
        FigureBuilder.ofData(q).ifPresent(f ->
                answerRow.getChildren().add(QuestionPane.figure(f, root.getWidth(), appearance.darkProperty().get())));
    }

    /**
     * Puts the caret in the input. The first question of a set is laid out before the scroll
     * pane's skin has put the content into the scene (that happens on the next pulse), when a
     * focus request is ignored and the scene then focuses its first button instead: so wait for
     * the scene.
     */
    private void focusInput() {
        AnswerInput laidOut = input;
        if (laidOut.node().getScene() != null) {
            laidOut.focus();
            return;
        }
        laidOut.node().sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    o.removeListener(this);
                    if (input == laidOut) {
                        laidOut.focus();
                    }
                }
            }
        });
    }

    /** Submit waits for the key; the student can read and type meanwhile. */
    private void ready(boolean ready) {
        submit.setDisable(!ready);
        if (!ready) {
            submit.setText("Preparing…");
        } else if (submit.getText().equals("Preparing…")) {
            boolean open = vm.shownProperty().get() != null && vm.shownProperty().get().question().kind() instanceof Kind.Open;
            submit.setText(open ? "Show model answer" : "Submit");
        }
    }

    private void renderVerdict(Verdict v) {
        feedback.getChildren().clear();
        Practice.Shown shown = vm.shownProperty().get();
        if (shown == null || input == null) {
            return;
        }
        if (v == null) {
            input.setEditable(true);
            submit.setDisable(false);
            retry.setVisible(false);
            return;
        }
        MathRenderer math = appearance.math();
        Node said = FeedbackView.verdict(v, shown, math);
        if (said instanceof VBox box && v.correct() != null) {
            // when it comes back goes right under the verdict's headline
            box.getChildren().add(1, schedule.node());
        }
        feedback.getChildren().add(said);
        if (v.correct() != null && FigureBuilder.ofData(shown.question()).isEmpty()) {
            shown.figure().ifPresent(f -> feedback.getChildren().add(1,
                    QuestionPane.figure(f, root.getWidth(), appearance.darkProperty().get())));
        }
        if (input instanceof GridInput grid) {
            // point at the cells: the one that could not be read, or the wrong ones
            grid.editor().clearMarks();
            if (v.correct() == null && v.errorPosition() >= 0) {
                grid.editor().showError(v.errorPosition());
            }
            v.wrongCells().forEach(c -> grid.editor().markCell(c.row(), c.column()));
        }
        boolean counted = v.correct() != null;
        input.setEditable(!counted);
        submit.setDisable(counted);
        retry.setVisible(counted);
    }

    /**
     * After a button of the feedback that then disables or hides itself (Easy, Save my mark),
     * the focus would move on to the top bar, out of this screen's keys: put it back in the
     * (now read-only) answer, where N and Enter go on.
     */
    private void keyboardBackToAnswer() {
        if (input != null) {
            input.focus();
        }
        Scene scene = root.getScene();
        if (scene != null && !within(scene.getFocusOwner())) {
            root.requestFocus(); // a choice's options are disabled once answered and take no focus
        }
    }

    private boolean within(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at == root) {
                return n.isVisible();
            }
        }
        return false;
    }

    private void submit() {
        Practice.Shown shown = vm.shownProperty().get();
        if (shown == null || input == null) {
            return;
        }
        input.beforeSubmit();
        if (shown.question().kind() instanceof Kind.Open open) {
            vm.reveal();
            input.setEditable(false);
            submit.setDisable(true);
            String typed = input.typed();
            feedback.getChildren().setAll(FeedbackView.selfMark(shown, open, appearance.math(), (score, box) -> {
                vm.selfMark(score, typed);
                keyboardBackToAnswer();
            }),
                    schedule.node());
            return;
        }
        vm.submit(input.typed());
    }

    private void onKey(KeyEvent e) {
        boolean inText = e.getTarget() instanceof TextInputControl;
        boolean inArea = e.getTarget() instanceof TextArea;
        // Enter submits; in a text area Enter is a new line, so there Ctrl+Enter submits
        if (e.getCode() == KeyCode.ENTER && (inArea ? e.isShortcutDown() : !e.isShortcutDown())) {
            if (!submit.isDisabled()) {
                submit();
            } else if (vm.answeredProperty().get()) {
                vm.next();
            }
            e.consume();
        } else if (!inText && e.getCode().isDigitKey() && input != null && !e.isShortcutDown()) {
            int digit = e.getCode().getCode() - (e.getCode().isKeypadKey() ? KeyCode.NUMPAD0.getCode() : KeyCode.DIGIT0.getCode());
            if (digit >= 1 && input.pick(digit - 1)) {
                e.consume();
            }
        } else if ((!inText || vm.answeredProperty().get()) && e.getCode() == KeyCode.N && !e.isShortcutDown()) {
            // once an answer counted its field is read-only, so N there can only mean "go on"
            vm.next();
            e.consume();
        }
    }
}
