package org.deepdrill.ui.input;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** Dresses a radio button or check box as one option: its letter, then the rendered text. */
final class OptionRow {
    /** Widest an option's text gets before it wraps. */
    static final double MAX_TEXT_WIDTH = 760;

    private OptionRow() {
    }

    static <B extends ButtonBase> B dress(B button, int index, String text, Function<String, Node> math) {
        Label letter = new Label(OptionLetters.letter(index) + ")");
        letter.setMinWidth(20);
        Node body = math.apply(text);
        if (body instanceof Region r) {
            // a button's graphic gets only its minimum width, at which a text flow wraps after
            // every word; fix the width at the text's own (capped, so long options still wrap)
            double w = Math.min(r.prefWidth(-1), MAX_TEXT_WIDTH);
            r.setMinWidth(w);
            r.setPrefWidth(w);
        }
        HBox graphic = new HBox(6, letter, body);
        graphic.setAlignment(Pos.CENTER_LEFT);
        button.setGraphic(graphic);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMnemonicParsing(false);
        return button;
    }

    /**
     * Keys that change a radio button or check box, ignored while the options are locked.
     * Enter passes: the app uses it.
     */
    private static final Set<KeyCode> CHANGING_KEYS =
            EnumSet.of(KeyCode.SPACE, KeyCode.UP, KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT);

    /**
     * Makes the options ignore the mouse and the keys that change them once {@link #lock} is
     * on. Not disabling them: a disabled control is greyed out, and the student reads the
     * options (and which one they picked) next to the feedback.
     */
    static void guard(Pane box) {
        box.addEventFilter(KeyEvent.ANY, e -> {
            if (box.isMouseTransparent() && CHANGING_KEYS.contains(e.getCode())) {
                e.consume();
            }
        });
    }

    static void lock(Pane box, List<? extends ButtonBase> buttons, boolean locked) {
        box.setMouseTransparent(locked);
        buttons.forEach(b -> b.setFocusTraversable(!locked));
    }
}
