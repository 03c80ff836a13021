package org.deepdrill.ui.input;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Makes the input control for each answer kind. */
public final class AnswerInputs {
    private AnswerInputs() {
    }

    /** @param math renders Markdown+LaTeX text to a node (option texts contain $…$); injected so inputs do not depend on the renderer */
    public static AnswerInput choice(List<String> options, Function<String, Node> math) {
        return new ChoiceInput(options, math);
    }

    public static AnswerInput multi(List<String> options, Function<String, Node> math) {
        return new MultiInput(options, math);
    }

    public static AnswerInput number() {
        return new TextInput<>(field("e.g. 0.8, 4/5, \\frac{4}{5}"));
    }

    /** A grid of {@code rows}×{@code cols} cells: one row, or one column when the key is a column. */
    public static AnswerInput vector(int rows, int cols) {
        return new GridInput(new MatrixEditor(rows, cols, rows > 1 && cols <= 1
                ? MatrixEditor.Orientation.COLUMN : MatrixEditor.Orientation.ROW));
    }

    public static AnswerInput matrix(int rows, int cols) {
        return new GridInput(new MatrixEditor(rows, cols, MatrixEditor.Orientation.MATRIX));
    }

    /** @param latexPreview renders one LaTeX formula (for the live preview) */
    public static AnswerInput expression(List<String> vars, Function<String, Node> latexPreview) {
        return new ExpressionInput(vars, latexPreview);
    }

    public static AnswerInput shape(List<String> vars) {
        return new TextInput<>(wide(field(shapeExample(vars))));
    }

    public static AnswerInput open() {
        return new TextInput<>(area());
    }

    /**
     * How to write a shape, and in which variables. The example is in numbers: one in the
     * question's own letters could read as a hint at the answer.
     */
    static String shapeExample(List<String> vars) {
        return (vars.isEmpty() ? "" : "in " + String.join(", ", vars) + ", ") + "e.g. (4, 2) or 4 × 2";
    }

    private static TextField field(String prompt) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        // the theme hides a prompt once the field has the caret, and a question's field has it
        // from the start: the student would never see how to write the answer
        f.setStyle("-fx-prompt-text-fill: -color-fg-muted;"); // the theme's grey for secondary text
        return f;
    }

    /** Room for the whole hint. */
    private static TextField wide(TextField f) {
        f.setPrefColumnCount(24);
        return f;
    }

    private static TextArea area() {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(6);
        return a;
    }
}
