package org.deepdrill.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Multiple response scored as in the exam sheets: each option carries points (negative for a
 * wrong statement, e.g. +2 / −2); the score is the sum over the ticked options, clamped to
 * {@code [0, max]}. Correct means full marks.
 */
public final class MultiChecker {
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
        List<Verdict.Mark> marks = new ArrayList<>();
        for (int i : picked) {
            sum += optionPoints[i];
            String note = i < optionFeedback.size() && optionFeedback.get(i) != null ? optionFeedback.get(i).strip() : "";
            marks.add(new Verdict.Mark(OptionAnswer.letter(i), optionPoints[i], note));
        }
        double score = Math.max(0, Math.min(full, sum));
        return new Verdict(Verdict.Outcome.of(score, full), score, full, picked.isEmpty() ? "No option was ticked." : "", marks, List.of(), -1, null);
    }

    private static double positiveSum(double[] points) {
        double s = 0;
        for (double p : points) {
            s += Math.max(0, p);
        }
        return s;
    }
}
