package org.deepdrill.ui.input;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** vector and matrix answers: a {@link MatrixEditor}. */
public final class GridInput implements AnswerInput {
    private final MatrixEditor editor;

    GridInput(MatrixEditor editor) {
        this.editor = editor;
    }

    /** The grid itself, to mark wrong cells ({@code Verdict.wrongCells}) or an error position. */
    public MatrixEditor editor() {
        return editor;
    }

    @Override
    public Node node() {
        return editor;
    }

    @Override
    public String typed() {
        return editor.typed();
    }

    @Override
    public ObservableValue<String> typedProperty() {
        return editor.typedProperty();
    }

    @Override
    public void beforeSubmit() {
        editor.spreadTypedMatrix();
    }

    @Override
    public void clear() {
        editor.clear();
    }

    @Override
    public void setEditable(boolean editable) {
        editor.setEditable(editable);
        if (editable) {
            editor.clearMarks();
        }
    }

    @Override
    public void focus() {
        editor.focusFirst();
    }
}
