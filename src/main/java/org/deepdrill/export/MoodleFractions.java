package org.deepdrill.export;

import java.util.List;

/**
 * The answer grades Moodle accepts, in percent. Moodle rejects a fraction that is not on its
 * list when it imports a question, so per-option points are mapped to the nearest listed value,
 * and the caller warns when the mapping was not exact.
 */
final class MoodleFractions {
    /** Moodle's grade options (question_bank::fraction_options_full), positive half. */
    static final List<Double> ALLOWED = List.of(100.0, 90.0, 83.33333, 80.0, 75.0, 70.0, 66.66667, 60.0, 50.0, 40.0,
            33.33333, 30.0, 25.0, 20.0, 16.66667, 14.28571, 12.5, 11.11111, 10.0, 5.0, 0.0);

    /** How far a listed value may be from the exact percentage and still count as exact (the list's own rounding). */
    private static final double EXACT = 1e-4;

    private MoodleFractions() {
    }

    /** The listed value nearest to {@code percent} (negatives mirrored), clamped to ±100. */
    static double nearest(double percent) {
        double a = Math.min(100, Math.abs(percent));
        double best = 0;
        for (double f : ALLOWED) {
            if (Math.abs(f - a) < Math.abs(best - a)) {
                best = f;
            }
        }
        return percent < 0 ? -best : best;
    }

    /** Whether {@link #nearest} gives {@code percent} itself, up to the list's five decimals. */
    static boolean isExact(double percent) {
        return Math.abs(nearest(percent) - percent) < EXACT;
    }

    /** The fraction as Moodle writes it: {@code 100}, {@code 33.33333}, {@code -50}. */
    static String text(double fraction) {
        if (fraction == Math.rint(fraction)) {
            return String.valueOf((long) fraction);
        }
        return String.format(java.util.Locale.ROOT, "%.5f", fraction);
    }
}
