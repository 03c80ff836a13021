package org.deepdrill.ui.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Single choice: radio buttons; typed() is the picked letter, {@code "b"}. */
final class ChoiceInput implements AnswerInput {
    private final VBox box = new VBox(6);
    private final ToggleGroup group = new ToggleGroup();
    private final List<RadioButton> buttons = new ArrayList<>();
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper("");
    private boolean editable = true;

    ChoiceInput(List<String> options, Function<String, Node> math) {
        box.getStyleClass().add("answer-choice");
        for (int i = 0; i < options.size(); i++) {
            RadioButton b = OptionRow.dress(new RadioButton(), i, options.get(i), math);
            b.setToggleGroup(group);
            buttons.add(b);
        }
        box.getChildren().addAll(buttons);
        OptionRow.guard(box);
        group.selectedToggleProperty().addListener((obs, was, now) ->
                typed.set(now == null ? "" : OptionLetters.letter(buttons.indexOf(now))));
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public String typed() {
        return typed.get();
    }

    @Override
    public ObservableValue<String> typedProperty() {
        return typed.getReadOnlyProperty();
    }

    @Override
    public void clear() {
        group.selectToggle(null);
    }

    @Override
    public void setEditable(boolean editable) {
        this.editable = editable;
        OptionRow.lock(box, buttons, !editable);
    }

    @Override
    public void focus() {
        if (!buttons.isEmpty()) {
            buttons.get(0).requestFocus();
        }
    }

    @Override
    public boolean pick(int index) {
        if (!editable || index < 0 || index >= buttons.size()) {
            return false;
        }
        buttons.get(index).setSelected(true);
        return true;
    }
}
