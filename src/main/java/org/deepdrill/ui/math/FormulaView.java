package org.deepdrill.ui.math;

import javafx.scene.image.ImageView;

/**
 * A rendered formula whose baseline is the formula's own: a {@code TextFlow} lines up children
 * by {@link #getBaselineOffset()}, so reporting {@code height − depth} sets {@code x_1} and
 * {@code \sum_j} on the text's baseline with their descenders below it — and, unlike a
 * translate, the descent counts in the line's height, so lines never overlap.
 */
final class FormulaView extends ImageView {
    private final double depth;

    FormulaView(FormulaImages.Ok rendered, String latex) {
        super(rendered.image());
        this.depth = rendered.depth();
        // Shown at its logical size: the image has scale× the pixels, so it stays crisp on HiDPI.
        setFitWidth(rendered.width());
        setFitHeight(rendered.height());
        setSmooth(true);
        setAccessibleText(latex);
        getStyleClass().add("math-formula");
    }

    /** How far the formula reaches below its baseline, in logical pixels. */
    double depth() {
        return depth;
    }

    @Override
    public double getBaselineOffset() {
        return getFitHeight() - depth;
    }
}
