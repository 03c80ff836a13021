package org.deepdrill.grade;

import java.util.List;
import java.util.Set;

/**
 * Multiple response scored as in the exam sheets: each option carries points (negative for a
 * wrong statement, e.g. +2 / −2); the score is the sum over the ticked options, clamped to
 * {@code [0, max]}. Correct means full marks.
 */
public final class MultiChecker {
    /** How the feedback on full marks begins; a list of the ticked options follows, one per line. */
    public static final String FULL_MARKS = "Correct: full marks.";

    private MultiChecker() {
    }

    /**
     * @param optionPoints points of each option when ticked
     * @param max the question's points; when not positive, the sum of the positive option points
     */
    public static Verdict check(double[] optionPoints, double max, List<String> optionFeedback, String typed) {
        double full = max > 0 ? max : positiveSum(optionPoints);
        Set<Integer> picked;
        try {
            picked = OptionAnswer.read(typed, optionPoints.length);
        } catch (OptionAnswer.UnreadableOption e) {
            return Verdict.invalid(full, "Could not read the ticked options: " + e.getMessage() + ".", e.position);
        }
        double sum = 0;
        StringBuilder detail = new StringBuilder();
        for (int i : picked) {
            sum += optionPoints[i];
            // one Markdown list item per ticked option: several options' notes run together as
            // one paragraph were hard to tell apart
            detail.append("\n- ").append(OptionAnswer.letter(i)).append(' ').append(signed(optionPoints[i]));
            if (i < optionFeedback.size() && optionFeedback.get(i) != null && !optionFeedback.get(i).isBlank()) {
                // each option's feedback is a sentence of its own; the closing full stop is ours
                detail.append(": ").append(optionFeedback.get(i).strip().replaceAll("[.;]+$", "")).append('.');
            }
        }
        double score = Math.max(0, Math.min(full, sum));
        boolean correct = Math.abs(score - full) < 1e-9;
        String head = correct ? FULL_MARKS : "Score " + ExpressionChecker.format(score) + " of " + ExpressionChecker.format(full) + ".";
        String text = picked.isEmpty() ? head + " No option was ticked." : head + detail;
        return new Verdict(correct, score, full, text, List.of(), -1, null);
    }

    private static double positiveSum(double[] points) {
        double s = 0;
        for (double p : points) {
            s += Math.max(0, p);
        }
        return s;
    }

    private static String signed(double p) {
        return (p >= 0 ? "+" : "−") + ExpressionChecker.format(Math.abs(p));
    }
}
