package org.deepdrill.grade;

import java.util.Locale;

/**
 * A {@link Verdict} in words. The command line prints {@link #sentence}: the outcome, the detail
 * and each scored part in one text. The app says the outcome in its own headline and shows only
 * {@link Verdict#detail()} and {@link #marksMarkdown} beneath it.
 */
public final class VerdictText {
    private VerdictText() {
    }

    /**
     * "Correct.", "Not correct.", "Score 1.5 of 3.", "17 of 25 entries right: score 6.5 of 10." or
     * the detail alone when it says why the answer is wrong or unreadable; then the scored parts,
     * one Markdown list item each.
     */
    public static String sentence(Verdict v) {
        String head = v.entries() != null ? entriesOf(v) + ": " + scoreOf(v) : switch (v.outcome()) {
            case RIGHT -> "Correct.";
            case PARTLY_RIGHT -> scoreOf(v);
            case WRONG -> v.marks().isEmpty() ? (v.detail().isEmpty() ? "Not correct." : "") : scoreOf(v);
            case INVALID -> "";
        };
        String text = head.isEmpty() ? v.detail() : v.detail().isEmpty() ? head : head + " " + v.detail();
        String marks = marksMarkdown(v);
        return marks.isEmpty() ? text : text + "\n" + marks;
    }

    /**
     * Each separately scored part on a line of its own, as a Markdown list: "- (a) +2: note." (several
     * options' notes run together in one paragraph were hard to tell apart). Empty without parts.
     */
    public static String marksMarkdown(Verdict v) {
        StringBuilder out = new StringBuilder();
        for (Verdict.Mark m : v.marks()) {
            out.append(out.length() > 0 ? "\n" : "").append("- ").append(m.part()).append(' ').append(signed(m.points()));
            if (!m.note().isBlank()) {
                // each note is a sentence of its own; the closing full stop is ours
                out.append(": ").append(m.note().strip().replaceAll("[.;]+$", "")).append('.');
            }
        }
        return out.toString();
    }

    /** "1", "2.5", "0.33": points as a person writes them (at most two decimals). */
    public static String points(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.2f", p).replaceAll("0+$", "");
    }

    /** "17 of 25 entries right". */
    public static String entriesOf(Verdict v) {
        return v.entries().right() + " of " + v.entries().total() + " entries right";
    }

    private static String scoreOf(Verdict v) {
        return (v.entries() != null ? "score " : "Score ") + points(v.score()) + " of " + points(v.maxScore()) + ".";
    }

    private static String signed(double p) {
        return (p >= 0 ? "+" : "−") + points(Math.abs(p));
    }
}
