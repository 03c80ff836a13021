package org.deepdrill.export;

import java.util.List;

/**
 * What an export wrote: the questions written (variants included), those skipped, and every
 * notice, one per line for the TA.
 *
 * @param exported questions written, drawn variants included
 * @param variants how many of them are drawn variants ({@code ID@SEED})
 * @param skipped questions not written, each named in a notice with the reason
 * @param broken how many of the skipped were skipped because their key could not be computed (a problem in the bank)
 */
public record ExportReport(int exported, int variants, int skipped, int broken, List<Notice> notices) {
    public ExportReport {
        notices = List.copyOf(notices);
    }

    /**
     * A question's notice: {@code skipped} when it was not written, else a warning about what of
     * it did not make it into Moodle as it is in the app.
     */
    public record Notice(String question, String message, boolean skipped) {
        @Override
        public String toString() {
            return question + ": " + (skipped ? "skipped: " : "warning: ") + message;
        }
    }
}
