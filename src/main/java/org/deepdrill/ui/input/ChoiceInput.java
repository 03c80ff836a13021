package org.deepdrill.ui.input;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;

/** Single choice: radio buttons; typed() is the picked letter, {@code "b"}. */
final class ChoiceInput extends OptionsInput<RadioButton> {
    private final ToggleGroup group = new ToggleGroup();

    ChoiceInput(List<String> options, Function<String, Node> math) {
        super("answer-choice", options, RadioButton::new, math);
        buttons.forEach(b -> b.setToggleGroup(group));
        group.selectedToggleProperty().addListener((obs, was, now) ->
                typed.set(now == null ? "" : OptionLetters.letter(buttons.indexOf(now))));
    }

    @Override
    public void clear() {
        group.selectToggle(null);
    }

    @Override
    void choose(RadioButton button) {
        button.setSelected(true);
    }
}
