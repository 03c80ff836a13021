package org.deepdrill.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.deepdrill.compute.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typeset prompts, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class MathRendererTest {
    private final MathRenderer math = new MathRenderer(16, Color.BLACK, new FormulaImages(500));

    @Start
    void start(Stage stage) {
        // Nothing to show: each test builds its nodes on the FX thread.
    }

    @Test
    void aPromptGivesAnImagePerFormulaAndTextNodesForTheWords() throws Exception {
        VBox box = (VBox) onFx(() -> math.render("Let $x_1$ be **bold**\nand\n\n$$\\sum_j \\alpha_{ij} = 1$$\n\nthen \\(y\\)."));
        List<Node> all = descendants(box);
        assertEquals(3, all.stream().filter(n -> n instanceof ImageView).count());
        List<String> words = all.stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
        assertEquals(List.of("Let ", " be ", "bold", " and", "then ", "."), words);
        Text bold = (Text) all.stream().filter(n -> n instanceof Text t && t.getText().equals("bold")).findFirst().get();
        assertEquals(FontWeight.BOLD.name(), bold.getFont().getStyle().toUpperCase());
        // paragraph, the display formula on its own centred line, paragraph
        assertEquals(3, box.getChildren().size());
        TextFlow display = (TextFlow) box.getChildren().get(1);
        assertEquals(TextAlignment.CENTER, display.getTextAlignment());
        assertInstanceOf(ImageView.class, display.getChildren().get(0));
    }

    @Test
    void theLineAfterADisplayFormulaStartsAtItsFirstWord() throws Exception {
        VBox box = (VBox) onFx(() -> math.render("with $$W = 1.$$ The inputs are $x$."));
        TextFlow after = (TextFlow) box.getChildren().get(2);
        assertEquals("The inputs are ", ((Text) after.getChildren().get(0)).getText());
    }

    @Test
    void aWrappedListItemContinuesUnderItsTextNotUnderItsBullet() throws Exception {
        double[] x = onFx(() -> {
            VBox box = (VBox) math.render("- (a) +2: Right: the pattern only decides which scores are computed; the projections are unchanged.");
            new Scene(new VBox(box), 240, 300);
            box.applyCss();
            box.layout();
            javafx.scene.layout.HBox item = (javafx.scene.layout.HBox) box.getChildren().get(0);
            Text bullet = (Text) item.getChildren().get(0);
            TextFlow words = (TextFlow) item.getChildren().get(1);
            return new double[] {bullet.getBoundsInParent().getMaxX(), words.getBoundsInParent().getMinX(), words.getHeight(), bullet.getText().length()};
        });
        assertEquals(1, x[3], "the bullet alone");
        assertTrue(x[1] > x[0], "the text column starts right of the bullet: " + x[1] + " vs " + x[0]);
        assertTrue(x[2] > 2 * 16, "the item wraps onto more lines in 240 px: " + x[2]);
    }

    @Test
    void anInlineFormulaSharesTheTextBaseline() throws Exception {
        double[] baselines = onFx(() -> {
            TextFlow flow = (TextFlow) ((VBox) math.render("term $x_1^2$ here")).getChildren().get(0);
            new Scene(new VBox(flow), 400, 100);
            flow.applyCss();
            flow.layout();
            Text text = (Text) flow.getChildren().get(0);
            FormulaView formula = (FormulaView) flow.getChildren().get(1);
            return new double[] {text.getBoundsInParent().getMinY() + text.getBaselineOffset(),
                    formula.getBoundsInParent().getMinY() + formula.getBaselineOffset(), formula.depth()};
        });
        assertEquals(baselines[0], baselines[1], 1.0);
        assertTrue(baselines[2] > 2, "x_1 reaches below the baseline, depth " + baselines[2]);
    }

    @Test
    void aBrokenFormulaIsShownAsRedSourceNotThrown() throws Exception {
        VBox box = (VBox) onFx(() -> math.render("before $\\frac{1}{$ after $\\nosuchcommand$"));
        List<Node> all = descendants(box);
        assertEquals(0, all.stream().filter(n -> n instanceof ImageView).count());
        List<Text> errors = all.stream().filter(n -> n.getStyleClass().contains("math-error")).map(n -> (Text) n).toList();
        assertEquals(List.of("\\frac{1}{", "\\nosuchcommand"), errors.stream().map(Text::getText).toList());
        Color red = (Color) errors.get(0).getFill();
        assertTrue(red.getRed() > 0.6 && red.getGreen() < 0.3 && red.getBlue() < 0.3, red.toString());
        assertTrue(errors.get(0).getFont().getFamily().startsWith("Monospaced"), errors.get(0).getFont().getFamily());
        var failed = (FormulaImages.Failed) new FormulaImages(1)
                .get(new FormulaImages.Key("\\nosuchcommand", 16, 0xff000000, false, 2));
        assertTrue(failed.message().contains("Unknown symbol or command"), failed.message());
    }

    @Test
    void aCachedFormulaIsReusedAndANewSizeIsRenderedAgain() throws Exception {
        FormulaImages cache = new FormulaImages(2);
        MathRenderer renderer = new MathRenderer(16, Color.BLACK, cache);
        ImageView first = (ImageView) onFx(() -> renderer.formula("a^2", false));
        ImageView again = (ImageView) onFx(() -> renderer.formula("a^2", false));
        assertSame(first.getImage(), again.getImage());
        assertEquals(1, cache.renders());

        ImageView bigger = (ImageView) onFx(() -> renderer.withFontSize(32).formula("a^2", false));
        assertEquals(2, cache.renders());
        assertNotSame(first.getImage(), bigger.getImage());
        // re-rendered, not scaled: twice the font, about twice the pixels, shown at twice the size
        assertEquals(2 * first.getImage().getWidth(), bigger.getImage().getWidth(), 0.2 * first.getImage().getWidth());
        assertEquals(2 * first.getFitWidth(), bigger.getFitWidth(), 0.2 * first.getFitWidth());
        // rendered at the output scale (at least 2×): more pixels than logical size
        assertEquals(MathRenderer.scale() * first.getFitWidth(), first.getImage().getWidth(), 0.01);

        onFx(() -> renderer.withForeground(Color.WHITE).formula("a^2", false));   // evicts the oldest
        onFx(() -> renderer.formula("a^2", false));
        assertEquals(4, cache.renders());
        assertEquals(2, cache.size());
    }

    @Test
    void aFormulaHasNoMoreThanItsOneDevicePixelInsetAndAnOverhangOfBlankAtItsSides() {
        for (String latex : List.of("x", "s_1", "x_2 = 0")) {
            var painted = FormulaImages.paint(new FormulaImages.Key(latex, 16, 0xff000000, false, 2));
            int[] ink = ink(painted.image());
            // 1 px inset, plus at most 2 px of glyph bearing or italic correction; jlatexmath's
            // default insets would add 5 px more on each side, a visible gap before a comma
            assertTrue(ink[0] <= 3, latex + ": blank columns on the left: " + ink[0]);
            assertTrue(painted.image().getWidth() - 1 - ink[1] <= 3,
                    latex + ": blank columns on the right: " + (painted.image().getWidth() - 1 - ink[1]));
        }
    }

    @Test
    void anInlineXIsAsTallAsTheTextsX() throws Exception {
        double[] heights = onFx(() -> {
            Text x = new Text("x");
            x.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 16));
            x.setBoundsType(javafx.scene.text.TextBoundsType.VISUAL);
            FormulaView f = (FormulaView) math.formula("x", false);
            int[] ink = ink(javafx.embed.swing.SwingFXUtils.fromFXImage(f.getImage(), null));
            return new double[] {x.getLayoutBounds().getHeight(), (ink[3] - ink[2] + 1) / MathRenderer.scale()};
        });
        // the x-heights match to within a pixel at 16 px, as MathJax matches them; at the text's
        // own size Computer Modern's x (0.43 em) is a fifth smaller than a sans-serif one
        assertEquals(heights[0], heights[1], 1.0, "text x " + heights[0] + " px, math x " + heights[1] + " px");
    }

    /** The ink's bounding box in {@code image}: first and last column, first and last row. */
    private static int[] ink(java.awt.image.BufferedImage image) {
        int[] box = {image.getWidth(), -1, image.getHeight(), -1};
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) >>> 24) > 40) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.max(box[1], x);
                    box[2] = Math.min(box[2], y);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box;
    }

    @Test
    void aStepTypesetsLabelEqualsValue() throws Exception {
        Node step = onFx(() -> math.step("A", Tensor.matrix(new double[][] {{0, 1}, {1, 0}})));
        ImageView view = (ImageView) descendants(step).stream().filter(n -> n instanceof ImageView).findFirst().get();
        assertEquals("A = \\begin{bmatrix}0 & 1 \\\\ 1 & 0\\end{bmatrix}", view.getAccessibleText());
    }

    @Test
    void warmUpWorksOffTheFxThread() {
        MathRenderer.warmUp();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    private static List<Node> descendants(Node root) {
        List<Node> out = new ArrayList<>();
        out.add(root);
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(descendants(child));
            }
        }
        return out;
    }
}
