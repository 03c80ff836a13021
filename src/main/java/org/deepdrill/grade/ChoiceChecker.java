package org.deepdrill.grade;

import java.util.List;
import java.util.Set;

/** Single-answer multiple choice: exactly one option is keyed. */
public final class ChoiceChecker {
    private ChoiceChecker() {
    }

    /**
     * @param key the keyed option, 0-based
     * @param options how many options there are
     * @param optionFeedback feedback shown for each option when picked (may be empty)
     */
    public static Verdict check(int key, int options, List<String> optionFeedback, String typed, double points) {
        Set<Integer> picked;
        try {
            picked = OptionAnswer.read(typed, options);
        } catch (OptionAnswer.UnreadableOption e) {
            return Verdict.invalid(points, "Could not read the choice: " + e.getMessage() + ".", e.position);
        }
        if (picked.isEmpty()) {
            return Verdict.invalid(points, "No option was picked.", 0);
        }
        if (picked.size() > 1) {
            return Verdict.invalid(points, "Pick exactly one option.", 0);
        }
        int p = picked.iterator().next();
        String note = p < optionFeedback.size() && optionFeedback.get(p) != null ? optionFeedback.get(p).strip() : "";
        return p == key ? Verdict.right(points, note)
                : Verdict.wrong(points, (OptionAnswer.letter(p) + " is not the answer. " + note).strip());
    }
}
