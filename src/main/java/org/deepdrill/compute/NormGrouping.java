package org.deepdrill.compute;

/**
 * Which entries of an N×C×L tensor share one mean and variance under a normalization kind.
 * Every kind is "average over some axes": this record maps each (n, c) pair to the index of its
 * statistic (the l axis is always averaged over), so one loop serves batch, layer, instance and
 * group norm alike.
 *
 * @param kind     batch, layer, instance or group
 * @param n        batch size N
 * @param c        channels C
 * @param l        length L (1 for an N×C input)
 * @param groups   G for group norm (must divide C), unused otherwise
 * @param shape    shape of the statistics: C, N, N×C or N×G
 */
record NormGrouping(String kind, int n, int c, int l, int groups, int[] shape) {

    static NormGrouping of(String kind, int n, int c, int l, int groups) {
        int[] shape = switch (kind) {
            case "batch" -> new int[] {c};
            case "layer" -> new int[] {n};
            case "instance" -> new int[] {n, c};
            case "group" -> new int[] {n, groups};
            default -> throw new IllegalArgumentException("unknown norm kind " + kind);
        };
        return new NormGrouping(kind, n, c, l, groups, shape);
    }

    /** Number of statistics (entries of {@link #shape()}). */
    int statistics() {
        int s = 1;
        for (int d : shape) {
            s *= d;
        }
        return s;
    }

    /** Index (row-major in {@link #shape()}) of the statistic that sample {@code i}, channel {@code j} belongs to. */
    int index(int i, int j) {
        return switch (kind) {
            case "batch" -> j;
            case "layer" -> i;
            case "instance" -> i * c + j;
            default -> i * groups + j / (c / groups);
        };
    }

    /** How many entries of x each statistic averages over. */
    int count() {
        return switch (kind) {
            case "batch" -> n * l;
            case "layer" -> c * l;
            case "instance" -> l;
            default -> (c / groups) * l;
        };
    }

    /** The set averaged over, as LaTeX for the step labels, e.g. {@code n,l} for batch norm. */
    String overLatex() {
        return switch (kind) {
            case "batch" -> "n,l";
            case "layer" -> "c,l";
            case "instance" -> "l";
            default -> "c \\in g,\\, l";
        };
    }

    /** The subscript that identifies one statistic, e.g. {@code c} for batch norm. */
    String subscriptLatex() {
        return switch (kind) {
            case "batch" -> "c";
            case "layer" -> "n";
            case "instance" -> "nc";
            default -> "ng";
        };
    }

    /** The count as LaTeX, e.g. {@code NL}. */
    String countLatex() {
        return switch (kind) {
            case "batch" -> "NL";
            case "layer" -> "CL";
            case "instance" -> "L";
            default -> "(C/G)L";
        };
    }
}
