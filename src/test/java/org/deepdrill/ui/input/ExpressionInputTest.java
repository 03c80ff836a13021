package org.deepdrill.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The expression field reads each change as the grader will and previews it. */
@ExtendWith(ApplicationExtension.class)
class ExpressionInputTest {
    private ExpressionInput input;

    @Start
    void start(Stage stage) {
        input = (ExpressionInput) AnswerInputs.expression(List.of("h", "d", "D"),
                latex -> new Label("TeX:" + latex));
        stage.setScene(new Scene((javafx.scene.Parent) input.node(), 400, 300));
        stage.show();
    }

    @Test
    void aProductOfVariablesIsPreviewedWithoutError(FxRobot robot) {
        robot.interact(input::focus);
        robot.write("4hdD");
        assertEquals("4hdD", input.typed());
        assertNotNull(input.previewNode());
        assertEquals("TeX:4 h d D", ((Label) input.previewNode()).getText());
        assertEquals("", input.errorText());
        assertTrue(robot.lookup("variables: h, d, D (case matters)").tryQuery().isPresent());
        assertTrue(Grading.isRight("expression", "\"4*h*d*D\"", input.typed(), "\"vars\": [\"h\", \"d\", \"D\"]"));
    }

    @Test
    void aDanglingOperatorShowsWhereReadingStopped(FxRobot robot) {
        robot.interact(() -> input.field().setText("4hd*"));
        assertNull(input.previewNode());
        assertTrue(input.errorText().contains("at position 4"), input.errorText());
        robot.interact(() -> input.field().setText("4hd*D"));
        assertEquals("", input.errorText());
        assertEquals("4hd*D", input.typed());
        robot.interact(input::clear);
        assertEquals("", input.typed());
        assertNull(input.previewNode());
    }
}
