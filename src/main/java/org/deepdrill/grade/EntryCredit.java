package org.deepdrill.grade;

/**
 * Partial credit for a vector or matrix answer of the right shape: the points in proportion to
 * the entries within tolerance, rounded down to a multiple of {@code step}, as a human grader
 * gives half points on an exam sheet. With 17 of 25 entries right on a 10-point question and a
 * step of 0.5: 10 · 17/25 = 6.8, rounded down to 6.5.
 *
 * <p>What earns no entry credit: an answer of the wrong shape, and a recognised wrong computation
 * (a transposed matrix, or one of the bank's mistakes): its "right" entries are right by
 * accident, so it earns its mistake's points instead (0 unless the bank gives some).
 *
 * @param step the smallest part of a point awarded (0.5 by default in banks)
 */
public record EntryCredit(double step) {
    /** The default step: half points, as the exam sheets award them. */
    public static final double DEFAULT_STEP = 0.5;

    public EntryCredit {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("the point step must be a positive number, got " + step);
        }
    }

    /**
     * {@code points · right / total} rounded down to a multiple of the step (never below 0).
     * The small allowance keeps 10 · 15/20 = 7.5 at 7.5 where floating point gives 7.4999….
     */
    public double score(int right, int total, double points) {
        double exact = points * right / total;
        return Math.max(0, Math.floor(exact / step + 1e-9) * step);
    }
}
