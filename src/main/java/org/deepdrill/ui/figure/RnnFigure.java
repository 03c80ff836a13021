package org.deepdrill.ui.figure;

import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.deepdrill.study.FigureData;

/**
 * An RNN unrolled over time as lecture slides draw it: states h₁ … h_T in a row, each fed by
 * the previous one (h₀ comes in from the left) and by its input x_t below, and producing its
 * output y_t above when the network has outputs.
 */
final class RnnFigure {
    private RnnFigure() {
    }

    static Pane draw(FigureData.Rnn r, double width, FigurePalette p) {
        int steps = Math.max(1, r.steps());
        Map<String, String> names = r.labels() == null ? Map.of() : r.labels();
        String x = names.getOrDefault("input", "x");
        String h = names.getOrDefault("state", "h");
        String y = names.getOrDefault("output", "y");
        double left = width * 0.1;
        double column = (width - left) / steps;
        double box = Math.min(column * 0.6, width * 0.16);
        double boxH = box * 0.75;
        double gap = boxH * 0.9;
        double font = Math.max(9, Math.min(18, box * 0.34));
        double stroke = Math.max(1, width / 320);
        double head = Math.max(5, box * 0.14);
        double pad = boxH * 0.05;   // room for the stroke, proportional so the figure scales exactly
        double yOut = boxH / 2 + pad;
        double yState = r.outputs() ? yOut + boxH + gap : boxH / 2 + pad;
        double yIn = yState + boxH + gap;
        Pane pane = new Pane();
        Color ink = p.foreground();
        Text h0 = Shapes.centred(Shapes.subscripted(h, 0), left * 0.45, yState, font, false, p.muted());
        pane.getChildren().add(h0);
        for (int t = 1; t <= steps; t++) {
            double cx = left + (t - 0.5) * column;
            pane.getChildren().add(box(cx, yState, box, boxH, p.nodeFill(), p.accent(), stroke * 1.5, "figure-state"));
            pane.getChildren().add(Shapes.centred(Shapes.subscripted(h, t), cx, yState, font, true, ink));
            pane.getChildren().add(box(cx, yIn, box * 0.8, boxH * 0.8, p.background(), p.border(), stroke, "figure-input"));
            pane.getChildren().add(Shapes.centred(Shapes.subscripted(x, t), cx, yIn, font, false, ink));
            pane.getChildren().addAll(Shapes.arrow(new Point2D(cx, yIn - boxH * 0.4), new Point2D(cx, yState + boxH / 2),
                    ink, head, stroke));
            if (r.outputs()) {
                pane.getChildren().add(box(cx, yOut, box * 0.8, boxH * 0.8, p.background(), p.border(), stroke, "figure-output"));
                pane.getChildren().add(Shapes.centred(Shapes.subscripted(y, t), cx, yOut, font, false, ink));
                pane.getChildren().addAll(Shapes.arrow(new Point2D(cx, yState - boxH / 2), new Point2D(cx, yOut + boxH * 0.4),
                        ink, head, stroke));
            }
            double fromX = t == 1 ? h0.getX() + h0.getLayoutBounds().getWidth() + font * 0.3 : cx - column + box / 2;
            pane.getChildren().addAll(Shapes.arrow(new Point2D(fromX, yState), new Point2D(cx - box / 2, yState),
                    ink, head, stroke));
        }
        pane.setPrefSize(width, yIn + boxH / 2 + pad);
        pane.setAccessibleText("recurrent network unrolled over " + steps + " time steps");
        return pane;
    }

    private static Rectangle box(double cx, double cy, double w, double h, Color fill, Color stroke, double strokeWidth,
            String styleClass) {
        Rectangle r = new Rectangle(cx - w / 2, cy - h / 2, w, h);
        r.setArcWidth(h * 0.35);
        r.setArcHeight(h * 0.35);
        r.setFill(fill);
        r.setStroke(stroke);
        r.setStrokeWidth(strokeWidth);
        r.getStyleClass().add(styleClass);
        return r;
    }
}
