package org.deepdrill.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.deepdrill.bank.Kind;
import org.deepdrill.bank.Question;
import org.deepdrill.grade.Verdict;
import org.deepdrill.grade.VerdictText;
import org.deepdrill.study.Practice;
import org.deepdrill.ui.math.MathRenderer;

/**
 * What a student sees after Submit: right or wrong and the points, the grader's feedback (per
 * option, per cell, a recognised mistake), the explanation, and the worked solution.
 */
final class FeedbackView {
    private FeedbackView() {
    }

    /** "1 point", "2.5 points": the total a score is out of. */
    static String pointsOf(double total) {
        return points(total) + (total == 1 ? " point" : " points");
    }

    /**
     * What the grader says beyond the outcome (which option, which cells, a chosen option's note)
     * and each scored option on a line of its own; the headline already gives the outcome and points.
     */
    static String detailOf(Verdict v) {
        String marks = VerdictText.marksMarkdown(v);
        return v.detail().isEmpty() ? marks : marks.isEmpty() ? v.detail() : v.detail() + "\n" + marks;
    }

    static Node verdict(Verdict v, Practice.Shown shown, MathRenderer math) {
        VBox box = new VBox(8);
        box.setPadding(new Insets(10));
        Label head = new Label();
        head.getStyleClass().add("title-4");
        String score = points(v.score()) + " / " + pointsOf(v.maxScore());
        switch (v.outcome()) {
            case INVALID -> {
                head.setText("⚠ Could not read your answer — it does not count as an attempt");
                box.getStyleClass().add("feedback-invalid");
            }
            case RIGHT -> {
                head.setText("✓ Correct — " + score);
                box.getStyleClass().add("feedback-right");
            }
            case PARTLY_RIGHT -> {
                head.setText("◐ " + (v.entries() != null ? VerdictText.entriesOf(v) : "Partly right") + " — " + score);
                box.getStyleClass().add("feedback-partial");
            }
            case WRONG -> {
                head.setText("✗ Not correct — " + score);
                box.getStyleClass().add("feedback-wrong");
            }
        }
        head.setId("verdict");
        box.getChildren().add(head);
        if (v.mistake() != null) {
            Label m = new Label("Recognised mistake: " + v.mistake().replace('_', ' '));
            m.getStyleClass().add("text-bold");
            m.setId("mistake");
            box.getChildren().add(m);
        }
        String said = detailOf(v);
        if (!said.isBlank()) {
            Node fb = math.render(said);
            fb.setId("feedback");
            box.getChildren().add(fb);
        }
        if (v.correct() != null) {
            box.getChildren().addAll(solution(shown, math));
        }
        return box;
    }

    /** Explanation and worked solution (also shown after self-marking an open question). */
    static List<Node> solution(Practice.Shown shown, MathRenderer math) {
        List<Node> out = new ArrayList<>();
        Question q = shown.question();
        if (q.explanation() != null && !q.explanation().isBlank()) {
            TitledPane ex = new TitledPane("Explanation", math.render(q.explanation()));
            ex.setExpanded(true);
            out.add(ex);
        }
        if (!shown.steps().isEmpty()) {
            TitledPane steps = new TitledPane("Worked solution", scrollsSideways(SolutionView.of(shown.steps(), math)));
            steps.setId("worked-solution");
            steps.setExpanded(true);
            out.add(steps);
        }
        return out;
    }

    /**
     * A worked solution wider than the panel (a 4×2×3 tensor typeset in one line) scrolls
     * sideways inside it instead of being cut off at the panel's edge. The pane takes the
     * panel's width, whatever the content would like, and as much height as the content needs.
     */
    static ScrollPane scrollsSideways(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setId("solution-scroll");
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        pane.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setFitToHeight(true);
        pane.setMinViewportWidth(0);
        pane.setPrefViewportWidth(1); // take the width offered, not the content's
        pane.getStyleClass().add("edge-to-edge");
        if (content instanceof Region r) {
            // the full height of the steps, plus room for the scroll bar when one appears
            pane.prefViewportHeightProperty().bind(r.heightProperty());
            pane.minViewportHeightProperty().bind(r.heightProperty());
        }
        pane.setMaxWidth(Double.MAX_VALUE);
        return pane;
    }

    /**
     * An open question after "Show model answer": the model answer, the rubric as check boxes and
     * a button that records the ticked points.
     */
    static Node selfMark(Practice.Shown shown, Kind.Open open, MathRenderer math, BiConsumer<Double, Node> onMark) {
        Question q = shown.question();
        VBox box = new VBox(8);
        box.setPadding(new Insets(10));
        Label head = new Label("Model answer");
        head.getStyleClass().add("title-4");
        box.getChildren().addAll(head, math.render(open.modelAnswer() == null ? "" : open.modelAnswer()));
        Label rubric = new Label("Tick what your answer covers:");
        box.getChildren().add(rubric);
        List<CheckBox> ticks = new ArrayList<>();
        for (Kind.RubricItem item : open.rubric()) {
            CheckBox c = new CheckBox(item.text() + "  (" + points(item.points()) + ")");
            c.setWrapText(true);
            c.setUserData(item.points());
            ticks.add(c);
        }
        box.getChildren().addAll(ticks);
        Button save = new Button("Save my mark");
        Label saved = new Label();
        save.setOnAction(e -> {
            double score = ticks.stream().filter(CheckBox::isSelected).mapToDouble(c -> (Double) c.getUserData()).sum();
            saved.setText("Marked " + points(Math.min(score, q.points())) + " / " + points(q.points()) + " points.");
            save.setDisable(true);
            ticks.forEach(c -> c.setDisable(true));
            onMark.accept(score, box);
        });
        box.getChildren().addAll(save, saved);
        box.getChildren().addAll(solution(shown, math));
        return box;
    }

    static String points(double p) {
        return VerdictText.points(p);
    }
}
