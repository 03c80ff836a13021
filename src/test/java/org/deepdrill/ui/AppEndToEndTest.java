package org.deepdrill.ui;

import static org.deepdrill.ui.UiProbe.await;
import static org.deepdrill.ui.UiProbe.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.MemoryProgressLog;
import org.deepdrill.study.Practice;
import org.deepdrill.study.QuestionStats;
import org.deepdrill.ui.input.GridInput;
import org.deepdrill.ui.input.MatrixEditor;
import org.deepdrill.ui.theme.Appearance;
import org.deepdrill.ui.view.PracticeView;
import org.deepdrill.ui.viewmodel.PracticeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The practice screen as a student uses it, headless: the real view, view model, worker thread
 * and grader, driven by the robot's keys and clicks; assertions read what is on screen.
 */
@ExtendWith(ApplicationExtension.class)
class AppEndToEndTest {
    private static final Variants VARIANTS = new Variants(new KeyComputer(OpRegistry.standard()));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final MemoryProgressLog log = new MemoryProgressLog();
    private final FxTaskRunner runner = new FxTaskRunner();
    private final Appearance appearance = new Appearance();
    private final StackPane host = new StackPane();
    private PracticeViewModel vm;
    private PracticeView view;

    @Start
    void start(Stage stage) {
        appearance.apply(host);
        // within Monocle's headless screen (1280×800): a taller window overflows its frame buffer
        stage.setScene(new Scene(host, 1100, 780));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        runner.shutdown();
    }

    @Test
    void enterOnAChoiceWithNothingPickedSaysPickAnOption(FxRobot robot) throws Exception {
        practiceAt(robot, "every.choice");
        assertEquals("", view.input().typed(), "nothing picked yet");
        robot.type(KeyCode.ENTER);
        await("the nudge", () -> robot.lookup("#nudge").queryLabeled().isVisible());
        assertEquals("Pick an option first: click it or press its number.", robot.lookup("#nudge").queryLabeled().getText());
        assertEquals(null, vm.verdictProperty().get(), "nothing was graded");

        robot.clickOn(option(1));
        assertFalse(robot.lookup("#nudge").queryLabeled().isVisible(), "picking an option clears the nudge");
        enter(robot);
        assertEquals("✓ Correct — 1 / 1 point", verdict(robot));
    }

    @Test
    void everyKindAnsweredRightEndToEnd(FxRobot robot) throws Exception {
        practiceAt(robot, "every.choice");
        robot.clickOn(option(1));
        enter(robot);
        assertEquals("✓ Correct — 1 / 1 point", verdict(robot));
        robot.type(KeyCode.N);   // focus is on an option, not in a text field: N goes on

        awaitQuestion("every.multi");
        robot.clickOn(option(0)).clickOn(option(1));
        assertEquals("a, b", view.input().typed());
        enter(robot);
        assertEquals("✓ Correct — 2 / 2 points", verdict(robot));
        robot.type(KeyCode.N);

        awaitQuestion("every.number");
        robot.write("0.5");
        enter(robot);
        assertEquals("✓ Correct — 1 / 1 point", verdict(robot));
        robot.type(KeyCode.ENTER);   // Enter on an answered question goes on

        awaitQuestion("every.vector");
        assertEquals(2, grid().columns(), "the grid takes the key's length");
        robot.write("1").type(KeyCode.TAB).write("2");
        enter(robot);
        assertEquals("✓ Correct — 2 / 2 points", verdict(robot));
        robot.clickOn("#next");

        awaitQuestion("every.matrix");
        typeGrid(robot, EveryKindBank.LAPLACIAN);
        enter(robot);
        assertEquals("✓ Correct — 2 / 2 points", verdict(robot));
        assertNotNull(robot.lookup("#worked-solution").tryQuery().orElse(null), "the worked solution is shown");
        assertTrue(textOf(robot.lookup("#worked-solution").query()).contains("L = D - A"),
                textOf(robot.lookup("#worked-solution").query()));
        robot.clickOn("#next");

        awaitQuestion("every.expression");
        robot.write("hdD + D^2");
        enter(robot);
        assertEquals("✓ Correct — 2 / 2 points", verdict(robot));
        robot.clickOn("#next");

        awaitQuestion("every.shape");
        robot.write("(hd, D)");
        enter(robot);
        assertEquals("✓ Correct — 1 / 1 point", verdict(robot));
        robot.clickOn("#next");

        awaitQuestion("every.open");
        assertEquals("Show model answer", robot.lookup("#submit").queryButton().getText());
        robot.write("Each edge adds a square.");
        // Enter in the answer area is a new line, not a submission: the student clicks
        robot.clickOn("#submit");
        CheckBox first = robot.lookup((CheckBox c) -> c.getText().startsWith("a sum of squares")).queryAs(CheckBox.class);
        robot.clickOn(first);
        robot.clickOn((Button) robot.lookup("Save my mark").query());
        await("the self-mark recorded", () -> log.stats().containsKey("every.open"));
        assertNotNull(robot.lookup("Marked 1 / 2 points.").tryQuery().orElse(null));

        Map<String, QuestionStats> stats = log.stats();
        assertEquals(Set.copyOf(EveryKindBank.IDS), stats.keySet());
        for (String id : EveryKindBank.IDS) {
            assertEquals(1, stats.get(id).attempts(), id);
            assertEquals(id.equals("every.open") ? 0 : 1, stats.get(id).correct(), id);
        }
        assertEquals(1.0, stats.get("every.open").bestScore(), "one of the two rubric points ticked");
        assertEquals(2.0, stats.get("every.matrix").bestScore());
    }

