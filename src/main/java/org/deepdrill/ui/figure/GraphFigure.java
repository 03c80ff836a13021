package org.deepdrill.ui.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.deepdrill.study.FigureData;

/**
 * A graph drawn from its edge list: nodes on a circle ({@link GraphLayout}), edges as lines from
 * rim to rim (arrowheads when directed, a pair of opposite edges drawn side by side), self-loops
 * as small loops on the outside, weights as small labels beside the middle of their edge.
 */
final class GraphFigure {
    private GraphFigure() {
    }

    /** An edge to draw; {@code weight} is NaN when the graph is unweighted. */
    record Edge(int from, int to, double weight) {
    }

    static Pane draw(FigureData.Graph g, double width, FigurePalette p) {
        List<String> labels = g.labels() == null ? List.of() : g.labels();
        int n = labels.size();
        double height = width * (n <= 2 ? 0.42 : 0.72);
        double ring = Math.min(width, height) / 2;
        double nodeR = Math.max(8, Math.min(width * 0.05, Math.PI * ring / Math.max(n, 1) * 0.32));
        double margin = nodeR * 1.7;
        Point2D[] at = GraphLayout.circle(n, width, height, nodeR, margin);
        Point2D centre = new Point2D(width / 2, height / 2);
        List<Edge> edges = edges(g, n);
        Pane pane = new Pane();
        double stroke = Math.max(1, width / 320);
        double font = nodeR * 0.8;
        List<javafx.scene.Node> weightLabels = new ArrayList<>();
        for (Edge e : edges) {
            Point2D a = at[e.from()];
            Point2D b = at[e.to()];
            Point2D labelAt;
            if (e.from() == e.to()) {
                Point2D out = a.subtract(centre);
                out = out.magnitude() < 1e-9 ? new Point2D(0, -1) : out.normalize();
                Point2D c = a.add(out.multiply(nodeR * 1.25));
                Circle loop = new Circle(c.getX(), c.getY(), nodeR * 0.6);
                loop.setFill(Color.TRANSPARENT);
                loop.setStroke(p.foreground());
                loop.setStrokeWidth(stroke);
                loop.getStyleClass().add("figure-edge");
                pane.getChildren().add(loop);
                labelAt = a.add(out.multiply(nodeR * 1.25 + nodeR * 0.6 + font * 0.7));
            } else {
                Point2D u = b.subtract(a).normalize();
                Point2D normal = new Point2D(-u.getY(), u.getX());
                boolean paired = g.directed() && hasEdge(edges, e.to(), e.from());
                Point2D shift = paired ? normal.multiply(nodeR * 0.3) : Point2D.ZERO;
                Point2D from = a.add(u.multiply(nodeR)).add(shift);
                Point2D to = b.subtract(u.multiply(nodeR + stroke)).add(shift);
                if (g.directed()) {
                    pane.getChildren().addAll(Shapes.arrow(from, to, p.foreground(), nodeR * 0.55, stroke));
                } else {
                    pane.getChildren().add(Shapes.line(from, to, p.foreground(), stroke));
                }
                labelAt = from.midpoint(to).add(normal.multiply(font * (paired ? 0.9 : 0.75)));
            }
            if (!Double.isNaN(e.weight())) {
                weightLabels.add(weightLabel(e.weight(), labelAt, font * 0.85, p));
            }
        }
        for (int i = 0; i < n; i++) {
            Circle node = new Circle(at[i].getX(), at[i].getY(), nodeR);
            node.setFill(p.nodeFill());
            node.setStroke(p.accent());
            node.setStrokeWidth(stroke * 1.5);
            node.getStyleClass().add("figure-node");
            Text label = Shapes.centred(labels.get(i), at[i].getX(), at[i].getY(), font, false, p.foreground());
            label.getStyleClass().add("figure-label");
            pane.getChildren().addAll(node, label);
        }
        pane.getChildren().addAll(weightLabels);
        pane.setPrefSize(width, height);
        pane.setAccessibleText((g.directed() ? "directed" : "undirected") + " graph with " + n + " nodes and "
                + edges.size() + " edges");
        return pane;
    }

    /**
     * The edges to draw: those with both ends among the nodes; for an undirected graph each
     * pair once, since banks may list both directions of one edge.
     */
    static List<Edge> edges(FigureData.Graph g, int n) {
        Map<String, Edge> out = new LinkedHashMap<>();
        List<int[]> given = g.edges() == null ? List.of() : g.edges();
        for (int k = 0; k < given.size(); k++) {
            int[] e = given.get(k);
            if (e == null || e.length < 2 || e[0] < 0 || e[1] < 0 || e[0] >= n || e[1] >= n) {
                continue;
            }
            double w = g.weights() != null && k < g.weights().length ? g.weights()[k] : Double.NaN;
            int a = g.directed() ? e[0] : Math.min(e[0], e[1]);
            int b = g.directed() ? e[1] : Math.max(e[0], e[1]);
            out.putIfAbsent(a + ">" + b, new Edge(e[0], e[1], w));
        }
        return new ArrayList<>(out.values());
    }

    private static boolean hasEdge(List<Edge> edges, int from, int to) {
        return edges.stream().anyMatch(e -> e.from() == from && e.to() == to);
    }

    private static Pane weightLabel(double w, Point2D at, double size, FigurePalette p) {
        Text t = Shapes.centred(Shapes.number(w), at.getX(), at.getY(), size, false, p.muted());
        t.getStyleClass().add("figure-weight");
        var b = t.getLayoutBounds();
        // A background patch so the number stays legible where it crosses another edge.
        Rectangle bg = new Rectangle(t.getX() - 2, at.getY() - b.getHeight() / 2, b.getWidth() + 4, b.getHeight());
        bg.setFill(p.background());
        bg.setArcWidth(4);
        bg.setArcHeight(4);
        Pane group = new Pane(bg, t);
        group.setPickOnBounds(false);
        return group;
    }
}
