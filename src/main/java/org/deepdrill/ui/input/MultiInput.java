package org.deepdrill.ui.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;

/** Multiple response: check boxes; typed() is the ticked letters, {@code "a, c"}. */
final class MultiInput extends OptionsInput<CheckBox> {

    MultiInput(List<String> options, Function<String, Node> math) {
        super("answer-multi", options, CheckBox::new, math);
        buttons.forEach(b -> b.selectedProperty().addListener((obs, was, now) -> update()));
    }

    private void update() {
        List<Integer> ticked = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i++) {
            if (buttons.get(i).isSelected()) {
                ticked.add(i);
            }
        }
        typed.set(OptionLetters.join(ticked));
    }

    @Override
    public void clear() {
        buttons.forEach(b -> b.setSelected(false));
    }

    @Override
    void choose(CheckBox button) {
        button.setSelected(!button.isSelected());
    }
}
