package org.deepdrill.compute;

/**
 * Shared arithmetic of the counting ops: whole numbers read with a common range, and products
 * that stay exact. Counts are returned as float64 scalars, which hold every integer up to 2^53
 * exactly; a count beyond that is refused rather than rounded.
 */
final class CountArithmetic {
    /** Largest size, fan or channel count accepted (far above any real layer). */
    static final int MAX_SIZE = 1_000_000_000;
    /** Largest count a float64 holds exactly. */
    static final long MAX_EXACT = 1L << 53;

    private CountArithmetic() {
    }

    /** {@code a·b}, refused (naming {@code argument}) when it is not exact in float64. */
    static long times(Args args, String argument, long a, long b) {
        try {
            return exact(args, argument, Math.multiplyExact(a, b));
        } catch (ArithmeticException overflow) {
            throw tooLarge(args, argument);
        }
    }

    /** {@code a+b}, refused (naming {@code argument}) when it is not exact in float64. */
    static long plus(Args args, String argument, long a, long b) {
        try {
            return exact(args, argument, Math.addExact(a, b));
        } catch (ArithmeticException overflow) {
            throw tooLarge(args, argument);
        }
    }

    private static long exact(Args args, String argument, long value) {
        if (value > MAX_EXACT) {
            throw tooLarge(args, argument);
        }
        return value;
    }

    private static OpException tooLarge(Args args, String argument) {
        return args.error(argument, "makes the count exceed 2^53, the largest whole number a float64 holds exactly");
    }

    /**
     * Reads a whole number from entry {@code index} of a list argument, so the message names
     * the list, the entry and the key, e.g. {@code argument 'layers' entry 1: 'kernel' must be …}.
     */
    static int entryInteger(Args list, String listName, int index, Args entry, String key, int fallback, int min, int max) {
        try {
            return fallback == Integer.MIN_VALUE ? entry.integer(key, min, max) : entry.integer(key, fallback, min, max);
        } catch (OpException e) {
            throw list.error(listName, "entry " + index + ": " + problemOf(e));
        }
    }

    /** The message of {@code e} without its "op: " prefix, keeping the argument's name quoted. */
    static String problemOf(OpException e) {
        String m = e.getMessage();
        String prefix = e.op() + ": argument ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
