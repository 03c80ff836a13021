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
            case "shape" -> new TextInput<>(field("e.g. 4 × 2 or (h*d, D)"));
            case "open" -> new TextInput<>(area());
            default -> throw new IllegalArgumentException("no answer input for kind '" + kind
                    + "': expected choice, multi, number, vector, matrix, expression, shape or open");
        };
    }

    private static TextField field(String prompt) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        return f;
    }

    private static TextArea area() {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(6);
        return a;
    }
}
