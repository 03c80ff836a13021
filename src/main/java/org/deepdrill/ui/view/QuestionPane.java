package org.deepdrill.ui.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.deepdrill.bank.Question;
import org.deepdrill.study.Catalog;
import org.deepdrill.study.FigureData;
import org.deepdrill.study.Practice;
import org.deepdrill.ui.figure.FigureView;
import org.deepdrill.ui.input.AnswerInput;
import org.deepdrill.ui.input.AnswerInputs;
import org.deepdrill.ui.math.MathRenderer;

/** One question laid out: where it comes from, the typeset prompt, its figure, and the input for its kind. */
final class QuestionPane {
    private QuestionPane() {
    }

    /** The header, prompt and figure of {@code shown} (the TA preview: figures of results too). */
    static VBox stem(Practice.Shown shown, MathRenderer math, double width, boolean dark) {
        VBox box = stem(shown.entry(), shown.question(), shown.instance().seed(), math);
        shown.figure().ifPresent(f -> box.getChildren().add(figure(f, width, dark)));
        return box;
    }

    /** The header and prompt of a question, computed or not yet. */
    static VBox stem(Catalog.Entry entry, Question q, Long seed, MathRenderer math) {
        VBox box = new VBox(12);
        box.setPadding(new Insets(0, 0, 6, 0));
        Label meta = new Label(meta(entry, q, seed));
        meta.getStyleClass().add("text-muted");
        meta.setId("question-meta");
        Node prompt = math.render(q.prompt());
        prompt.setId("prompt");
        box.getChildren().addAll(meta, prompt);
        return box;
    }

    /** A figure sized to sit beside the input: a third of the width, within readable bounds. */
    static Node figure(FigureData f, double width, boolean dark) {
        Node figure = FigureView.draw(f, Math.min(420, Math.max(240, width * 0.33)), dark);
        figure.setId("figure");
        return figure;
    }

    static String meta(Catalog.Entry entry, Question q, Long seed) {
        StringBuilder sb = new StringBuilder(entry.bank().title());
        if (q.source() != null) {
            sb.append("  ·  sheet ").append(q.source().seed().replaceAll("_.*", "")).append(", ").append(q.source().item());
        }
        sb.append("  ·  ").append(FeedbackView.pointsOf(q.points()));
        if (seed != null) {
            sb.append("  ·  numbers #").append(seed);
        } else if (q.isParametric()) {
            sb.append("  ·  the sheet's numbers");
        }
        return sb.toString();
    }

    /** The input control for the question's kind, sized like its key for grids once the key is known. */
    static AnswerInput input(Question q, Practice.Shown shown, MathRenderer math) {
        List<String> options = q.options().stream().map(Question.Option::text).toList();
        int rows = q.type().equals("vector") ? 1 : 2;
        int cols = q.type().equals("vector") ? 3 : 2;
        if (shown != null && shown.instance().key().work() != null && (q.type().equals("matrix") || q.type().equals("vector"))) {
            var k = shown.instance().key().key();
            if (k.isArray() && k.size() > 0 && k.get(0).isArray()) {
                rows = k.size();
                cols = k.get(0).size();
            } else if (k.isArray()) {
                rows = 1;
                cols = k.size();
            }
        }
        return AnswerInputs.create(q.type(), options, q.vars(), rows, cols, math::render, latex -> math.formula(latex, false));
    }
}
