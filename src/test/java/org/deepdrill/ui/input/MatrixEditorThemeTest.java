package org.deepdrill.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A wrong cell's outline takes the theme's danger colour, so the dark theme is not defeated by
 * a fixed colour. The expected colours are AtlantaFX 2.0.1's Primer palette
 * ({@code -color-danger-emphasis}: #da3633 in Primer Dark, #cf222e in Primer Light).
 */
@ExtendWith(ApplicationExtension.class)
class MatrixEditorThemeTest {
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @Test
    void aMarkedCellIsOutlinedInTheDarkThemesDangerColour(FxRobot robot) {
        assertEquals(Color.web("#da3633"), markedCellBorder(robot, new PrimerDark().getUserAgentStylesheet()));
    }

    @Test
    void aMarkedCellIsOutlinedInTheLightThemesDangerColour(FxRobot robot) {
        assertEquals(Color.web("#cf222e"), markedCellBorder(robot, new PrimerLight().getUserAgentStylesheet()));
    }

    /** The top border colour of cell (1,1) once marked, with {@code theme} as the scene's stylesheet. */
    private Paint markedCellBorder(FxRobot robot, String theme) {
        Paint[] seen = new Paint[1];
        robot.interact(() -> {
            root.getScene().getStylesheets().setAll(theme);
            MatrixEditor grid = new MatrixEditor(2, 2, MatrixEditor.Orientation.MATRIX);
            root.getChildren().setAll(grid);
            grid.markCell(0, 0);
            root.applyCss();
            seen[0] = grid.cell(0, 0).getBorder().getStrokes().get(0).getTopStroke();
        });
        return seen[0];
    }
}
