package org.deepdrill.compute;

/** Test helper: a tensor written as the nested JSON arrays the ops read (full float64 precision). */
final class BlockJson {
    private BlockJson() {
    }

    static String of(Tensor t) {
        StringBuilder sb = new StringBuilder();
        write(sb, t.shape(), t.data(), 0, new int[] {0});
        return sb.toString();
    }

    private static void write(StringBuilder sb, int[] shape, double[] data, int depth, int[] pos) {
        if (depth == shape.length) {
            // Double.toString round-trips exactly
            sb.append(Double.toString(data[pos[0]++]));
            return;
        }
        sb.append('[');
        for (int i = 0; i < shape[depth]; i++) {
            if (i > 0) {
                sb.append(',');
            }
            write(sb, shape, data, depth + 1, pos);
        }
        sb.append(']');
    }
}
