package org.deepdrill.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.deepdrill.bank.ValidationIssue;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.MemoryProgressLog;
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
}
