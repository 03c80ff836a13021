package org.deepdrill.grade;

import java.util.List;

/**
 * The outcome of checking one answer, with its parts kept apart so that each reader words it
 * its own way: the app shows the outcome as a headline and the detail beneath; the command
 * line joins them into one sentence ({@link VerdictText}).
 *
 * @param outcome right, partly right, wrong, or invalid (could not be read at all, which is not
 *     a wrong answer and never costs the student an attempt)
 * @param score points earned (0 for an invalid answer)
 * @param maxScore points available
 * @param detail what to tell the student beyond the outcome, without repeating it ("Entry 2 is
 *     not right; the others are.", a chosen option's note); empty when there is nothing more
 * @param marks the points of each part that was scored on its own (each ticked option of a
 *     multiple-response question), in the order given; empty otherwise
 * @param wrongCells 0-based (row, column) of wrong entries of a vector or matrix answer, for the
 *     grid editor to highlight (a vector's entries are row 0)
 * @param errorPosition where in the typed text reading failed, or -1
 * @param mistake the name of the recognised wrong-but-common computation, or null
 * @param entries how many entries of a vector or matrix answer were right, when its points are
 *     earned entry by entry ({@link EntryCredit}); null otherwise
 */
public record Verdict(Outcome outcome, double score, double maxScore, String detail, List<Mark> marks,
                      List<Cell> wrongCells, int errorPosition, String mistake, Entries entries) {

    /** What the answer earned, as a headline says it. */
    public enum Outcome {
        /** All points. */
        RIGHT,
        /** Some points, not all (a multiple-response score, entries partly right). */
        PARTLY_RIGHT,
        /** No points. */
        WRONG,
        /** Could not be read: not an attempt. */
        INVALID;

        /** What {@code score} of {@code max} points says: all of them, some, or none. */
        public static Outcome of(double score, double max) {
            return score >= max - 1e-9 ? RIGHT : score > 0 ? PARTLY_RIGHT : WRONG;
        }
    }

    /** One entry of a vector or matrix, 0-based. */
    public record Cell(int row, int column) {
    }

    /**
     * The points of one separately scored part: {@code part} names it as the student sees it
     * ("(b)"), {@code note} is the bank's comment on it (may be empty).
     */
    public record Mark(String part, double points, String note) {
    }

    /** {@code right} of {@code total} entries within tolerance. */
    public record Entries(int right, int total) {
    }

    /** A verdict with no entry count. */
    public Verdict(Outcome outcome, double score, double maxScore, String detail, List<Mark> marks,
                   List<Cell> wrongCells, int errorPosition, String mistake) {
        this(outcome, score, maxScore, detail, marks, wrongCells, errorPosition, mistake, null);
    }

    public Verdict {
        detail = detail == null ? "" : detail;
        marks = List.copyOf(marks);
        wrongCells = List.copyOf(wrongCells);
    }

    public static Verdict right(double points, String detail) {
        return new Verdict(Outcome.RIGHT, points, points, detail, List.of(), List.of(), -1, null);
    }

    public static Verdict wrong(double points, String detail) {
        return new Verdict(Outcome.WRONG, 0, points, detail, List.of(), List.of(), -1, null);
    }

    public static Verdict wrong(double points, String detail, List<Cell> cells) {
        return new Verdict(Outcome.WRONG, 0, points, detail, List.of(), cells, -1, null);
    }

    /** An answer that could not be read: not wrong, not an attempt. */
    public static Verdict invalid(double points, String detail, int position) {
        return new Verdict(Outcome.INVALID, 0, points, detail, List.of(), List.of(), position, null);
    }

    /** True for all points, false for fewer, null when the answer could not be read. */
    public Boolean correct() {
        return switch (outcome) {
            case RIGHT -> Boolean.TRUE;
            case PARTLY_RIGHT, WRONG -> Boolean.FALSE;
            case INVALID -> null;
        };
    }

    public boolean isInvalid() {
        return outcome == Outcome.INVALID;
    }

    /**
     * The verdict explained by a recognised mistake: its feedback replaces the detail, and it
     * earns {@code points} (at most the maximum) instead of any credit for entries that are right
     * by accident (a transposed matrix matches on its diagonal).
     */
    public Verdict withMistake(String name, String mistakeFeedback, double points) {
        double s = Math.max(0, Math.min(maxScore, points));
        return new Verdict(s > 0 ? Outcome.of(s, maxScore) : Outcome.WRONG, s, maxScore, mistakeFeedback, marks, wrongCells,
                errorPosition, name, null);
    }
}
