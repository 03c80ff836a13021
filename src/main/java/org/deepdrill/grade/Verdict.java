package org.deepdrill.grade;

import java.util.List;

/**
 * The outcome of checking one answer.
 *
 * @param correct true or false; {@code null} when the answer could not be read at all, which is
 *     not a wrong answer and never costs the student an attempt
 * @param score points earned (0 for an invalid answer)
 * @param maxScore points available
 * @param feedback what to tell the student, in one or two sentences
 * @param wrongCells 0-based (row, column) of wrong entries of a vector or matrix answer, for the
 *     grid editor to highlight (a vector's entries are row 0)
 * @param errorPosition where in the typed text reading failed, or -1
 * @param mistake the name of the recognised wrong-but-common computation, or null
 */
public record Verdict(Boolean correct, double score, double maxScore, String feedback,
                      List<Cell> wrongCells, int errorPosition, String mistake) {

    /** One entry of a vector or matrix, 0-based. */
    public record Cell(int row, int column) {
    }

    public Verdict {
        wrongCells = List.copyOf(wrongCells);
    }

    public static Verdict right(double points, String feedback) {
        return new Verdict(true, points, points, feedback, List.of(), -1, null);
    }

    public static Verdict wrong(double points, String feedback) {
        return new Verdict(false, 0, points, feedback, List.of(), -1, null);
    }

    public static Verdict wrong(double points, String feedback, List<Cell> cells) {
        return new Verdict(false, 0, points, feedback, cells, -1, null);
    }

    /** An answer that could not be read: not wrong, not an attempt. */
    public static Verdict invalid(double points, String feedback, int position) {
        return new Verdict(null, 0, points, feedback, List.of(), position, null);
    }

    public boolean isInvalid() {
        return correct == null;
    }

    /** The same verdict explained by a recognised mistake. */
    public Verdict withMistake(String name, String mistakeFeedback) {
        return new Verdict(correct, score, maxScore, mistakeFeedback, wrongCells, errorPosition, name);
    }
}
