package org.deepdrill.ui.input;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** One answer control: what the student enters, as the text the grader reads. */
public interface AnswerInput {
    Node node();

    /** What the student typed, as the grader reads it ("" when nothing is entered). */
    String typed();

    /** Fires whenever typed() changes. */
    ObservableValue<String> typedProperty();

    void clear();

    /** false after submitting until retry. */
    void setEditable(boolean editable);

    /** Focuses the first field. */
    void focus();

    /** Settles what was typed just before it is graded (a grid spreads a matrix typed into one cell). */
    default void beforeSubmit() {
    }

    /** Digit shortcuts for choice/multi: select/toggle option i (0-based); no-op for other kinds. Returns true if handled. */
    default boolean pick(int index) {
        return false;
    }
}
