package org.deepdrill.compute;

/**
 * Size caps on every request, so that a bank or a pasted request cannot make the core hang or
 * exhaust memory. Exam-sized inputs are far below them.
 */
public final class Limits {
    /** Largest length of any one tensor dimension (tokens, nodes, features, time steps). */
    public static final int MAX_DIM = 256;
    /** Largest number of entries in any one tensor. */
    public static final int MAX_ELEMENTS = 100_000;
    /** Largest rank of an input tensor. */
    public static final int MAX_RANK = 4;

    private Limits() {
    }
}
