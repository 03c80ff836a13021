package org.deepdrill.ui.math;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextBoundsType;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import org.deepdrill.compute.Tensor;
import org.deepdrill.grade.Key;
import org.deepdrill.grade.Mistake;
import org.deepdrill.latex.MarkdownParser;

/**
 * Typesets question text: the Markdown subset of {@link MarkdownParser} with inline and display
 * LaTeX drawn by jlatexmath, at one font size and colour (formulas a little larger, so their
 * x-height matches the text's: {@link #exMatch}). Immutable; {@link #withFontSize} and
 * {@link #withForeground} give the renderer for another zoom level or theme, whose formulas are
 * rendered anew at that size (never scaled), so they stay crisp.
 *
 * <p>Threads: {@link #render}, {@link #formula} and {@link #step} build nodes and must run on
 * the FX thread; {@link #warmUp}, {@link #matrixLatex}, {@link #vectorLatex}, the constructor
 * and the {@code with…} methods may run anywhere. Formula images come from a shared LRU cache
 * ({@value FormulaImages#DEFAULT_CAPACITY} entries) keyed by source, size, colour, style and
 * output scale.
 */
public final class MathRenderer {
    private static final String FALLBACK_FAMILY = "Monospaced";
    private static volatile double outputScale = 0;

    private final double fontSize;
    private final Color foreground;
    private final FormulaImages images;

    public MathRenderer(double fontSize, Color foreground) {
        this(fontSize, foreground, FormulaImages.shared());
    }

    MathRenderer(double fontSize, Color foreground, FormulaImages images) {
        if (!(fontSize > 0)) {
            throw new IllegalArgumentException("font size must be positive, got " + fontSize);
        }
        this.fontSize = fontSize;
        this.foreground = foreground;
        this.images = images;
    }

    public MathRenderer withFontSize(double size) {
        return new MathRenderer(size, foreground, images);
    }

    public MathRenderer withForeground(Color c) {
        return new MathRenderer(fontSize, c, images);
    }

    double fontSize() {
        return fontSize;
    }

    Color foreground() {
        return foreground;
    }

    /**
     * Loads jlatexmath's fonts and tables by rendering one formula, which would otherwise stall
     * the first question. Any thread; needs no FX toolkit.
     */
    public static void warmUp() {
        FormulaImages.paint(new FormulaImages.Key("\\frac{a}{\\sqrt{b^2}} + \\sum_{i} \\mathbb{R}^{n \\times d}",
                16, 0xff000000, true, 2));
        warm = true;
    }

    private static volatile boolean deferUntilWarm;
    private static volatile boolean warm;

    /**
     * From now until {@link #warmUp} has finished, formulas render as their source in a quiet
     * italic instead of waiting for jlatexmath's first load on the FX thread; the app re-renders
     * once warm. Tests leave this off and always get images.
     */
    public static void deferUntilWarm() {
        deferUntilWarm = true;
    }

    /** Whether formulas are typeset now (always, unless deferring and not yet warm). */
    public static boolean isWarm() {
        return warm || !deferUntilWarm;
    }

    /**
     * Question text as a VBox of TextFlows (one per paragraph, list item or display formula)
     * that wraps to the width it is given. A formula that does not parse shows as its source in
     * red monospace, with the reason as tooltip. FX thread only.
     */
    public Node render(String markdown) {
        VBox box = new VBox(fontSize * 0.5);
        box.getStyleClass().add("math-text");
        for (MarkdownParser.Block block : MarkdownParser.parse(markdown)) {
            TextFlow flow = newFlow();
            String marker = block instanceof MarkdownParser.ListItem item ? item.marker() : null;
            for (MarkdownParser.Inline inline : block.content()) {
                if (inline instanceof MarkdownParser.Formula f && f.display()) {
                    // A display formula is its own centred line, splitting the paragraph.
                    marker = addIfFilled(box, flow, marker);
                    box.getChildren().add(formula(f.latex(), true));
                    flow = newFlow();
                } else if (inline instanceof MarkdownParser.Formula f) {
                    flow.getChildren().add(formulaNode(f.latex(), false));
                } else if (inline instanceof MarkdownParser.Span s) {
                    // the line a display formula broke off starts at its first word, not at the
                    // space that followed the formula in the source (it showed as an indent)
                    String words = flow.getChildren().isEmpty() ? s.text().stripLeading() : s.text();
                    if (!words.isEmpty()) {
                        flow.getChildren().add(text(words, s.bold(), s.italic(), s.code()));
                    }
                }
            }
            addIfFilled(box, flow, marker);
        }
        return box;
    }

    /**
     * One formula: inline, a node to place in a TextFlow (it reports its baseline); display, a
     * centred TextFlow of its own in display style. FX thread only.
     */
    public Node formula(String latex, boolean display) {
        Node node = formulaNode(latex, display);
        if (!display) {
            return node;
        }
        TextFlow flow = newFlow();
        flow.setTextAlignment(TextAlignment.CENTER);
        flow.getChildren().add(node);
        return flow;
    }

    /**
     * A worked-solution step "label = value", the value typeset as in {@link #matrixLatex}
     * (rank 0 a number, 1 a row vector, 2 a matrix, 3 a row of matrices subscripted [0], [1], …).
     * A label in LaTeX is kept; prose is set as text. Left-aligned, display style. FX thread only.
     */
    public Node step(String label, Tensor value) {
        String l = LatexNumbers.label(label);
        return displayLine((l.isEmpty() ? "" : l + " = ") + LatexNumbers.tensor(value));
    }

    /**
     * A number, vector or matrix key typeset as a step's value is; empty for other keys
     * ({@link LatexNumbers#key}). FX thread only.
     */
    public Optional<Node> value(Key key) {
        return LatexNumbers.key(key).map(this::displayLine);
    }

