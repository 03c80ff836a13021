package org.deepdrill.study;

import java.util.Optional;

/**
 * How a review went, in FSRS's four grades: 1 Again (forgotten), 2 Hard,
 * 3 Good, 4 Easy. The app never asks for a rating; it infers one from the graded answer
 * ({@link #ofGrade}).
 */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    /** The grade's number g, 1..4, as the formulas and the {@code schedule} command use it. */
    public int value() {
        return ordinal() + 1;
    }

    /** The rating numbered {@code g}; throws for anything outside 1..4. */
    public static Rating of(int g) {
        if (g < 1 || g > 4) {
            throw new IllegalArgumentException("rating " + g + " is outside 1–4 (1 Again, 2 Hard, 3 Good, 4 Easy)");
        }
        return values()[g - 1];
    }

    /**
     * A graded answer as a review: {@code correct} null (the answer could not be read) is no
     * review at all; otherwise a score below half the {@code points} is Again, at least half but
     * not all is Hard, all points is Good, and all points with the student pressing <em>Easy</em>
     * is Easy ({@code easyPressed} is ignored when points were lost). "All" and "half" allow
     * 1e-9 of a point for scores that went through floating-point sums (e.g. 0.1 + 0.2 of 0.3).
     */
    public static Optional<Rating> ofGrade(Boolean correct, double score, double points, boolean easyPressed) {
        if (correct == null) {
            return Optional.empty();
        }
        if (score >= points - 1e-9) {
            return Optional.of(easyPressed ? EASY : GOOD);
        }
        return Optional.of(score >= points / 2 - 1e-9 ? HARD : AGAIN);
    }
}
