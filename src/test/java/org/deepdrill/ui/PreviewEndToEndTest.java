package org.deepdrill.ui;

import static org.deepdrill.ui.UiProbe.await;
import static org.deepdrill.ui.UiProbe.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.study.TestBanks;
import org.deepdrill.ui.theme.Appearance;
import org.deepdrill.ui.view.BankChooser;
import org.deepdrill.ui.view.PreviewView;
import org.deepdrill.ui.viewmodel.PreviewViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A TA's preview, headless: the real view, worker thread and file watcher. */
@ExtendWith(ApplicationExtension.class)
class PreviewEndToEndTest {
    @TempDir
    Path dir;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final Appearance appearance = new Appearance();
    private final StackPane host = new StackPane();
    private PreviewViewModel vm;
    private PreviewView view;

    @Start
    void start(Stage stage) {
        appearance.apply(host);
        // within Monocle's headless screen (1280×800): a taller window overflows its frame buffer
        stage.setScene(new Scene(host, 1100, 780));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (view != null) {
            robot.interact(view::stopWatching);
        }
        runner.shutdown();
    }

    @Test
    void savingTheBankShowsTheEditWithoutAReload(FxRobot robot) throws Exception {
        Path bank = EveryKindBank.write(dir);
        open(robot, bank);
        await("the bank listed", () -> questions(robot).getItems().size() == EveryKindBank.IDS.size() && vm.shownProperty().get() != null);
        assertEquals("every.choice  (choice)", textOf(cell(robot, "#preview-questions", "every.choice")));
        assertTrue(prompt().contains(EveryKindBank.CHOICE_PROMPT), prompt());
        assertEquals(0, vm.issues().size(), vm.issues().toString());

        // a TA edits the prompt of the question on screen and adds one, then saves
        String edited = "Which of these matrices is symmetric?";
        Files.writeString(bank, EveryKindBank.json(edited,
                "{\"id\": \"every.added\", \"type\": \"shape\", \"prompt\": \"Added\", \"vars\": [\"n\"], \"answer\": {\"shape\": [\"n\"]}}"));
        await("the edit on screen", 5, () -> questions(robot).getItems().size() == EveryKindBank.IDS.size() + 1
                && prompt().contains(edited));
        assertEquals("every.choice", questions(robot).getSelectionModel().getSelectedItem().id(), "the selection is kept");
        assertNotNull(cell(robot, "#preview-questions", "every.added"));
        assertEquals(2, vm.reloads());
        assertEquals(bank.toAbsolutePath().normalize() + " · " + (EveryKindBank.IDS.size() + 1) + " questions",
                robot.lookup("#preview-where").queryLabeled().getText(), "which file, and how many questions it now holds");
    }

    @Test
    void clickingAValidationProblemSelectsItsQuestion(FxRobot robot) throws Exception {
        open(robot, TestBanks.write(dir).resolve("mini.json"));
        await("the bank and its problem listed", () -> questions(robot).getItems().size() == 4 && vm.issues().size() == 1
                && vm.shownProperty().get() != null);
        assertEquals("mini.laplacian", questions(robot).getSelectionModel().getSelectedItem().id());

        robot.clickOn(cell(robot, "#preview-problems", "index 5 is outside"));
        await("the broken question selected", () -> vm.selectedProperty().get().id().equals("mini.broken")
                && !vm.problemProperty().get().isEmpty());
        assertEquals("mini.broken", questions(robot).getSelectionModel().getSelectedItem().id(), "the list follows");
        Labeled problem = robot.lookup((Labeled l) -> l.getText() != null && l.getText().startsWith("mini.broken cannot be computed"))
                .queryAs(Labeled.class);
        assertTrue(problem.isVisible());

        robot.clickOn(cell(robot, "#preview-questions", "mini.choice"));
        await("a question clicked in the list", () -> vm.shownProperty().get() != null
                && vm.shownProperty().get().entry().id().equals("mini.choice"));
        assertTrue(prompt().startsWith("Which is symmetric"), prompt());
    }

