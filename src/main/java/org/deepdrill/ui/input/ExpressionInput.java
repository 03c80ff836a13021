package org.deepdrill.ui.input;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.deepdrill.expr.Expr;
import org.deepdrill.expr.ExprParseException;
import org.deepdrill.expr.ExprParser;
import org.deepdrill.expr.LatexWriter;

/**
 * An expression in the question's variables with a live preview: each change is read by the same
 * parser the grader uses, so what the preview shows (4hdD as 4 h d D, D/hd as (D/h)·d) is what
 * will be graded. Reading takes microseconds for the longest allowed input, so it runs on the FX
 * thread on every keystroke, without a debounce.
 */
final class ExpressionInput extends TextInput<TextField> {
    private static final Color ERROR = Color.web("#d32f2f");

    private final List<String> vars;
    private final Function<String, Node> latexPreview;
    private final StackPane preview = new StackPane();
    /** A copy of the text with the character where reading stopped in red and underlined. */
    private final TextFlow errorAt = new TextFlow();
    private final Label errorMessage = new Label();
    private final VBox box;

    ExpressionInput(List<String> vars, Function<String, Node> latexPreview) {
        super(new TextField());
        this.vars = List.copyOf(vars);
        this.latexPreview = latexPreview;
        field.setPromptText(this.vars.isEmpty() ? "e.g. 2(3 + 1)" : "e.g. 2 " + String.join(" ", this.vars));
        preview.setId("expression-preview");
        preview.setAlignment(Pos.CENTER_LEFT);
        preview.setMinHeight(24);
        errorAt.setId("expression-error-at");
        errorMessage.setId("expression-error");
        errorMessage.setTextFill(ERROR);
        errorMessage.setWrapText(true);
        Label variables = new Label(this.vars.isEmpty() ? "no variables: numbers only"
                : "variables: " + String.join(", ", this.vars) + " (case matters)");
        variables.setStyle("-fx-opacity: 0.7;");
        box = new VBox(4, field, errorAt, errorMessage, preview, variables);
        // a fixed width: the field must not jump when the error line below comes and goes
        box.setFillWidth(false);
        field.setPrefColumnCount(36);
        errorMessage.setMaxWidth(640);
        box.getStyleClass().add("answer-expression");
        field.textProperty().addListener((obs, was, now) -> reread(now));
        showError(null, -1);
    }

    private void reread(String text) {
        if (text == null || text.isBlank()) {
            preview.getChildren().clear();
            showError(null, -1);
            return;
        }
        Expr expr;
        try {
            expr = ExprParser.parseExpression(text, vars);
        } catch (ExprParseException e) {
            preview.getChildren().clear();
            showError(e.getMessage(), e.position());
            return;
        }
        showError(null, -1);
        preview.getChildren().setAll(latexPreview.apply(LatexWriter.toLatex(expr)));
    }

    private void showError(String message, int position) {
        boolean shown = message != null;
        errorMessage.setText(shown ? "Cannot read this yet: " + message : "");
        errorAt.getChildren().clear();
        if (shown) {
            String text = field.getText();
            int at = Math.max(0, Math.min(position, text.length()));
            Text before = mono(text.substring(0, at));
            // At the end of the text, mark the missing piece with a red blank.
            Text bad = mono(at < text.length() ? text.substring(at, at + 1) : " ");
            bad.setFill(ERROR);
            bad.setUnderline(true);
            Text after = mono(at < text.length() ? text.substring(at + 1) : "");
            errorAt.getChildren().addAll(before, bad, after);
        }
        for (Node n : List.of(errorMessage, errorAt)) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    private static Text mono(String s) {
        Text t = new Text(s);
        t.setFont(Font.font("monospace", 13));
        return t;
    }

    /** The preview's content, or null when there is none (for tests). */
    Node previewNode() {
        return preview.getChildren().isEmpty() ? null : preview.getChildren().get(0);
    }

    /** The error shown under the field, or "" (for tests). */
    String errorText() {
        return errorMessage.getText();
    }

    @Override
    public Node node() {
        return box;
    }

    TextField field() {
        return field;
    }
}
