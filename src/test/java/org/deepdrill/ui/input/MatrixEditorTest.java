package org.deepdrill.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The grid editor of vector and matrix answers. */
@ExtendWith(ApplicationExtension.class)
class MatrixEditorTest {
    private GridInput matrix;
    private GridInput single;
    private GridInput column;

    @Start
    void start(Stage stage) {
        matrix = (GridInput) AnswerInputs.matrix(2, 1);
        single = (GridInput) AnswerInputs.matrix(1, 1);
        column = (GridInput) AnswerInputs.vector(3, 1);
        Scene scene = new Scene(new VBox(12, matrix.node(), single.node(), column.node()), 600, 600);
        // the app's theme: the editor's marks and hints use its looked-up colours
        scene.getStylesheets().add(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void typedCellsAndAnAddedColumnMakeNestedRows(FxRobot robot) {
        MatrixEditor grid = matrix.editor();
        robot.interact(matrix::focus);
        robot.write("1").type(KeyCode.TAB).write("3");   // Tab goes down: one column so far
        assertEquals("[[1], [3]]", matrix.typed());

        List<String> seen = new ArrayList<>();
        matrix.typedProperty().addListener((obs, was, now) -> seen.add(now));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("+ column").query()).fire());
        assertEquals(2, grid.columns());
        robot.clickOn(grid.cell(0, 1)).write("\\frac{1}{2}").type(KeyCode.TAB);
        assertSame(grid.cell(1, 0), grid.getScene().getFocusOwner(), "Tab walks the rows: (1,2) → (2,1)");
        robot.type(KeyCode.TAB).write("4");
        assertEquals("[[1, \\frac{1}{2}], [3, 4]]", matrix.typed());
        assertEquals("[[1, \\frac{1}{2}], [3, 4]]", seen.get(seen.size() - 1));
        assertTrue(Grading.isRight("matrix", "[[1, 0.5], [3, 4]]", matrix.typed(), ""));
    }

    @Test
    void aMatrixTypedIntoOneCellFillsTheGridWhenTheCellIsLeft(FxRobot robot) {
        MatrixEditor grid = matrix.editor();
        robot.interact(matrix::focus);
        robot.write("1 2; 3 4");
        assertEquals(1, grid.columns(), "nothing moves while typing");
        robot.clickOn(single.editor().cell(0, 0));   // leave the cell

        assertEquals(2, grid.rows());
        assertEquals(2, grid.columns());
        assertEquals("[[1, 2], [3, 4]]", matrix.typed());
    }

    @Test
    void aBareListOfNumbersOrAGridAlreadyBegunIsLeftAsTyped(FxRobot robot) {
        MatrixEditor grid = matrix.editor();
        robot.interact(() -> grid.cell(0, 0).setText("1 2"));   // a slip in one entry, not a matrix
        assertFalse(grid.spreadTypedMatrix());
        assertEquals("1 2", grid.cell(0, 0).getText());
        assertEquals(2, grid.rows());
        assertEquals(1, grid.columns());

        robot.interact(() -> {
            grid.cell(0, 0).setText("[[1,2],[3,4]]");
            grid.cell(1, 0).setText("5");                        // another cell is filled already
        });
        assertFalse(grid.spreadTypedMatrix());
        assertEquals(1, grid.columns());
    }

    @Test
    void enterInACellReachesTheAppSoItCanSubmit(FxRobot robot) {
        List<KeyCode> reached = new ArrayList<>();
        matrix.node().getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> reached.add(e.getCode()));
        robot.clickOn(matrix.editor().cell(0, 0)).type(KeyCode.ENTER);
        assertEquals(List.of(KeyCode.ENTER), reached);
    }

    @Test
    void aFractionInTheOnlyCellIsGradedAgainstItsValue(FxRobot robot) {
        robot.interact(() -> single.editor().cell(0, 0).setText("\\frac{1}{2}"));
        assertEquals("[[\\frac{1}{2}]]", single.typed());
        assertTrue(Grading.isRight("matrix", "[[0.5]]", single.typed(), ""));
    }

    @Test
    void pastingAMatrixIntoACellFillsAndResizesTheGrid(FxRobot robot) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1 2; 3 4");
            Clipboard.getSystemClipboard().setContent(content);
            single.editor().cell(0, 0).paste();
        });
        assertEquals(2, single.editor().rows());
        assertEquals(2, single.editor().columns());
        assertEquals("[[1, 2], [3, 4]]", single.typed());

        // One number is pasted into the cell as usual.
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("7");
            Clipboard.getSystemClipboard().setContent(content);
            single.editor().cell(1, 1).selectAll();
            single.editor().cell(1, 1).paste();
        });
        assertEquals("[[1, 2], [3, 7]]", single.typed());
    }

    @Test
    void anEmptyCellIsSentAndTheGradersPositionLeadsBackToIt(FxRobot robot) {
        robot.interact(() -> {
            single.editor().setCells(List.of(List.of("1", ""), List.of("3", "4")));
        });
        assertEquals("[[1, ], [3, 4]]", single.typed());
        int position = Grading.grade("matrix", "[[1, 2], [3, 4]]", single.typed(), "").errorPosition();
        robot.interact(() -> single.editor().showError(position));
        assertTrue(robot.lookup("Row 1, column 2 is empty.").tryQuery().isPresent());
        robot.interact(single::clear);
        assertEquals("", single.typed());
        assertEquals(1, single.editor().rows());
    }

    @Test
    void aColumnVectorGrowsDownAndTakesAPastedRow(FxRobot robot) {
        assertTrue(robot.from(column.node()).lookup("+ column").tryQuery().isEmpty());
        assertTrue(robot.from(column.node()).lookup("+ row").tryQuery().isPresent());
        robot.interact(() -> {
            assertTrue(column.editor().pasteGrid("\\begin{bmatrix} 1 & -\\tfrac{1}{8} & 3 & 0.5 \\end{bmatrix}"));
        });
        assertEquals(4, column.editor().rows());
        assertEquals(1, column.editor().columns());
        assertEquals("[1, -\\tfrac{1}{8}, 3, 0.5]", column.typed());
        assertTrue(Grading.isRight("vector", "[[1], [-0.125], [3], [0.5]]", column.typed(), ""));
        robot.interact(() -> column.setEditable(false));
        assertFalse(column.editor().cell(0, 0).isEditable());
    }
}
