package org.deepdrill.ui.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.VBox;

/**
 * What choice and multi inputs share: one dressed button per option in a column, the typed
 * letters, locking after Submit, and digit shortcuts.
 *
 * @param <B> the button kind (radio button or check box)
 */
abstract class OptionsInput<B extends ButtonBase> implements AnswerInput {
    final VBox box = new VBox(6);
    final List<B> buttons = new ArrayList<>();
    final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper("");
    private boolean editable = true;

    OptionsInput(String styleClass, List<String> options, Supplier<B> button, Function<String, Node> math) {
        box.getStyleClass().add(styleClass);
        for (int i = 0; i < options.size(); i++) {
            buttons.add(OptionRow.dress(button.get(), i, options.get(i), math));
        }
        box.getChildren().addAll(buttons);
        OptionRow.guard(box);
    }

    /** Selects or toggles one option, as a digit key does. */
    abstract void choose(B button);

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
        choose(buttons.get(index));
        return true;
    }
}
