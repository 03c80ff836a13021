package org.deepdrill.ui;

import static org.deepdrill.ui.UiProbe.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app started on a damaged progress file, at its default window width: the notice
 * that the file was set aside shows in the top bar, and the bar's title and buttons keep their
 * full text (a long notice once squeezed them to "…").
 */
class TopBarNoticeTest {
    @TempDir
    static Path data;
    private static String before;

    @BeforeAll
    static void damagedProgressFile() throws Exception {
        Files.writeString(data.resolve("progress.db"), "this is not a SQLite database, but a file that took its name\n".repeat(40));
        // the default width (1100) with a height inside Monocle's 1280×800 screen
        Files.writeString(data.resolve("settings.properties"), "height=780\n");
        before = System.getProperty("deepdrill.data");
        System.setProperty("deepdrill.data", data.toString());
    }

    @AfterAll
    static void restore() {
        if (before == null) {
            System.clearProperty("deepdrill.data");
        } else {
            System.setProperty("deepdrill.data", before);
        }
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private DeepDrillApp app;

    @Test
    void theDamagedFileNoticeLeavesTheTitleAndButtonsWhole() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (DeepDrillApp) FxToolkit.setupApplication(DeepDrillApp.class);
        FxRobot robot = new FxRobot();
        await("the notice that the progress file was set aside", () -> robot.lookup(".warning").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup(".warning").queryAs(Label.class);
        assertTrue(notice.getText().startsWith("Your progress file"), notice.getText());
        assertEquals(1100, stage.getWidth(), 1, "the default window width");

        for (String text : List.of("DeepDrill", "A−", "A+", "Dark")) {
            Labeled control = robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText()) && !(n == notice))
                    .queryAs(Labeled.class);
            String shown = WaitForAsyncUtils.asyncFx(() -> ((Text) control.lookup(".text")).getText()).get();
            assertEquals(text, shown, "the top bar shows " + text + " whole");
            double width = control.getWidth();
            double pref = WaitForAsyncUtils.asyncFx(() -> control.prefWidth(-1)).get();
            assertTrue(width >= pref - 0.5, text + " is " + width + " wide, less than its preferred " + pref);
        }
        assertTrue(notice.getWidth() > 100, "the notice still has room: " + notice.getWidth());
        String noticeShown = WaitForAsyncUtils.asyncFx(() -> ((Text) notice.lookup(".text")).getText()).get();
        assertEquals(notice.getText(), noticeShown, "the notice wraps instead of being cut");
    }
}
