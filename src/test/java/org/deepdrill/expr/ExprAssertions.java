package org.deepdrill.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

/** Shared helpers for the expr tests: one tolerance, error checks by position and words. */
final class ExprAssertions {

    /** Values worked out by hand are compared to 1e-12 relative (float64 rounding only). */
    static final double TOL = 1e-12;

    private ExprAssertions() {
    }

    static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
    }

    /** The call fails with an ExprParseException at {@code position} whose message has each fragment. */
    static ExprParseException assertParseError(int position, String fragments, ParseCall call) {
        ExprParseException e = assertThrows(ExprParseException.class, call::run);
        assertEquals(position, e.position(), "position in: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("at position " + position + ": "), e.getMessage());
        assertTrue(!e.getMessage().endsWith("."), "no final period: " + e.getMessage());
        for (String fragment : fragments.split("…")) {
            assertTrue(e.getMessage().contains(fragment.strip()),
                    "message '" + e.getMessage() + "' should contain '" + fragment.strip() + "'");
        }
        return e;
    }

    /** "1 2; 3 4" → {{1,2},{3,4}}: how the tables write an expected matrix. */
    static double[][] rows(String spec) {
        return Arrays.stream(spec.split(";"))
                .map(r -> Arrays.stream(r.strip().split("\\s+")).mapToDouble(Double::parseDouble)
                        .toArray())
                .toArray(double[][]::new);
    }

    @FunctionalInterface
    interface ParseCall {
        void run() throws ExprParseException;
    }
}
