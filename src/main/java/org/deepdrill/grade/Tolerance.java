package org.deepdrill.grade;

/**
 * How close a typed number must be to the key: {@code |answer − key| ≤ max(atol, rtol·|key|)}.
 * The default (rtol 1e-3, atol 1e-9) accepts 1.083 for 1.0833333 but not 1.08.
 */
public record Tolerance(double rtol, double atol) {
    public static final Tolerance DEFAULT = new Tolerance(1e-3, 1e-9);

    public Tolerance {
        if (!(rtol >= 0) || !(atol >= 0) || Double.isInfinite(rtol) || Double.isInfinite(atol)) {
            throw new IllegalArgumentException("rtol and atol must be finite and not negative");
        }
    }

    public boolean accepts(double key, double answer) {
        if (!Double.isFinite(answer)) {
            return false;
        }
        return Math.abs(answer - key) <= Math.max(atol, rtol * Math.abs(key));
    }
}
