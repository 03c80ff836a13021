package org.deepdrill.ui.figure;

import javafx.scene.paint.Color;

/**
 * The colours of a figure in the light or dark theme (close to AtlantaFX's Primer palettes,
 * so a figure sits on the page without a visible box).
 */
record FigurePalette(Color background, Color foreground, Color muted, Color border, Color accent, Color negative,
        Color nodeFill, Color blocked) {

    static FigurePalette of(boolean dark) {
        return dark
                ? new FigurePalette(Color.web("#0d1117"), Color.web("#e6edf3"), Color.web("#8d96a0"),
                        Color.web("#3d444d"), Color.web("#4493f8"), Color.web("#f85149"), Color.web("#1f2a3a"),
                        Color.web("#6e7681"))
                : new FigurePalette(Color.web("#ffffff"), Color.web("#1f2328"), Color.web("#59636e"),
                        Color.web("#d1d9e0"), Color.web("#0969da"), Color.web("#cf222e"), Color.web("#ddf4ff"),
                        Color.web("#818b98"));
    }

    /** Text that stays readable on {@code fill}: the theme's text or background colour. */
    Color textOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        double fgLum = 0.2126 * foreground.getRed() + 0.7152 * foreground.getGreen() + 0.0722 * foreground.getBlue();
        double bgLum = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return Math.abs(luminance - fgLum) >= Math.abs(luminance - bgLum) ? foreground : background;
    }
}
