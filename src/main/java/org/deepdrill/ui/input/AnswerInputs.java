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

    /**
     * @param kind choice, multi, number, vector, matrix, expression, shape, open
     * @param options option texts (choice/multi), else empty
     * @param vars variables of expression/shape questions
     * @param rows initial grid rows for vector (1×n or n×1 as the key) / matrix inputs
     * @param cols initial grid columns for vector / matrix inputs
     * @param math renders Markdown+LaTeX text to a node (option texts contain $…$); injected so inputs do not depend on the renderer
     * @param latexPreview renders one LaTeX formula (for the expression preview)
     * @throws IllegalArgumentException for an unknown kind
     */
    public static AnswerInput create(String kind, List<String> options, List<String> vars, int rows, int cols,
                                     Function<String, Node> math, Function<String, Node> latexPreview) {
        return switch (kind) {
            case "choice" -> new ChoiceInput(options, math);
            case "multi" -> new MultiInput(options, math);
            case "number" -> new TextInput<>(field("e.g. 0.8, 4/5, \\frac{4}{5}"));
            case "vector" -> new GridInput(new MatrixEditor(rows, cols, rows > 1 && cols <= 1
                    ? MatrixEditor.Orientation.COLUMN : MatrixEditor.Orientation.ROW));
            case "matrix" -> new GridInput(new MatrixEditor(rows, cols, MatrixEditor.Orientation.MATRIX));
            case "expression" -> new ExpressionInput(vars, latexPreview);
            case "shape" -> new TextInput<>(wide(field(shapeExample(vars))));
            case "open" -> new TextInput<>(area());
            default -> throw new IllegalArgumentException("no answer input for kind '" + kind
                    + "': expected choice, multi, number, vector, matrix, expression, shape or open");
        };
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
