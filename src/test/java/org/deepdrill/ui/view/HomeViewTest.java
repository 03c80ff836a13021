package org.deepdrill.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.deepdrill.bank.ValidationIssue;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.MemoryProgressLog;
import org.deepdrill.study.MemoryState;
import org.deepdrill.study.ReviewState;
import org.deepdrill.study.TaskRunner;
import org.deepdrill.ui.EveryKindBank;
import org.deepdrill.ui.viewmodel.HomeViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The home screen's list of bank problems: made only when there is a problem, then kept up to date. */
@ExtendWith(ApplicationExtension.class)
class HomeViewTest {
    private final HomeViewModel vm = new HomeViewModel(TaskRunner.SAME_THREAD, new MemoryProgressLog());
    private final StackPane host = new StackPane();

    @Start
    void start(Stage stage) {
        host.getChildren().add(new HomeView(vm, f -> { }, () -> { }).node());
        stage.setScene(new Scene(host, 900, 700));
        stage.show();
    }

    @TempDir
    Path dir;

    @Test
    void aHomeScreenMadeAfterItsCatalogArrivedStillOffersItsTypes(FxRobot robot) throws IOException {
        // the app makes the home screen when first shown, which can be after the banks were read
        Catalog c = Catalog.load(List.of(EveryKindBank.write(dir)));
        HomeViewModel late = new HomeViewModel(TaskRunner.SAME_THREAD, new MemoryProgressLog());
        robot.interact(() -> {
            late.show(c);
            host.getChildren().setAll(new HomeView(late, f -> { }, () -> { }).node());
        });

        ComboBox<String> type = robot.lookup("#type-filter").query();
        assertEquals(List.of("any", "choice", "multi", "number", "vector", "matrix", "expression", "shape", "open"), type.getItems());
        assertEquals("any", type.getValue());
        ComboBox<String> sheet = robot.lookup("#sheet-filter").query();
        assertEquals(List.of("any"), sheet.getItems(), "the test bank cites no sheet");
    }

    @Test
    void banksWithoutProblemsShowNoProblemList(FxRobot robot) {
        robot.interact(() -> vm.show(Catalog.of(List.of(), List.of())));
        assertTrue(robot.lookup("#home-problems").tryQuery().isEmpty());
    }

    @Test
    void aBrokenBankIsListedWithItsFileLineAndColumn(FxRobot robot) {
        robot.interact(() -> vm.show(Catalog.of(List.of(), List.of())));
        ValidationIssue broken = new ValidationIssue(Path.of("broken.json"), 3, 7, "missing field 'type'");
        robot.interact(() -> vm.show(Catalog.of(List.of(), List.of(broken))));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<ValidationIssue> list = robot.lookup("#home-problems").queryListView();
        assertEquals(List.of(broken), list.getItems());
        assertEquals("broken.json:3:7: missing field 'type'", list.getItems().get(0).toString());
        assertTrue(robot.lookup((Label l) -> l.getText().startsWith("Problems in the banks (1)")).tryQuery().isPresent());
    }

    @Test
    void aTopicSaysInWordsWhatFsrsPredictsAndTheReviewButtonWhatIsDue(FxRobot robot) throws IOException {
        Catalog c = Catalog.load(List.of(EveryKindBank.write(dir)));
        MemoryProgressLog log = new MemoryProgressLog();
        Instant now = Instant.parse("2026-12-03T09:00:00Z");
        // reviewed just now: R = 1; the other seven never: mastery 1/8 = 12.5%, rounded to 13
        log.saveReview(new ReviewState("every.open", new MemoryState(2.3065, 2.1), now, now.plus(Duration.ofDays(3)), 1, 0));
        log.recordAttempt("every.open", null, false, 1, 2, "half", now);
        HomeViewModel reviewed = new HomeViewModel(TaskRunner.SAME_THREAD, log, Clock.fixed(now, ZoneOffset.UTC));
        List<List<String>> practised = new java.util.ArrayList<>();
        robot.interact(() -> {
            reviewed.show(c);
            host.getChildren().setAll(new HomeView(reviewed, f -> { }, () -> { }, practised::add, practised::add).node());
        });

        assertEquals("You would recall about 13% today · 1 of 8 reviewed", robot.lookup("#recall").queryLabeled().getText());
        Button review = robot.lookup("#review").queryButton();
        assertEquals("Review: 7 new", review.getText(), "nothing due; 10 a day, one met today");
        robot.interact(() -> reviewed.newPerDayProperty().set(1));
        assertTrue(review.isDisabled());
        assertEquals("Nothing due today — next review Sun 6 Dec", review.getText());
        Spinner<Integer> perDay = robot.lookup("#new-per-day").query();
        assertEquals(1, perDay.getValue(), "the spinner shows the setting");
        robot.interact(() -> perDay.getValueFactory().setValue(3));
        assertEquals("Review: 2 new", review.getText());

        Button mistakes = robot.lookup("#practise-mistakes").queryButton();
        assertTrue(mistakes.isVisible());
        robot.interact(mistakes::fire);   // below the fold of this small window
        assertEquals(List.of(List.of("every.open")), practised, "the open question earned 1 of 2 points");
    }
}
