package org.deepdrill.ui.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A grid of text fields for a vector or matrix answer, with buttons to add and remove a row or a
 * column (1×1 to 16×16). Tab and Shift+Tab walk the cells row by row because the fields are the
 * grid's children in that order; Enter is left alone so the app can submit with it. Pasting a
 * whole matrix ({@code [[1,2],[3,4]]}, {@code 1 2; 3 4}, a LaTeX bmatrix) into any cell fills
 * and resizes the grid.
 */
public final class MatrixEditor extends VBox {

    /** The largest grid, in either direction. */
    public static final int MAX = 16;

    /** Which way the grid may grow: a matrix both ways, a vector only along its length. */
    public enum Orientation { MATRIX, ROW, COLUMN }

    /** The theme's looked-up colours (AtlantaFX), so a mark reads on the light and the dark theme alike. */
    private static final String MARK = "-fx-border-color: -color-danger-emphasis; -fx-border-width: 2;";

    private final Orientation orientation;
    private final int initialRows;
    private final int initialColumns;
    private final GridPane grid = new GridPane();
    private final List<List<CellField>> cells = new ArrayList<>();
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper(this, "typed", "");
    private final Label hint = new Label();
    private final Button addRow = button("+ row", "Add a row at the bottom");
    private final Button removeRow = button("− row", "Remove the bottom row");
    private final Button addColumn = button("+ column", "Add a column on the right");
    private final Button removeColumn = button("− column", "Remove the rightmost column");
    private boolean editable = true;
    private GridText current = GridText.of(List.of(List.of("")), false);

    public MatrixEditor(int rows, int columns, Orientation orientation) {
        this.orientation = orientation;
        this.initialRows = orientation == Orientation.ROW ? 1 : clamp(rows);
        this.initialColumns = orientation == Orientation.COLUMN ? 1 : clamp(columns);
        getStyleClass().add("matrix-editor");
        setSpacing(6);
        grid.setHgap(4);
        grid.setVgap(4);
        hint.setStyle("-fx-text-fill: -color-danger-fg;");
        hint.setManaged(false);
        hint.setVisible(false);

        addRow.setOnAction(e -> resize(rows() + 1, columns()));
        removeRow.setOnAction(e -> resize(rows() - 1, columns()));
        addColumn.setOnAction(e -> resize(rows(), columns() + 1));
        removeColumn.setOnAction(e -> resize(rows(), columns() - 1));
        HBox buttons = new HBox(4);
        buttons.setAlignment(Pos.CENTER_LEFT);
        if (orientation != Orientation.ROW) {
            buttons.getChildren().addAll(addRow, removeRow);
        }
        if (orientation != Orientation.COLUMN) {
            buttons.getChildren().addAll(addColumn, removeColumn);
        }
        getChildren().addAll(grid, buttons, hint);
        resize(initialRows, initialColumns);
    }

    public int rows() {
        return cells.size();
    }

    public int columns() {
        return cells.isEmpty() ? 0 : cells.get(0).size();
    }

    /** The field of one cell, 0-based. */
    public TextField cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** The text the grader reads: {@code [[a, b], [c, d]]}, a vector {@code [a, b]}, or "". */
    public String typed() {
        return typed.get();
    }

