package org.deepdrill.ui.figure;

import javafx.geometry.Point2D;

/**
 * Where a graph's nodes go: evenly on a circle, the first at the top and the rest clockwise —
 * deterministic, so a question looks the same every time, and node 0 is easy to find (sheets
 * number nodes from the top). Two nodes sit side by side, one in the middle.
 */
final class GraphLayout {
    private GraphLayout() {
    }

    /**
     * Centres of {@code n} nodes of radius {@code nodeRadius} inside a {@code width}×{@code height}
     * box, keeping {@code margin} free at the border (room for self-loops).
     */
    static Point2D[] circle(int n, double width, double height, double nodeRadius, double margin) {
        Point2D[] p = new Point2D[n];
        double cx = width / 2;
        double cy = height / 2;
        double r = Math.max(0, Math.min(width, height) / 2 - nodeRadius - margin);
        double start = n == 2 ? Math.PI : -Math.PI / 2;
        for (int i = 0; i < n; i++) {
            double a = start + 2 * Math.PI * i / n;
            p[i] = n == 1 ? new Point2D(cx, cy) : new Point2D(cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        return p;
    }
}
