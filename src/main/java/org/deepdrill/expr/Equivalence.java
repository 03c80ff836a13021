package org.deepdrill.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Whether a student's expression equals the key, decided by evaluating both at random points.
 *
 * <p>Two different rational or elementary expressions agree at randomly drawn reals only by an
 * accident of probability zero, so agreement at every one of {@value #POINTS} points (each
 * variable drawn uniformly from [{@value #LOW}, {@value #HIGH}], positive because sizes and
 * counts are) is taken as equality. Points where either side is undefined or not finite (a
 * division by zero, the square root of a negative, an overflow) are skipped and drawn again, at
 * most {@value #MAX_DRAWS} draws in all. The tolerance is tight, so {@code 2x} and
 * {@code 2.001x} differ.
 *
 * @param equivalent     true when every usable point agreed (and there was at least one)
 * @param counterexample the first point where the two disagreed, variable → value; empty when
 *                       equivalent or when no usable point was found
 */
public record Equivalence(boolean equivalent, Map<String, Double> counterexample) {

    static final int POINTS = 20;
    static final int MAX_DRAWS = 1000;
    static final double LOW = 0.5;
    static final double HIGH = 5.0;
    /** Relative agreement needed: rounding differences between equal forms are ~1e-15. */
    static final double RELATIVE_TOLERANCE = 1e-9;
    /** Absolute slack for values that should be 0 but carry rounding noise. */
    static final double ABSOLUTE_TOLERANCE = 1e-12;

    public Equivalence {
        counterexample = Collections.unmodifiableMap(new LinkedHashMap<>(counterexample));
    }

    /**
     * Compares {@code answer} with {@code key} at random points in {@code vars}; the same seed
     * gives the same points, so a verdict can be reproduced.
     */
    public static Equivalence compare(Expr key, Expr answer, List<String> vars, long seed) {
        Random random = new Random(seed);
        int usable = 0;
        for (int draw = 0; draw < MAX_DRAWS && usable < POINTS; draw++) {
            Map<String, Double> point = new LinkedHashMap<>();
            for (String v : vars) {
                point.put(v, LOW + (HIGH - LOW) * random.nextDouble());
            }
            double expected = key.eval(point);
            double actual = answer.eval(point);
            if (!Double.isFinite(expected) || !Double.isFinite(actual)) {
                continue;   // undefined here: draw another point
            }
            usable++;
            if (!agree(expected, actual)) {
                return new Equivalence(false, point);
            }
        }
        return new Equivalence(usable > 0, Map.of());
    }

    static boolean agree(double a, double b) {
        return Math.abs(a - b)
                <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) + ABSOLUTE_TOLERANCE;
    }
}
