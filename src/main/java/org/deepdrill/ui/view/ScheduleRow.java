package org.deepdrill.ui.view;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.deepdrill.study.Practice;
import org.deepdrill.study.Rating;
import org.deepdrill.ui.viewmodel.PracticeViewModel;

/**
 * When an answered question comes back, under its verdict: "Again in 3 days (Sun 6 Dec)", with
 * Easy while the answer is rated Good. Apart from the practice screen because it changes with
 * the scheduler's presentation, not with how a question is laid out.
 */
final class ScheduleRow {
    private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final Label again = new Label();
    private final Button easy = new Button("Easy");
    private final HBox row = new HBox(12, again, easy);

    /** @param onEasy what pressing Easy does (re-schedule the review as Easy) */
    ScheduleRow(Runnable onEasy) {
        again.setId("again");
        again.getStyleClass().add("text-bold");
        easy.setId("easy");
        easy.setTooltip(new Tooltip("It came easily: schedule it further ahead (rated Easy instead of Good)"));
        easy.setOnAction(e -> onEasy.run());
        easy.managedProperty().bind(easy.visibleProperty());
        row.setAlignment(Pos.CENTER_LEFT);
        row.managedProperty().bind(row.visibleProperty());
        show(null);
    }

    Node node() {
        return row;
    }

    /** Shows when {@code s} comes back, or nothing while no answer has been scheduled. */
    void show(Practice.Scheduled s) {
        row.setVisible(s != null);
        if (s == null) {
            return;
        }
        String when = PracticeViewModel.againIn(s.intervalDays());
        again.setText(Character.toUpperCase(when.charAt(0)) + when.substring(1) + " (" + DUE_DATE.format(s.after().due())
                + ")" + (s.rating() == Rating.EASY ? " · marked easy" : ""));
        easy.setVisible(s.canBeEasy());
    }
}
