package org.deepdrill.ui.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Small drawing helpers shared by the figures. */
final class Shapes {
    /** Unicode subscript digits, so "h" and 1 read as h₁ without a second, offset Text. */
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private Shapes() {
    }

    /** {@code name} with {@code index} as subscript digits: {@code h}, 12 → {@code h₁₂}. */
    static String subscripted(String name, int index) {
        StringBuilder sb = new StringBuilder(name);
        String digits = Integer.toString(index);
        for (char c : digits.toCharArray()) {
            sb.append(c == '-' ? '₋' : SUBSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** Text centred on {@code (x, y)}. */
    static Text centred(String s, double x, double y, double size, boolean bold, Color fill) {
        Text t = new Text(s);
        t.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        t.setFill(fill);
        t.setTextOrigin(VPos.CENTER);
        t.setX(x - t.getLayoutBounds().getWidth() / 2);
        t.setY(y);
        return t;
    }

    /** A line ending in an arrowhead whose tip is at {@code to}. */
    static List<Node> arrow(Point2D from, Point2D to, Color colour, double head, double strokeWidth) {
        Point2D d = to.subtract(from);
        double len = d.magnitude();
        if (len == 0) {
            return List.of();
        }
        Point2D u = d.multiply(1 / len);
        Point2D n = new Point2D(-u.getY(), u.getX());
        Point2D base = to.subtract(u.multiply(Math.min(head, len)));
        Line line = line(from, base, colour, strokeWidth);
        Point2D w1 = base.add(n.multiply(head * 0.45));
        Point2D w2 = base.subtract(n.multiply(head * 0.45));
        Polygon tip = new Polygon(to.getX(), to.getY(), w1.getX(), w1.getY(), w2.getX(), w2.getY());
        tip.setFill(colour);
        tip.getStyleClass().add("figure-arrowhead");
        return List.of(line, tip);
    }

    static Line line(Point2D from, Point2D to, Color colour, double strokeWidth) {
        Line line = new Line(from.getX(), from.getY(), to.getX(), to.getY());
        line.setStroke(colour);
        line.setStrokeWidth(strokeWidth);
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.getStyleClass().add("figure-edge");
        return line;
    }

    /** A weight or value written compactly: integers plain, otherwise 3 significant digits. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v < 0 ? "−∞" : "∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
