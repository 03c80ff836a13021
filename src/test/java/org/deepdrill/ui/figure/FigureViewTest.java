package org.deepdrill.ui.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.deepdrill.study.FigureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Figures drawn from question data, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class FigureViewTest {
    private static final double NaN = Double.NaN;
    private static final double NEG = Double.NEGATIVE_INFINITY;

    @Start
    void start(Stage stage) {
        // Nothing to show: figures are built and inspected on the FX thread.
    }

    @Test
    void aThreeNodePathHasThreeLabelledNodesAndTwoEdges() throws Exception {
        var path = new FigureData.Graph(List.of("A", "B", "C"), List.of(new int[] {0, 1}, new int[] {1, 2}), false, null);
        Pane pane = (Pane) onFx(() -> FigureView.draw(path, 300, false));
        List<Circle> nodes = styled(pane, "figure-node").stream().map(n -> (Circle) n).toList();
        List<Text> labels = styled(pane, "figure-label").stream().map(n -> (Text) n).toList();
        assertEquals(3, nodes.size());
        assertEquals(List.of("A", "B", "C"), labels.stream().map(Text::getText).toList());
        assertEquals(2, styled(pane, "figure-edge").size());
        assertEquals(0, styled(pane, "figure-arrowhead").size());
        for (int i = 0; i < 3; i++) {
            var b = labels.get(i).getBoundsInParent();
            assertEquals(nodes.get(i).getCenterX(), b.getCenterX(), 0.5, "label " + i + " centred across its node");
        }
    }

    @Test
    void aDirectedWeightedGraphDrawsArrowsWeightsAndSelfLoops() throws Exception {
        var g = new FigureData.Graph(List.of("0", "1", "2"),
                List.of(new int[] {0, 1}, new int[] {1, 0}, new int[] {2, 2}), true, new double[] {0.5, 2, 1.0 / 3});
        Pane pane = (Pane) onFx(() -> FigureView.draw(g, 300, true));
        assertEquals(3, styled(pane, "figure-edge").size());
        assertEquals(2, styled(pane, "figure-arrowhead").size());   // the self-loop has none
        List<String> weights = styled(pane, "figure-weight").stream().map(n -> ((Text) n).getText()).toList();
        assertEquals(List.of("0.5", "2", "0.333"), weights);
    }

    @Test
    void anUndirectedEdgeListedBothWaysIsDrawnOnce() {
        var g = new FigureData.Graph(List.of("a", "b"), List.of(new int[] {0, 1}, new int[] {1, 0}, new int[] {0, 5}), false, null);
        assertEquals(List.of(new GraphFigure.Edge(0, 1, NaN)), GraphFigure.edges(g, 2));
    }

    @Test
    void circleLayoutPositionsAreDistinctAndInsideTheBox() {
        double w = 400, h = 300, r = 20, margin = 30;
        Point2D[] p = GraphLayout.circle(7, w, h, r, margin);
        for (int i = 0; i < p.length; i++) {
            assertTrue(p[i].getX() - r - margin >= -1e-9 && p[i].getX() + r + margin <= w + 1e-9, "x of " + i);
            assertTrue(p[i].getY() - r - margin >= -1e-9 && p[i].getY() + r + margin <= h + 1e-9, "y of " + i);
            for (int j = 0; j < i; j++) {
                assertTrue(p[i].distance(p[j]) > 2 * r, i + " and " + j + " overlap");
            }
        }
        assertEquals(new Point2D(200, 150 - (150 - r - margin)), p[0]);   // node 0 at the top
    }

    @Test
    void aFourByFourCausalMaskFillsExactlyTenCells() {
        FigurePalette light = FigurePalette.of(false);
        double[][] causal = {{1, 0, 0, 0}, {1, 1, 0, 0}, {1, 1, 1, 0}, {1, 1, 1, 1}};
        var cells = GridCells.cells("mask", causal, light);
        assertEquals(10, GridCells.count(cells, light.accent()));
        assertEquals(6, GridCells.count(cells, light.background()));
        assertEquals(light.background(), cells[0][3].fill());
        double[][] additive = {{0, NEG, NEG, NEG}, {0, 0, NEG, NEG}, {0, 0, 0, NEG}, {0, 0, 0, 0}};
        assertEquals(10, GridCells.count(GridCells.cells("mask", additive, light), light.accent()));
    }

    @Test
    void aHeatmapShadesFromBackgroundToAccentAndHatchesMissingValues() throws Exception {
        FigurePalette dark = FigurePalette.of(true);
        double[][] weights = {{1, 0}, {0.5, NaN}};
        var cells = GridCells.cells("heatmap", weights, dark);
        assertEquals(dark.accent(), cells[0][0].fill());
        assertEquals(dark.background(), cells[0][1].fill());
        assertEquals(dark.background().interpolate(dark.accent(), 0.5), cells[1][0].fill());
        assertTrue(cells[1][1].blocked());

        var grid = new FigureData.Grid("heatmap", weights, "head 1", List.of("q1", "q2"), List.of("k1", "k2"));
        Pane pane = (Pane) onFx(() -> FigureView.draw(grid, 300, true));
        List<String> texts = pane.getChildren().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
        assertEquals(List.of("head 1", "k1", "k2", "q1", "1", "0", "q2", "0.50"), texts);
        assertEquals(4, styled(pane, "figure-cell").size());
    }

    @Test
    void anUnrolledRnnHasAStateInputAndOutputPerStep() throws Exception {
        Pane pane = (Pane) onFx(() -> FigureView.draw(new FigureData.Rnn(3, Map.of("state", "s")), 480, false));
        assertEquals(3, styled(pane, "figure-state").size());
        List<String> texts = pane.getChildren().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
        assertTrue(texts.containsAll(List.of("s₀", "s₁", "s₂", "s₃", "x₁", "x₃", "y₂")), texts.toString());
        assertEquals(9, styled(pane, "figure-arrowhead").size());   // x→s, s→y, s_{t-1}→s_t per step
        assertEquals("h₁₂", Shapes.subscripted("h", 12));
    }

    @Test
    void anRnnWithoutOutputsDrawsNoYAndNoArrowUpToIt() throws Exception {
        Pane pane = (Pane) onFx(() -> FigureView.draw(new FigureData.Rnn(2, Map.of("state", "s"), false), 480, false));
        assertEquals(2, styled(pane, "figure-state").size());
        assertEquals(0, styled(pane, "figure-output").size());
        List<String> texts = pane.getChildren().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
        assertEquals(List.of("s₀", "s₁", "x₁", "s₂", "x₂"), texts);
        assertEquals(4, styled(pane, "figure-arrowhead").size());   // x→s and s_{t-1}→s_t per step
    }

    @Test
    void figuresScaleWithWidthAndFollowTheTheme() throws Exception {
        var rnn = new FigureData.Rnn(2, Map.of());
        Pane small = (Pane) onFx(() -> FigureView.draw(rnn, 200, false));
        Pane large = (Pane) onFx(() -> FigureView.draw(rnn, 400, true));
        assertEquals(2 * small.getPrefHeight(), large.getPrefHeight(), 1e-6);
        assertNotEquals(small.getBackground(), large.getBackground());
    }

    private static List<Node> styled(Pane pane, String styleClass) {
        return pane.getChildren().stream()
                .flatMap(n -> n instanceof Pane p ? p.getChildren().stream() : java.util.stream.Stream.of(n))
                .filter(n -> n.getStyleClass().contains(styleClass)).toList();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }
}
