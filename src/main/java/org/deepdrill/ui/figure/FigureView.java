package org.deepdrill.ui.figure;

import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import org.deepdrill.study.FigureData;

/**
 * Draws a question's figure from its data: a graph, a mask or heatmap grid, or an unrolled RNN.
 * The result is a Pane of shapes (crisp at any zoom, and its parts are nodes a test can count),
 * {@code width} wide, its height following from the content; everything scales with
 * {@code width}. Build it on the FX thread (or before it is shown); it does no other work.
 */
public final class FigureView {
    private static final double DEFAULT_WIDTH = 360;

    private FigureView() {
    }

    public static Node draw(FigureData data, double width, boolean dark) {
        double w = width > 0 && Double.isFinite(width) ? width : DEFAULT_WIDTH;
        FigurePalette palette = FigurePalette.of(dark);
        Pane pane;
        if (data instanceof FigureData.Graph g) {
            pane = GraphFigure.draw(g, w, palette);
        } else if (data instanceof FigureData.Grid g) {
            pane = GridFigure.draw(g, w, palette);
        } else if (data instanceof FigureData.Rnn r) {
            pane = RnnFigure.draw(r, w, palette);
        } else {
            pane = new Pane();
        }
        pane.getStyleClass().add("figure");
        pane.setMinSize(Pane.USE_PREF_SIZE, Pane.USE_PREF_SIZE);
        pane.setMaxSize(Pane.USE_PREF_SIZE, Pane.USE_PREF_SIZE);
        // The theme's own background, so 0-valued heatmap cells match what is around them.
        pane.setBackground(Background.fill(palette.background()));
        return pane;
    }
}
