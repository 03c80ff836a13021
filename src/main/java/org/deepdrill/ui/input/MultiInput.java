package org.deepdrill.ui.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/** Multiple response: check boxes; typed() is the ticked letters, {@code "a, c"}. */
final class MultiInput implements AnswerInput {
    private final VBox box = new VBox(6);
    private final List<CheckBox> boxes = new ArrayList<>();
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper("");
    private boolean editable = true;

    MultiInput(List<String> options, Function<String, Node> math) {
        box.getStyleClass().add("answer-multi");
        for (int i = 0; i < options.size(); i++) {
            CheckBox b = OptionRow.dress(new CheckBox(), i, options.get(i), math);
            b.selectedProperty().addListener((obs, was, now) -> update());
            boxes.add(b);
        }
        box.getChildren().addAll(boxes);
        OptionRow.guard(box);
    }

    private void update() {
        List<Integer> ticked = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).isSelected()) {
                ticked.add(i);
            }
        }
        typed.set(OptionLetters.join(ticked));
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
        boxes.forEach(b -> b.setSelected(false));
    }

    @Override
    public void setEditable(boolean editable) {
        this.editable = editable;
        OptionRow.lock(box, boxes, !editable);
    }

    @Override
    public void focus() {
        if (!boxes.isEmpty()) {
            boxes.get(0).requestFocus();
        }
    }

    @Override
    public boolean pick(int index) {
        if (!editable || index < 0 || index >= boxes.size()) {
            return false;
        }
        CheckBox b = boxes.get(index);
        b.setSelected(!b.isSelected());
        return true;
    }
}