    public ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    /** Changes the size to rows × columns (clamped to 1…16 and to the orientation), keeping what fits. */
    public void resize(int rows, int columns) {
        int r = orientation == Orientation.ROW ? 1 : clamp(rows);
        int c = orientation == Orientation.COLUMN ? 1 : clamp(columns);
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        while (cells.size() > r) {
            cells.remove(cells.size() - 1);
        }
        while (cells.size() < r) {
            cells.add(new ArrayList<>());
        }
        for (List<CellField> row : cells) {
            while (row.size() > c) {
                row.remove(row.size() - 1);
            }
            while (row.size() < c) {
                row.add(newCell());
            }
        }
        // Children in row-major order make the default Tab traversal walk the rows.
        grid.getChildren().clear();
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                grid.add(cells.get(i).get(j), j, i);
            }
        }
        if (focused instanceof CellField f && grid.getChildren().contains(f)) {
            f.requestFocus();
        }
        updateButtons();
        update();
    }

    /** Fills the grid with these cells, resizing it to their shape. */
    public void setCells(List<List<String>> texts) {
        if (texts.isEmpty() || texts.get(0).isEmpty()) {
            clear();
            return;
        }
        resize(texts.size(), texts.get(0).size());
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                List<String> row = texts.get(Math.min(i, texts.size() - 1));
                cell(i, j).setText(j < row.size() ? row.get(j) : "");
            }
        }
    }

    /** Empties every cell and goes back to the starting size. */
    public void clear() {
        for (List<CellField> row : cells) {
            row.forEach(TextField::clear);
        }
        resize(initialRows, initialColumns);
        clearMarks();
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
        cells.forEach(row -> row.forEach(f -> f.setEditable(editable)));
        updateButtons();
    }

    /** Focuses the top-left cell. */
    public void focusFirst() {
        cell(0, 0).requestFocus();
    }

    /**
     * Fills the whole grid from pasted text when it reads as a matrix of more than one entry that
     * fits this editor (a vector editor takes a row or a column, in its own direction).
     *
     * @return false when the text should be pasted into the cell as usual
     */
    public boolean pasteGrid(String pasted) {
        if (!editable || pasted == null) {
            return false;
        }
        Optional<List<List<String>>> read = GridText.cellsOf(pasted);
        if (read.isEmpty()) {
            return false;
        }
        List<List<String>> grid = read.get();
        int r = grid.size();
        int c = grid.get(0).size();
        if (r * c < 2 || r > MAX || c > MAX) {
            return false;   // one number goes into the cell it was pasted into
        }
        if (orientation != Orientation.MATRIX) {
            if (r != 1 && c != 1) {
                return false;
            }
            List<String> flat = new ArrayList<>();
            grid.forEach(flat::addAll);
            grid = orientation == Orientation.ROW ? List.of(flat) : flat.stream().map(List::of).toList();
        }
        setCells(grid);
        return true;
    }

    /**
     * A whole matrix typed into one cell ({@code [[1,2],[3,4]]}, {@code 1 2; 3 4}, a bmatrix)
     * while every other cell is empty fills the grid, as pasting it would. Called when the cell
     * is left and before an answer is submitted, never while typing: {@code 1 2} half-way to
     * {@code 1 2; 3 4} must not split the grid. Only written matrix notation counts (a bracket,
     * a backslash, a semicolon or a line break): a bare {@code 1 2} may be a slip in one entry.
     *
     * @return whether the grid was filled
     */
    public boolean spreadTypedMatrix() {
        TextField filled = null;
        for (List<CellField> row : cells) {
            for (TextField f : row) {
                if (!f.getText().isBlank()) {
                    if (filled != null) {
                        return false;
                    }
                    filled = f;
                }
            }
        }
        if (filled == null) {
            return false;
        }
        String text = filled.getText().trim();
        boolean notation = text.startsWith("[") || text.startsWith("\\") || text.contains(";") || text.contains("\n");
        return notation && pasteGrid(text);
    }

    /**
     * Points at the cell an error position of the grader (in {@link #typed()}) falls in, e.g. the
     * empty cell behind "expected a number but found ']'": marks it and says which it is.
     */
    public void showError(int position) {
        current.cellAt(position).ifPresent(cell -> {
            markCell(cell.row(), cell.column());
            String where = where(cell);
            boolean empty = cell(cell.row(), cell.column()).getText().isBlank();
            showHint(empty ? where + " is empty." : "Check " + where + ".");
        });
    }

    /** Outlines one cell in red (a wrong entry or an unreadable one). */
    public void markCell(int row, int column) {
        if (row >= 0 && row < rows() && column >= 0 && column < columns()) {
            cell(row, column).setStyle(MARK);
        }
    }

    public void clearMarks() {
        cells.forEach(row -> row.forEach(f -> f.setStyle("")));
        showHint(null);
    }

    private String where(GridText.Cell cell) {
        return switch (orientation) {
            case ROW -> "Entry " + (cell.column() + 1);
            case COLUMN -> "Entry " + (cell.row() + 1);
            case MATRIX -> "Row " + (cell.row() + 1) + ", column " + (cell.column() + 1);
        };
    }

    private void showHint(String text) {
        hint.setText(text == null ? "" : text);
        hint.setVisible(text != null);
        hint.setManaged(text != null);
    }

    private void update() {
        List<List<String>> texts = cells.stream().map(row -> row.stream().map(TextField::getText).toList()).toList();
        current = GridText.of(texts, orientation != Orientation.MATRIX);
        typed.set(current.text());
    }

    private CellField newCell() {
        CellField f = new CellField();
        f.setPrefColumnCount(5);
        f.setEditable(editable);
        f.textProperty().addListener((obs, was, now) -> {
            if (!f.getStyle().isEmpty() || hint.isVisible()) {
                clearMarks();
            }
            update();
        });
        f.focusedProperty().addListener((obs, was, now) -> {
            if (!now && editable) {
                spreadTypedMatrix();
            }
        });
        return f;
    }

    private void updateButtons() {
        addRow.setDisable(!editable || rows() >= MAX);
        removeRow.setDisable(!editable || rows() <= 1);
        addColumn.setDisable(!editable || columns() >= MAX);
        removeColumn.setDisable(!editable || columns() <= 1);
    }

    private static Button button(String text, String tip) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        // Tab stays among the cells; the buttons are for the mouse.
        b.setFocusTraversable(false);
        // never shortened to "+ r…": the row of buttons may be wider than a small grid
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static int clamp(int n) {
        return Math.max(1, Math.min(MAX, n));
    }

    /** A cell that turns a pasted matrix into the whole grid. */
    private final class CellField extends TextField {
        @Override
        public void paste() {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            String text = clipboard.hasString() ? clipboard.getString() : null;
            if (!pasteGrid(text)) {
                super.paste();
            }
        }
    }
}