    @Test
    void aMatrixKeyAndItsRecognisedMistakeAreTypesetAsMatrices(FxRobot robot) throws Exception {
        open(robot, EveryKindBank.write(dir));
        await("the bank listed", () -> questions(robot).getItems().size() == EveryKindBank.IDS.size() && vm.shownProperty().get() != null);
        robot.clickOn(cell(robot, "#preview-questions", "every.matrix"));
        await("the matrix question shown", () -> vm.shownProperty().get() != null
                && vm.shownProperty().get().entry().id().equals("every.matrix"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> formulas = robot.lookup((javafx.scene.image.ImageView v) -> v.getAccessibleText() != null)
                .queryAllAs(javafx.scene.image.ImageView.class).stream().map(javafx.scene.image.ImageView::getAccessibleText).toList();
        // the path 0 − 1 − 2: L = D − A, and the signless D + A
        assertTrue(formulas.contains("\\begin{bmatrix}1 & -1 & 0 \\\\ -1 & 2 & -1 \\\\ 0 & -1 & 1\\end{bmatrix}"), formulas.toString());
        assertTrue(formulas.contains("\\begin{bmatrix}1 & 1 & 0 \\\\ 1 & 2 & 1 \\\\ 0 & 1 & 1\\end{bmatrix}"), formulas.toString());
        assertEquals("[[1.0,-1.0,0.0],[-1.0,2.0,-1.0],[0.0,-1.0,1.0]]", robot.lookup("#preview-key").queryLabeled().getText(),
                "what a student could type is still shown");
    }

    @Test
    void theBanksShippedInsideTheJarAreListedWithTheirCountAndNoSpinnerLeftTurning(FxRobot robot) throws Exception {
        // the jar's banks are a folder of a zip file system, as BankSource.bundled() gives them
        Path jar = dir.resolve("app.jar");
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar, java.util.Map.of("create", "true"))) {
            Path folder = Files.createDirectories(zip.getPath("/org/deepdrill/questions"));
            Files.writeString(folder.resolve("every.json"), EveryKindBank.json(EveryKindBank.CHOICE_PROMPT, ""));
        }
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar)) {
            open(robot, zip.getPath("/org/deepdrill/questions"));
            await("the shipped bank listed", () -> questions(robot).getItems().size() == EveryKindBank.IDS.size()
                    && vm.shownProperty().get() != null && !vm.busyProperty().get());
            String where = robot.lookup("#preview-where").queryLabeled().getText();
            assertTrue(where.startsWith("jar:" + jar.toUri()) && where.endsWith("!/org/deepdrill/questions · "
                    + EveryKindBank.IDS.size() + " questions"), where);
            assertEquals(0, vm.issues().size(), vm.issues().toString());
            robot.interact(view::stopWatching);
        }
    }

    @Test
    void openBankFileAsksTheChooserStartingInTheFolderChosenLastAndPreviewsTheBank(FxRobot robot) throws Exception {
        Path bank = EveryKindBank.write(dir);
        java.util.Map<String, String> settings = new java.util.HashMap<>();
        java.util.List<Path> startedIn = new java.util.ArrayList<>();
        BankChooser chooser = new BankChooser((owner, startIn) -> {
            startedIn.add(startIn);
            return java.util.Optional.of(bank);
        }, () -> settings.get("previewFolder"), f -> settings.put("previewFolder", f));
        robot.interact(() -> {
            vm = new PreviewViewModel(runner, new Variants(new KeyComputer(OpRegistry.standard())));
            view = new PreviewView(vm, appearance, () -> { }, chooser);
            host.getChildren().setAll(view.node());
        });
        robot.clickOn("#open-bank-file");
        await("the chosen bank listed", () -> questions(robot).getItems().size() == EveryKindBank.IDS.size()
                && vm.shownProperty().get() != null);
        // nothing remembered yet: the dialog opened on the banks the app loads (this checkout's questions/)
        assertEquals(Path.of("questions").toAbsolutePath().normalize(), startedIn.get(0));
        assertEquals(dir.toAbsolutePath().toString(), settings.get("previewFolder"), "the bank's folder is remembered");
        robot.clickOn("#open-bank-file");
        await("asked again", () -> startedIn.size() == 2);
        assertEquals(dir.toAbsolutePath(), startedIn.get(1), "and the dialog opens there next time");
    }

    @Test
    void cancellingTheChooserOpensNothingAndRemembersNothing() {
        java.util.Map<String, String> settings = new java.util.HashMap<>();
        BankChooser chooser = new BankChooser((owner, startIn) -> java.util.Optional.empty(),
                () -> settings.get("previewFolder"), f -> settings.put("previewFolder", f));
        assertTrue(chooser.choose(null).isEmpty());
        assertTrue(settings.isEmpty());
    }

    @Test
    void choiceAndMultiKeysReadAsAStudentWouldWithNothingTypesetAboveThem(FxRobot robot) throws Exception {
        open(robot, EveryKindBank.write(dir));
        await("the choice question shown", () -> questions(robot).getItems().size() == EveryKindBank.IDS.size()
                && vm.shownProperty().get() != null && vm.shownProperty().get().entry().id().equals("every.choice"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // option b, L = D − A, is the one correct option
        assertEquals("b   (a: ✗, b: ✓)", robot.lookup("#preview-key").queryLabeled().getText());
        assertEquals("Key", labelAbove(robot), "no stray formula (it was a typeset 0) between the title and the key");

        robot.clickOn(cell(robot, "#preview-questions", "every.multi"));
        await("the multi question shown", () -> vm.shownProperty().get() != null
                && vm.shownProperty().get().entry().id().equals("every.multi"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // the two true statements, a and b, earn +1 each; c costs 2
        assertEquals("a, b   (a: +1.0, b: +1.0, c: -2.0)", robot.lookup("#preview-key").queryLabeled().getText());
        assertEquals("Key", labelAbove(robot), "the option points are not typeset as a vector [1 1 -2]");
        java.util.List<String> formulas = robot.lookup((javafx.scene.image.ImageView v) -> v.getAccessibleText() != null)
                .queryAllAs(javafx.scene.image.ImageView.class).stream().map(javafx.scene.image.ImageView::getAccessibleText).toList();
        assertTrue(formulas.stream().noneMatch(f -> f.contains("bmatrix")), formulas.toString());
    }

    /** The text of the node just above the key's text in the detail pane. */
    private static String labelAbove(FxRobot robot) {
        Node key = robot.lookup("#preview-key").query();
        var siblings = key.getParent().getChildrenUnmodifiable();
        Node above = siblings.get(siblings.indexOf(key) - 1);
        return above instanceof Labeled l ? l.getText() : above.getClass().getSimpleName();
    }

    @Test
    void aSaveWithASyntaxErrorAndTheSaveThatFixesItKeepTheSelectedQuestion(FxRobot robot) throws Exception {
        Path bank = EveryKindBank.write(dir);
        open(robot, bank);
        await("the bank listed", () -> questions(robot).getItems().size() == EveryKindBank.IDS.size() && vm.shownProperty().get() != null);
        robot.clickOn(cell(robot, "#preview-questions", "every.matrix"));
        await("the matrix question shown", () -> vm.shownProperty().get() != null
                && vm.shownProperty().get().entry().id().equals("every.matrix"));

        String good = EveryKindBank.json(EveryKindBank.CHOICE_PROMPT, "");
        Files.writeString(bank, good.replaceFirst("\\]\\s*}\\s*$", "],\n}"));   // a trailing comma: no question loads
        await("the syntax error listed", 5, () -> questions(robot).getItems().isEmpty() && vm.issues().size() == 1);
        assertTrue(vm.issues().get(0).message().contains("trailing comma"), vm.issues().toString());

        Files.writeString(bank, good);
        await("the bank listed again", 5, () -> questions(robot).getItems().size() == EveryKindBank.IDS.size()
                && vm.issues().isEmpty() && vm.shownProperty().get() != null);
        assertEquals("every.matrix", questions(robot).getSelectionModel().getSelectedItem().id(), "not question 1");
        assertEquals("every.matrix", vm.shownProperty().get().entry().id());
    }

    private void open(FxRobot robot, Path bank) {
        robot.interact(() -> {
            vm = new PreviewViewModel(runner, new Variants(new KeyComputer(OpRegistry.standard())));
            view = new PreviewView(vm, appearance, () -> { });
            host.getChildren().setAll(view.node());
            view.open(bank);
        });
    }

    @SuppressWarnings("unchecked")
    private static ListView<org.deepdrill.study.Catalog.Entry> questions(FxRobot robot) {
        return (ListView<org.deepdrill.study.Catalog.Entry>) robot.lookup("#preview-questions").<Node>query();
    }

    /** The cell of a list whose text contains {@code text}, as shown on screen. */
    private static ListCell<?> cell(FxRobot robot, String list, String text) {
        return robot.from(robot.lookup(list).<Node>query()).lookup((ListCell<?> c) -> c.getText() != null && c.getText().contains(text))
                .queryAs(ListCell.class);
    }

    /** The prompt the detail pane shows (formulas as their LaTeX). */
    private String prompt() {
        Node p = view.node().lookup("#prompt");
        return p == null ? "" : textOf(p);
    }
}
