package org.deepdrill.ui.figure;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.deepdrill.study.FigureData;

/**
 * A mask or heatmap as a grid of square cells (colours from {@link GridCells}), with its title
 * above, column labels above the columns, row labels to the left, and — on grids up to 8×8 —
 * each heatmap value printed in its cell.
 */
final class GridFigure {
    static final int MAX_PRINTED = 8;

    private GridFigure() {
    }

    static Pane draw(FigureData.Grid g, double width, FigurePalette p) {
        double[][] values = g.values() == null ? new double[0][0] : g.values();
        int rows = values.length;
        int cols = 0;
        for (double[] row : values) {
            cols = Math.max(cols, row.length);
        }
        GridCells.Cell[][] cells = GridCells.cells(g.kind(), values, p);
        double font = Math.max(10, Math.min(16, width * 0.034));
        List<String> rowLabels = g.rowLabels() == null ? List.of() : g.rowLabels();
        List<String> colLabels = g.columnLabels() == null ? List.of() : g.columnLabels();
        double rowLabelWidth = 0;
        for (String l : rowLabels) {
            rowLabelWidth = Math.max(rowLabelWidth, Shapes.centred(l, 0, 0, font * 0.9, false, p.muted())
                    .getLayoutBounds().getWidth() + font * 0.6);
        }
        boolean hasTitle = g.title() != null && !g.title().isBlank();
        double top = (hasTitle ? font * 2 : 0) + (colLabels.isEmpty() ? 0 : font * 1.5);
        double available = width - rowLabelWidth - 2;
        double cell = cols == 0 ? 0 : Math.min(available / cols, width * 0.14);
        double x0 = rowLabelWidth + (available - cell * cols) / 2;
        Pane pane = new Pane();
        if (hasTitle) {
            Text title = Shapes.centred(g.title(), x0 + cell * cols / 2, font, font * 1.05, true, p.foreground());
            title.getStyleClass().add("figure-title");
            pane.getChildren().add(title);
        }
        for (int j = 0; j < Math.min(cols, colLabels.size()); j++) {
            pane.getChildren().add(Shapes.centred(colLabels.get(j), x0 + (j + 0.5) * cell, top - font * 0.75,
                    font * 0.9, false, p.muted()));
        }
        boolean printValues = "heatmap".equals(g.kind()) && rows <= MAX_PRINTED && cols <= MAX_PRINTED;
        for (int i = 0; i < rows; i++) {
            double y = top + i * cell;
            if (i < rowLabels.size()) {
                Text l = Shapes.centred(rowLabels.get(i), 0, y + cell / 2, font * 0.9, false, p.muted());
                l.setX(x0 - font * 0.3 - l.getLayoutBounds().getWidth());   // right-aligned at the grid
                pane.getChildren().add(l);
            }
            for (int j = 0; j < cells[i].length; j++) {
                GridCells.Cell c = cells[i][j];
                double x = x0 + j * cell;
                Rectangle r = new Rectangle(x, y, cell, cell);
                r.setFill(c.fill());
                r.setStroke(p.border());
                r.setStrokeWidth(1);
                r.getStyleClass().add("figure-cell");
                pane.getChildren().add(r);
                if (c.blocked()) {
                    hatch(pane, x, y, cell, p.blocked());
                } else if (printValues) {
                    pane.getChildren().add(Shapes.centred(GridCells.valueText(values[i][j]), x + cell / 2, y + cell / 2,
                            Math.min(font, cell * 0.28), false, p.textOn(c.fill())));
                }
            }
        }
        pane.setPrefSize(width, top + rows * cell + 2);
        pane.setAccessibleText(g.kind() + " " + rows + "×" + cols + (hasTitle ? ": " + g.title() : ""));
        return pane;
    }

    /** Diagonal hatching inside one cell: a value that does not exist (NaN, −∞). */
    private static void hatch(Pane pane, double x, double y, double cell, Color colour) {
        double step = Math.max(4, cell / 5);
        for (double c = step; c < 2 * cell; c += step) {
            double u1 = Math.max(0, c - cell);
            double u2 = Math.min(cell, c);
            Line l = new Line(x + u1, y + c - u1, x + u2, y + c - u2);
            l.setStroke(colour);
            l.setStrokeWidth(1);
            pane.getChildren().add(l);
        }
    }
}
