package org.deepdrill.ui.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.deepdrill.bank.Kind;
import org.deepdrill.bank.Question;
import org.deepdrill.compute.Tensor;
import org.deepdrill.grade.Key;
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
        Tensor key = shown == null ? null : shown.instance().key().key() instanceof Key.Vector v ? v.value()
                : shown.instance().key().key() instanceof Key.Matrix m ? m.value() : null;
        return q.kind().accept(new Kind.Visitor<AnswerInput, RuntimeException>() {
            @Override
            public AnswerInput choice(Kind.Choice c) {
                return AnswerInputs.choice(texts(c.options()), math::render);
            }

            @Override
            public AnswerInput multi(Kind.Multi m) {
                return AnswerInputs.multi(texts(m.options()), math::render);
            }

            @Override
            public AnswerInput number(Kind.Number n) {
                return AnswerInputs.number();
            }

            /** A row of three until the key is known; then its length, as a row or a column. */
            @Override
            public AnswerInput vector(Kind.Vector v) {
                if (key == null) {
                    return AnswerInputs.vector(1, 3);
                }
                return key.rank() == 2 ? AnswerInputs.vector(key.dim(0), key.dim(1)) : AnswerInputs.vector(1, key.size());
            }

            /** 2×2 until the key is known; then its shape. */
            @Override
            public AnswerInput matrix(Kind.Matrix m) {
                return key == null ? AnswerInputs.matrix(2, 2) : AnswerInputs.matrix(key.dim(0), key.dim(1));
            }

            @Override
            public AnswerInput expression(Kind.Expression e) {
                return AnswerInputs.expression(e.vars(), latex -> math.formula(latex, false));
            }

            @Override
            public AnswerInput shape(Kind.Shape s) {
                return AnswerInputs.shape(s.vars());
            }

            @Override
            public AnswerInput open(Kind.Open o) {
                return AnswerInputs.open();
            }
        });
    }

    private static List<String> texts(List<Kind.Option> options) {
        return options.stream().map(Kind.Option::text).toList();
    }
}
