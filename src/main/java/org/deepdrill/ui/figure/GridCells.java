package org.deepdrill.ui.figure;

import javafx.scene.paint.Color;

/**
 * What each cell of a grid figure looks like, apart from drawing it: testable without pixels.
 *
 * <p>Mask: a cell is allowed when it is 1 in a 0/1 mask; in an additive mask (one that holds
 * −∞, as added to attention scores) when it is finite. Allowed cells are filled with the accent,
 * blocked ones left empty. Heatmap: 0 is the background, the largest |value| the accent
 * (negative values shade towards the theme's red instead); NaN and ±∞ cells are blocked and
 * drawn hatched.
 */
final class GridCells {
    private GridCells() {
    }

    /** How a cell is drawn: filled with {@code fill}, or hatched grey when {@code blocked}. */
    record Cell(Color fill, boolean blocked) {
    }

    static Cell[][] cells(String kind, double[][] values, FigurePalette palette) {
        int rows = values.length;
        Cell[][] out = new Cell[rows][];
        boolean mask = "mask".equals(kind);
        boolean additive = mask && hasNegativeInfinity(values);
        double maxAbs = 0;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    maxAbs = Math.max(maxAbs, Math.abs(v));
                }
            }
        }
        for (int i = 0; i < rows; i++) {
            out[i] = new Cell[values[i].length];
            for (int j = 0; j < values[i].length; j++) {
                double v = values[i][j];
                if (mask) {
                    boolean allowed = additive ? Double.isFinite(v) : v != 0 && !Double.isNaN(v);
                    out[i][j] = new Cell(allowed ? palette.accent() : palette.background(), false);
                } else if (!Double.isFinite(v)) {
                    out[i][j] = new Cell(palette.background(), true);
                } else {
                    double t = maxAbs == 0 ? 0 : Math.abs(v) / maxAbs;
                    Color end = v < 0 ? palette.negative() : palette.accent();
                    out[i][j] = new Cell(palette.background().interpolate(end, t), false);
                }
            }
        }
        return out;
    }

    /** How many cells are filled with {@code colour}. */
    static int count(Cell[][] cells, Color colour) {
        int n = 0;
        for (Cell[] row : cells) {
            for (Cell c : row) {
                if (!c.blocked() && c.fill().equals(colour)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A cell's value as printed in a small heatmap: integers plain, otherwise two decimals. */
    static String valueText(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }

    private static boolean hasNegativeInfinity(double[][] values) {
        for (double[] row : values) {
            for (double v : row) {
                if (v == Double.NEGATIVE_INFINITY) {
                    return true;
                }
            }
        }
        return false;
    }
}
