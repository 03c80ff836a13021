package org.deepdrill.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;

/** Shared helpers for compute tests: run an op from JSON text, compare with one named tolerance. */
public final class ComputeAssertions {
    /**
     * The one tolerance of the compute tests: relative (and absolute near zero) 1e-12, the
     * contract's float64 promise ("1.0833333333333335 must come out to 1e-12 relative").
     */
    public static final double TOL = 1e-12;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComputeAssertions() {
    }

    /** Parses JSON text; single quotes are allowed to keep test sources readable. */
    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException("bad test JSON: " + text, e);
        }
    }

    /** Runs {@code op} on the JSON arguments through the standard registry. */
    public static OpResult run(String op, String argsJson) {
        return OpRegistry.standard().run(op, json(argsJson));
    }

    /** Asserts the op fails with an {@link OpException} whose message contains every fragment. */
    public static OpException assertFails(String op, String argsJson, String... fragments) {
        OpException e = assertThrows(OpException.class, () -> run(op, argsJson));
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "message '" + e.getMessage() + "' lacks '" + f + "'");
        }
        return e;
    }

    public static void assertClose(double expected, double actual) {
        assertClose(expected, actual, "");
    }

    public static void assertClose(double expected, double actual, String what) {
        if (Double.isInfinite(expected) || Double.isNaN(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        double tol = TOL * Math.max(1.0, Math.abs(expected));
        assertEquals(expected, actual, tol, what);
    }

    /** Asserts a scalar result. */
    public static void assertScalar(double expected, Tensor actual) {
        assertEquals(1, actual.size(), () -> "not a scalar: " + actual);
        assertClose(expected, actual.data()[0]);
    }

    /** Asserts a vector result, shape and entries. */
    public static void assertVector(double[] expected, Tensor actual) {
        assertArrayEquals(new int[] {expected.length}, actual.shape(), () -> "shape of " + actual);
        double[] a = actual.data();
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], a[i], "entry " + i + " of " + actual);
        }
    }

    /** Asserts a matrix result, shape and entries. */
    public static void assertMatrix(double[][] expected, Tensor actual) {
        assertArrayEquals(new int[] {expected.length, expected[0].length}, actual.shape(),
                () -> "shape " + Arrays.toString(actual.shape()));
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[0].length; j++) {
                assertClose(expected[i][j], actual.get(i, j), "entry (" + i + "," + j + ") of " + actual);
            }
        }
    }

    /** Asserts any tensor: same shape and entries within {@link #TOL}. */
    public static void assertTensor(Tensor expected, Tensor actual) {
        assertArrayEquals(expected.shape(), actual.shape(), () -> "shape " + Arrays.toString(actual.shape()));
        double[] e = expected.data();
        double[] a = actual.data();
        for (int i = 0; i < e.length; i++) {
            assertClose(e[i], a[i], "flat entry " + i + " of " + actual);
        }
    }
}
