package org.deepdrill.ui.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.deepdrill.compute.Step;
import org.deepdrill.ui.math.MathRenderer;

/** The worked solution: each compute step typeset as its label and value, in order. */
final class SolutionView {
    /** Steps over this many are folded: a 64-step program is shown in full only on request. */
    static final int SHOWN = 24;

    private SolutionView() {
    }

    static Node of(List<Step> steps, MathRenderer math) {
        // display-size matrices one under another need more air than lines of text
        VBox box = new VBox(14);
        box.setPadding(new Insets(4, 0, 4, 0));
        box.getStyleClass().add("worked-solution");
        int n = Math.min(SHOWN, steps.size());
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            box.getChildren().add(math.step(label(s), s.value()));
        }
        if (steps.size() > n) {
            box.getChildren().add(new Label("… and " + (steps.size() - n) + " more steps"));
        }
        return box;
    }

    /** A step's label, or its name when the label does not already say what it is. */
    private static String label(Step s) {
        String label = s.label() == null || s.label().isBlank() ? s.name() : s.label();
        return label;
    }
}
