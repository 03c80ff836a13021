package org.deepdrill.ui.input;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * number, shape and open answers: one text field or area; typed() is its text. The expression
 * input extends it with a preview around the same field.
 *
 * @param <C> the text control
 */
class TextInput<C extends TextInputControl> implements AnswerInput {
    final C field;

    TextInput(C field) {
        this.field = field;
    }

    @Override
    public Node node() {
        return field;
    }

    @Override
    public String typed() {
        return field.getText() == null ? "" : field.getText();
    }

    @Override
    public ObservableValue<String> typedProperty() {
        return field.textProperty();
    }

    @Override
    public void clear() {
        field.clear();
    }

    @Override
    public void setEditable(boolean editable) {
        field.setEditable(editable);
    }

    @Override
    public void focus() {
        field.requestFocus();
    }
}