    @Test
    void aMatrixWithOneWrongCellEarnsItsRightEntriesShareAndOutlinesTheCell(FxRobot robot) throws Exception {
        practiceAt(robot, "every.matrix");
        List<List<String>> typed = List.of(List.of("1", "-1", "0"), List.of("-1", "3", "-1"), List.of("0", "-1", "1"));
        typeGrid(robot, typed);
        enter(robot);
        // 8 of 9 entries right: 2 · 8/9 = 1.78, rounded down to the half point
        assertEquals("◐ 8 of 9 entries right — 1.5 / 2 points", verdict(robot));
        String feedback = textOf(robot.lookup("#feedback").query());
        assertTrue(feedback.contains("(2,2)"), feedback);
        MatrixEditor grid = grid();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                String style = grid.cell(r, c).getStyle();
                assertEquals(r == 1 && c == 1, style.contains("-fx-border-color"), "cell (" + (r + 1) + "," + (c + 1) + "): " + style);
            }
        }
        assertNotNull(robot.lookup("#worked-solution").tryQuery().orElse(null), "a counted wrong answer shows the solution");
        assertEquals(0, log.stats().get("every.matrix").correct());
        assertEquals(1.5, log.stats().get("every.matrix").bestScore(), "the part score is what is recorded");
    }

    @Test
    void aWholeMatrixTypedIntoTheFirstCellAndSubmittedIsGradedAsTheGrid(FxRobot robot) throws Exception {
        practiceAt(robot, "every.matrix");
        // the path's Laplacian, typed the way one writes it, then Enter at once (no Tab)
        robot.write("[[1,-1,0],[-1,2,-1],[0,-1,1]]");
        enter(robot);
        assertEquals("✓ Correct — 2 / 2 points", verdict(robot));
        assertTrue(robot.lookup("#feedback").tryQuery().isEmpty(), "no second \"Correct.\" under the headline");
        MatrixEditor grid = grid();
        assertEquals(List.of("1", "-1", "0", "-1", "2", "-1", "0", "-1", "1"),
                List.of(grid.cell(0, 0).getText(), grid.cell(0, 1).getText(), grid.cell(0, 2).getText(),
                        grid.cell(1, 0).getText(), grid.cell(1, 1).getText(), grid.cell(1, 2).getText(),
                        grid.cell(2, 0).getText(), grid.cell(2, 1).getText(), grid.cell(2, 2).getText()),
                "the grid shows what was graded");
    }

    @Test
    void zoomingAndSwitchingThemeKeepWhatWasTyped(FxRobot robot) throws Exception {
        practiceAt(robot, "every.matrix");
        robot.write("1").type(KeyCode.TAB).write("-1");
        String before = view.input().typed();
        robot.interact(appearance::zoomIn);
        robot.interact(() -> appearance.darkProperty().set(true));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, view.input().typed());
        assertTrue(before.startsWith("[[1, -1"), before);
    }

    @Test
    void aRecognisedMistakeIsNamedWithItsFeedback(FxRobot robot) throws Exception {
        practiceAt(robot, "every.matrix");
        typeGrid(robot, EveryKindBank.SIGNLESS);
        enter(robot);
        assertTrue(verdict(robot).startsWith("✗ Not correct"), verdict(robot));
        assertEquals("Recognised mistake: signless laplacian", robot.lookup("#mistake").queryLabeled().getText());
        String feedback = textOf(robot.lookup("#feedback").query());
        assertTrue(feedback.contains(EveryKindBank.SIGNLESS_FEEDBACK), feedback);
    }

    @Test
    void theKeyboardAloneAnswersAndAnUnreadableNumberDoesNotCount(FxRobot robot) throws Exception {
        practiceAt(robot, "every.choice");
        robot.type(KeyCode.DIGIT2);
        assertTrue(((RadioButton) option(1)).isSelected(), "2 picks option b");
        assertEquals("b", view.input().typed());
        enter(robot);
        assertEquals("✓ Correct — 1 / 1 point", verdict(robot));

        practiceAt(robot, "every.number");
        assertTrue(view.input().node().isFocused(), "the first question of a set has the caret");
        robot.write("4/");
        enter(robot);
        assertTrue(verdict(robot).startsWith("⚠ Could not read your answer"), verdict(robot));
        assertFalse(robot.lookup("#submit").queryButton().isDisabled(), "the question stays open");
        assertFalse(log.stats().containsKey("every.number"), "not counted as an attempt");

        robot.type(KeyCode.BACK_SPACE, 2).write("0.5");
        enter(robot);
        assertEquals("✓ Correct — 1 / 1 point", verdict(robot));
        assertEquals(1, log.stats().get("every.number").attempts());
    }

    @Test
    void aRightAnswerSaysWhenItComesBackAndEasyPushesItFurtherWithoutASecondAttempt(FxRobot robot) throws Exception {
        practiceAt(robot, "every.number");
        robot.write("0.5");
        enter(robot);
        assertEquals("✓ Correct — 1 / 1 point", verdict(robot));
        // a first review rated Good: S = w[2] = 2.3065, interval 3 days (fsrs.md's worked history), so 26 November
        assertEquals("Again in 3 days (Thu 26 Nov)", robot.lookup("#again").queryLabeled().getText());
        Button easy = robot.lookup("#easy").queryButton();
        assertTrue(easy.isVisible(), "all points earned: Easy is offered");

        robot.clickOn(easy);
        // rated Easy instead: S = w[3] = 8.2956, interval round(8.2956) = 8 days, so 1 December
        await("the Easy schedule", () -> robot.lookup("#again").queryLabeled().getText().startsWith("Again in 8 days"));
        assertEquals("Again in 8 days (Tue 1 Dec) · marked easy", robot.lookup("#again").queryLabeled().getText());
        assertFalse(easy.isVisible());
        assertEquals(1, log.stats().get("every.number").attempts(), "Easy changes the review, not the attempts");
        assertEquals(8.2956, log.review("every.number").memory().stability(), 1e-12);
        assertEquals(1, log.review("every.number").reps());
        robot.type(KeyCode.N);   // the keys still work after the Easy button went away
        awaitQuestion("every.vector");
    }

    @Test
    void easyOnAChoiceLeavesNGoingOn(FxRobot robot) throws Exception {
        practiceAt(robot, "every.choice");
        robot.clickOn(option(1));
        enter(robot);
        robot.clickOn("#easy");
        await("the Easy schedule", () -> robot.lookup("#again").queryLabeled().getText().contains("marked easy"));
        robot.type(KeyCode.N);
        awaitQuestion("every.multi");
    }

    @Test
    void aWrongAnswerComesBackTomorrowAndOffersNoEasy(FxRobot robot) throws Exception {
        practiceAt(robot, "every.number");
        robot.write("0.7");
        enter(robot);
        assertTrue(verdict(robot).startsWith("✗ Not correct"), verdict(robot));
        assertEquals("Again tomorrow (Tue 24 Nov)", robot.lookup("#again").queryLabeled().getText());
        assertFalse(robot.lookup("#easy").queryButton().isVisible());
    }

    @Test
    void nGoesOnAfterSubmitEvenWithTheCaretStillInTheAnswerField(FxRobot robot) throws Exception {
        practiceAt(robot, "every.number");
        robot.write("0.5");
        enter(robot);
        assertTrue(view.input().node().isFocused() || robot.lookup(".text-field").queryAs(javafx.scene.control.TextField.class).isFocused(),
                "the caret is still in the answer field");
        robot.type(KeyCode.N);
        awaitQuestion("every.vector");
    }

    @Test
    void nBeforeSubmitIsTypedNotTakenAsNext(FxRobot robot) throws Exception {
        practiceAt(robot, "every.expression");
        robot.write("n");
        assertEquals("every.expression", vm.shownProperty().get().entry().id());
        assertEquals("n", view.input().typed());
    }

    @Test
    void theWideNormalizedTensorOfSheet004ScrollsInsideThePanelInsteadOfBeingCutOff(FxRobot robot) throws Exception {
        Catalog catalog = Catalog.load(List.of(Path.of("questions/normalization.json")));
        Practice practice = new Practice(catalog.select(new Catalog.Filter("Normalization", null, null, false), 0), VARIANTS, log, CLOCK);
        assertTrue(practice.goTo("normalization.004-3.1.batch-mean"));
        robot.interact(() -> {
            vm = new PracticeViewModel(practice, runner, () -> 7);
            view = new PracticeView(vm, appearance, () -> { });
            host.getChildren().setAll(view.node());
            vm.load();
        });
        awaitQuestion("normalization.004-3.1.batch-mean");
        assertTrue(vm.shownProperty().get().steps().stream().anyMatch(st -> st.name().equals("normalized")),
                "this question's worked solution shows the normalized 4×2×3 tensor");
        robot.write("2.5").type(KeyCode.TAB).write("2.5");
        enter(robot);
        javafx.scene.control.ScrollPane sideways = robot.lookup("#solution-scroll").query();
        Node solution = robot.lookup("#worked-solution").query();
        Node page = view.node().lookup(".scroll-pane");
        double pageRight = page.localToScene(page.getLayoutBounds()).getMaxX();
        assertTrue(sideways.getContent().getLayoutBounds().getWidth() > sideways.getViewportBounds().getWidth(),
                "the steps are wider than the panel: " + sideways.getContent().getLayoutBounds().getWidth() + " > "
                        + sideways.getViewportBounds().getWidth());
        assertTrue(solution.localToScene(solution.getLayoutBounds()).getMaxX() <= pageRight + 0.5,
                "the worked solution ends within the page: " + solution.localToScene(solution.getLayoutBounds()).getMaxX()
                        + " <= " + pageRight);
        assertTrue(sideways.getViewportBounds().getHeight() >= sideways.getContent().getLayoutBounds().getHeight() - 0.5,
                "every step is visible without scrolling up and down");
    }

    /** Opens a practice set over the bank at question {@code id}, as the app's startPractice does. */
    private void practiceAt(FxRobot robot, String id) throws Exception {
        Catalog catalog = Catalog.load(List.of(EveryKindBank.write(dir)));
        assertEquals(List.of(), catalog.issues());
        Practice practice = new Practice(catalog.select(new Catalog.Filter("Every kind", null, null, false), 0), VARIANTS, log, CLOCK);
        assertTrue(practice.goTo(id));
        robot.interact(() -> {
            vm = new PracticeViewModel(practice, runner, () -> 7);
            view = new PracticeView(vm, appearance, () -> { });
            host.getChildren().setAll(view.node());
            vm.load();
        });
        awaitQuestion(id);
    }

    /** The question with its key is on screen and Submit is ready. */
    private void awaitQuestion(String id) throws Exception {
        await("question " + id + " ready", () -> vm.shownProperty().get() != null && vm.shownProperty().get().entry().id().equals(id)
                && !vm.busyProperty().get() && view.input() != null && !submitButton().isDisabled());
    }

    /** Presses Enter and waits for the grader's verdict to be on screen. */
    private void enter(FxRobot robot) throws Exception {
        robot.type(KeyCode.ENTER);
        await("a verdict", () -> vm.verdictProperty().get() != null && !vm.busyProperty().get());
    }

    private static String verdict(FxRobot robot) {
        return robot.lookup("#verdict").queryLabeled().getText();
    }

    private Button submitButton() {
        return (Button) view.node().lookup("#submit");
    }

    /** Option i (0-based) of a choice or multi question: its radio button or check box. */
    private Node option(int i) {
        return ((Pane) view.input().node()).getChildren().get(i);
    }

    private MatrixEditor grid() {
        return ((GridInput) view.input()).editor();
    }

    /** Types every cell, Tab between them, starting in the focused top-left cell. */
    private void typeGrid(FxRobot robot, List<List<String>> cells) {
        assertEquals(cells.size(), grid().rows());
        assertEquals(cells.get(0).size(), grid().columns());
        assertTrue(grid().cell(0, 0).isFocused(), "the first cell has the focus");
        boolean first = true;
        for (List<String> row : cells) {
            for (String cell : row) {
                if (!first) {
                    robot.type(KeyCode.TAB);
                }
                robot.write(cell);
                first = false;
            }
        }
        List<List<String>> onScreen = new java.util.ArrayList<>();
        for (int r = 0; r < grid().rows(); r++) {
            List<String> row = new java.util.ArrayList<>();
            for (int c = 0; c < grid().columns(); c++) {
                row.add(grid().cell(r, c).getText());
            }
            onScreen.add(row);
        }
        assertEquals(cells, onScreen, "Tab walks the cells row by row");
    }
}