    /** A mistake's number, vector or matrix value typeset as a key is; empty for an expression. FX thread only. */
    public Optional<Node> value(Mistake<?> mistake) {
        return LatexNumbers.value(mistake.value()).map(this::displayLine);
    }

    /** One formula in display style on a left-aligned line of its own (a step, a key). */
    private Node displayLine(String latex) {
        TextFlow flow = newFlow();
        flow.getChildren().add(formulaNode(latex, true));
        return flow;
    }

    /**
     * A {@code bmatrix} of compactly written numbers, rows separated by {@code " \\\\ "} and
     * entries by {@code " & "}: {@code {{1, 0.5}, {-2, 1/3}}} gives
     * {@code \begin{bmatrix}1 & 0.5 \\ -2 & 0.3333\end{bmatrix}}. Integers have no ".0", other
     * numbers up to 4 significant digits, −∞ is {@code -\infty}, NaN {@code \text{—}}.
     */
    public static String matrixLatex(double[][] m) {
        return LatexNumbers.matrix(m);
    }

    /** A row vector as a one-row {@code bmatrix}, numbers as in {@link #matrixLatex}. */
    public static String vectorLatex(double[] v) {
        return LatexNumbers.vector(v);
    }

    private Node formulaNode(String latex, boolean display) {
        if (!isWarm()) {
            Text t = new Text(latex);
            t.setFont(Font.font(FALLBACK_FAMILY, FontPosture.ITALIC, fontSize * 0.9));
            t.setFill(foreground.deriveColor(0, 1, 1, 0.75));
            return t;
        }
        FormulaImages.Rendered r = images.get(new FormulaImages.Key(latex, fontSize * exMatch(), argb(foreground), display, scale()));
        if (r instanceof FormulaImages.Ok ok) {
            return new FormulaView(ok, latex);
        }
        return fallback(latex, ((FormulaImages.Failed) r).message());
    }

    /** The formula's source in red monospace, with jlatexmath's (or our check's) message. */
    private Node fallback(String latex, String message) {
        Text t = new Text(latex);
        t.setFont(Font.font(FALLBACK_FAMILY, fontSize * 0.95));
        t.setFill(errorColour());
        t.getStyleClass().add("math-error");
        Tooltip.install(t, new Tooltip("Cannot typeset this formula: " + message));
        return t;
    }

    /** A red that reads on either theme: lighter when the text colour says the theme is dark. */
    Color errorColour() {
        return foreground.getBrightness() > 0.6 ? Color.web("#ff7b72") : Color.web("#cf222e");
    }

    private Text text(String s, boolean bold, boolean italic, boolean code) {
        Text t = new Text(s);
        t.setFont(Font.font(code ? "Monospaced" : Font.getDefault().getFamily(),
                bold ? FontWeight.BOLD : FontWeight.NORMAL, italic ? FontPosture.ITALIC : FontPosture.REGULAR,
                code ? fontSize * 0.95 : fontSize));
        t.setFill(foreground);
        return t;
    }

    private static TextFlow newFlow() {
        TextFlow flow = new TextFlow();
        flow.setMinWidth(0);
        return flow;
    }

    /**
     * Adds {@code flow} unless it is empty, behind a list item's {@code marker} when there is
     * one; returns the marker when it still has to be placed (the flow was empty), else null.
     * The marker stands in a column of its own, so a wrapped line of the item starts under its
     * text, not under the bullet.
     */
    private String addIfFilled(VBox box, TextFlow flow, String marker) {
        if (flow.getChildren().isEmpty()) {
            return marker;
        }
        if (marker == null) {
            box.getChildren().add(flow);
            return null;
        }
        HBox item = new HBox(fontSize * 0.4, text(marker, false, false, false), flow);
        item.setAlignment(Pos.BASELINE_LEFT);
        item.setPadding(new Insets(0, 0, 0, fontSize * 0.6));
        HBox.setHgrow(flow, Priority.ALWAYS);
        box.getChildren().add(item);
        return null;
    }

    private static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    /** Computer Modern's x-height in em (cmr10 and cmmi10 alike), from its font metrics. */
    static final double MATH_EX = 0.430555;
    private static volatile double exMatch = 0;

    /**
     * How much larger than the text's font size formulas are set, so that the x-heights of the
     * two match, as MathJax does by default: sans-serif text fonts have an x-height of 0.50–0.55
     * em, Computer Modern of 0.43, so math at the text's own size looks a size too small beside
     * it. Measured once, on the FX thread, from the default font's "x"; kept within 1–1.3.
     */
    static double exMatch() {
        double m = exMatch;
        if (m == 0) {
            m = 1.2;
            if (Platform.isFxApplicationThread()) {
                Text x = new Text("x");
                x.setFont(Font.font(Font.getDefault().getFamily(), 100));
                x.setBoundsType(TextBoundsType.VISUAL);
                double ex = x.getLayoutBounds().getHeight() / 100;
                m = ex > 0 ? Math.max(1, Math.min(1.3, ex / MATH_EX)) : m;
                exMatch = m;
            }
        }
        return m;
    }

    /**
     * The scale formulas are rendered at: the largest screen output scale, rounded up, and at
     * least 2 — twice the pixels also looks better on a 1× screen after smooth downscaling.
     */
    static double scale() {
        double s = outputScale;
        if (s == 0) {
            s = 2;
            if (Platform.isFxApplicationThread()) {
                for (Screen screen : Screen.getScreens()) {
                    s = Math.max(s, Math.ceil(screen.getOutputScaleX()));
                }
                outputScale = s;
            }
        }
        return s;
    }
}
