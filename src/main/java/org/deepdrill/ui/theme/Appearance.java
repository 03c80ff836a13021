package org.deepdrill.ui.theme;

import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.paint.Color;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.deepdrill.ui.math.MathRenderer;

/**
 * Zoom and theme: one font size that text and typeset math both follow (math is re-rendered,
 * not scaled, so it stays sharp), and AtlantaFX's light or dark theme.
 */
public final class Appearance {
    public static final double DEFAULT_SIZE = 15;
    public static final double MIN_SIZE = 10;
    public static final double MAX_SIZE = 32;

    private final DoubleProperty fontSize = new SimpleDoubleProperty(DEFAULT_SIZE);
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void zoomIn() {
        fontSize.set(Math.min(MAX_SIZE, Math.round(fontSize.get() * 1.15)));
    }

    public void zoomOut() {
        fontSize.set(Math.max(MIN_SIZE, Math.round(fontSize.get() / 1.15)));
    }

    public void resetZoom() {
        fontSize.set(DEFAULT_SIZE);
    }

    /** Text colour of the current theme, which typeset formulas must match. */
    public Color foreground() {
        return dark.get() ? Color.web("#e6edf3") : Color.web("#1f2328");
    }

    /** A renderer for the current size and theme. */
    public MathRenderer math() {
        return new MathRenderer(fontSize.get(), foreground());
    }

    /** Applies the theme to the whole application and the font size to {@code root}. */
    public void apply(Parent root) {
        applyTheme();
        root.setStyle("-fx-font-size: " + fontSize.get() + "px;");
    }

    /**
     * Makes the current theme the application's stylesheet. Call it before the first control
     * is made, or JavaFX loads its own default theme first; setting the theme in use again
     * does nothing, as a zoom should not reload 200 kB of stylesheet.
     */
    public void applyTheme() {
        String sheet = dark.get() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }
}
