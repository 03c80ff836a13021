package org.deepdrill.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Choice, multi and the plain text inputs produce text the grader marks right. */
@ExtendWith(ApplicationExtension.class)
class OptionInputsTest {
    private static final Function<String, Node> MATH = Label::new;
    private static final List<String> OPTIONS = List.of("$n^2$", "$n d$", "$d^2$");

    private AnswerInput choice;
    private AnswerInput multi;
    private AnswerInput number;
    private AnswerInput shape;
    private AnswerInput open;

    @Start
    void start(Stage stage) {
        choice = AnswerInputs.choice(OPTIONS, MATH);
        multi = AnswerInputs.multi(OPTIONS, MATH);
        number = AnswerInputs.number();
        shape = AnswerInputs.shape(List.of("h", "d", "D"));
        open = AnswerInputs.open();
        stage.setScene(new Scene(new VBox(choice.node(), multi.node(), number.node(), shape.node(), open.node()), 500, 600));
        stage.show();
    }

    @Test
    void pickingTheSecondOptionTypesB(FxRobot robot) {
        assertEquals("", choice.typed());
        robot.interact(() -> assertTrue(choice.pick(1)));
        assertEquals("b", choice.typed());
        assertTrue(Grading.isRight("choice", "1", choice.typed(), "\"options\": 3"));
        robot.interact(() -> assertFalse(choice.pick(3)));
        assertEquals("b", choice.typed());
    }

    @Test
    void clickingAnOptionSelectsItAndLockingStopsShortcuts(FxRobot robot) {
        robot.clickOn(robot.from(choice.node()).lookup("$d^2$").queryLabeled());
        assertEquals("c", choice.typed());
        robot.interact(() -> choice.setEditable(false));
        robot.interact(() -> assertFalse(choice.pick(0)));
        robot.clickOn(robot.from(choice.node()).lookup("$n^2$").queryLabeled());
        assertEquals("c", choice.typed());
        robot.interact(choice::clear);
        assertEquals("", choice.typed());
    }

    @Test
    void tickingAAndCTypesBothLetters(FxRobot robot) {
        robot.interact(() -> {
            multi.pick(0);
            multi.pick(1);
            multi.pick(2);
            multi.pick(1);   // a second press unticks
        });
        assertEquals("a, c", multi.typed());
        assertTrue(Grading.isRight("multi", "[2, -2, 2]", multi.typed(), "\"points\": 4"));
    }

    @Test
    void lockedCheckBoxesIgnoreTheSpaceBar(FxRobot robot) {
        robot.clickOn(robot.from(multi.node()).lookup("$n d$").queryLabeled());
        assertEquals("b", multi.typed());
        robot.interact(() -> multi.setEditable(false));
        robot.type(KeyCode.SPACE);
        assertEquals("b", multi.typed());
        robot.interact(() -> multi.setEditable(true));
        robot.type(KeyCode.SPACE);
        assertEquals("", multi.typed());
    }

    @Test
    void textInputsSendTheirTextAsTyped(FxRobot robot) {
        robot.interact(number::focus);
        robot.write("\\frac{4}{5}");
        assertEquals("\\frac{4}{5}", number.typed());
        assertTrue(Grading.isRight("number", "0.8", number.typed(), ""));

        robot.interact(shape::focus);
        robot.write("4 × 2");
        assertTrue(Grading.isRight("shape", "[\"4\", \"2\"]", shape.typed(), "\"vars\": [\"h\", \"d\", \"D\"]"));
        // the hint says how to write a shape in this question's variables
        assertEquals("in h, d, D, e.g. (4, 2) or 4 × 2", ((javafx.scene.control.TextField) shape.node()).getPromptText());
        assertEquals("e.g. (4, 2) or 4 × 2", AnswerInputs.shapeExample(List.of()));

        robot.interact(open::focus);
        robot.write("mean");
        assertEquals("mean", open.typed());
        robot.interact(open::clear);
        assertEquals("", open.typed());
    }
}
