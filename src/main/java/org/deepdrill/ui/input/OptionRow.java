package org.deepdrill.ui.input;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Dresses a radio button or check box as one option: its letter, then the rendered text. */
final class OptionRow {
    /** Keeps a locked option readable: the theme greys out disabled controls. */
    private static final String LOCKED = "-fx-opacity: 1;";

    private OptionRow() {
    }

    static <B extends ButtonBase> B dress(B button, int index, String text, Function<String, Node> math) {
        Label letter = new Label(OptionLetters.letter(index) + ")");
        letter.setMinWidth(20);
        HBox graphic = new HBox(6, letter, math.apply(text));
        graphic.setAlignment(Pos.CENTER_LEFT);
        button.setGraphic(graphic);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMnemonicParsing(false);
        return button;
    }

    static void lock(ButtonBase button, boolean locked) {
        button.setDisable(locked);
        button.setStyle(locked ? LOCKED : "");
    }
}
