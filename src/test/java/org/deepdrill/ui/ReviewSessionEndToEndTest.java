package org.deepdrill.ui;

import static org.deepdrill.ui.UiProbe.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.MemoryProgressLog;
import org.deepdrill.study.MemoryState;
import org.deepdrill.study.ReviewState;
import org.deepdrill.ui.theme.Appearance;
import org.deepdrill.ui.viewmodel.HomeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Today's review as a student does it, headless, through the navigator the app uses: Home counts
 * what is due and new, Review starts the session (due first, then the day's new ones), each
 * verdict says when the question comes back, and Home afterwards says nothing is left.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewSessionEndToEndTest {
    private static final Variants VARIANTS = new Variants(new KeyComputer(OpRegistry.standard()));

    @TempDir
    Path dir;
    private final MemoryProgressLog log = new MemoryProgressLog();
    private final FxTaskRunner runner = new FxTaskRunner();
    private final Appearance appearance = new Appearance();
    private final BorderPane shell = new BorderPane();
    private final List<String> notices = new ArrayList<>();

    @Start
    void start(Stage stage) {
        appearance.apply(shell);
        stage.setScene(new Scene(shell, 1100, 780));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        runner.shutdown();
    }

    @Test
    void aReviewSessionTakesTheDueQuestionThenTheDaysNewOneAndLeavesNothingDue(FxRobot robot) throws Exception {
        // the app's practice clock is the system's, so the history is set relative to now
        Instant now = Instant.now();
        // every.number: due since yesterday; every.choice: reviewed, back in ten days
        log.saveReview(new ReviewState("every.number", new MemoryState(1, 5), now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(1)), 2, 0));
        log.saveReview(new ReviewState("every.choice", new MemoryState(10, 5), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)), 2, 0));
        Catalog catalog = Catalog.load(List.of(EveryKindBank.write(dir)));
        HomeViewModel home = new HomeViewModel(runner, log, Clock.systemUTC());
        home.newPerDayProperty().set(1);
        robot.interact(() -> {
            Navigator navigator = new Navigator(shell, appearance, home, runner, log, VARIANTS, notices::add,
                    org.deepdrill.ui.view.BankChooser.forgetful());
            home.show(catalog);
            shell.setCenter(navigator.home());
        });
        Button review = robot.lookup("#review").queryButton();
        await("today's counts", () -> review.getText().equals("Review: 1 due + 1 new"));
        assertFalse(review.isDisabled());
        assertEquals("1 due today · 6 new · 0 new started today", robot.lookup("#review-totals").queryLabeled().getText());

        robot.clickOn(review);
        await("the due question first", () -> submitReady(robot) && positionOnScreen(robot).contains("1 / 2"));
        robot.write("0.5").type(KeyCode.ENTER);
        await("its verdict", () -> robot.lookup("#again").tryQuery().map(n -> ((Labeled) n).getText().startsWith("Again in")).orElse(false));
        assertTrue(robot.lookup("#verdict").queryLabeled().getText().startsWith("✓ Correct"));
        robot.type(KeyCode.N);

        await("the day's one new question", () -> positionOnScreen(robot).contains("2 / 2") && robot.lookup("#submit").tryQuery()
                .map(n -> !((Button) n).isDisabled()).orElse(false));
        // every.multi, the first never-reviewed question in bank order: a and b hold
        Pane options = robot.lookup((Pane p) -> p.getChildren().size() == 3 && p.getChildren().get(0) instanceof javafx.scene.control.CheckBox).query();
        robot.clickOn(options.getChildren().get(0)).clickOn(options.getChildren().get(1)).type(KeyCode.ENTER);
        await("its verdict", () -> robot.lookup("#verdict").tryQuery().isPresent() && robot.lookup("#again").tryQuery().isPresent());
        // a new question answered right: Good, back in 3 days
        assertTrue(robot.lookup("#again").queryLabeled().getText().startsWith("Again in 3 days"), robot.lookup("#again").queryLabeled().getText());
        robot.type(KeyCode.N);
        assertEquals("That was the last question of this set: ← Topics goes back.", robot.lookup("#nudge").queryLabeled().getText());

        robot.clickOn("← Topics");
        await("Home with nothing left", () -> robot.lookup("#review").queryButton().isDisabled());
        assertTrue(robot.lookup("#review").queryButton().getText().startsWith("Nothing due today — next review "),
                robot.lookup("#review").queryButton().getText());
        assertEquals(1, log.stats().get("every.number").attempts());
        assertEquals(1, log.stats().get("every.multi").attempts());
        assertEquals(List.of(), notices);
    }

    private static boolean submitReady(FxRobot robot) {
        return robot.lookup("#submit").tryQuery().map(n -> !((Button) n).isDisabled()).orElse(false);
    }

    /** The practice screen's position label, "1 / 2". */
    private static String positionOnScreen(FxRobot robot) {
        return robot.lookup((Label l) -> l.getText() != null && l.getText().matches("\\d+ / \\d+")).tryQuery()
                .map(n -> ((Label) n).getText()).orElse("");
    }
}
