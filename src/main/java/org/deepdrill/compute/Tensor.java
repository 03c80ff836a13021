package org.deepdrill.compute;

import java.util.Arrays;

/**
 * An immutable float64 tensor in row-major order: the value type that crosses the compute
 * core's boundary, so that no other layer sees ND4J.
 *
 * <p>Rank 0 is a scalar, rank 1 a vector, rank 2 a matrix (rows first, as in PyTorch), rank 3
 * for stacks such as per-head weights. Entries may be {@code -Infinity} (masked attention
 * scores); they are written as JSON {@code null}.
 */
public final class Tensor {
    private final int[] shape;
    private final double[] data;

    private Tensor(int[] shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    /** A tensor of the given shape over a copy of {@code data} (row-major). */
    public static Tensor of(int[] shape, double[] data) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException(
                    "shape " + Arrays.toString(shape) + " needs " + n + " entries, got " + data.length);
        }
        return new Tensor(shape.clone(), data.clone());
    }

    public static Tensor scalar(double value) {
        return new Tensor(new int[0], new double[] {value});
    }

    public static Tensor vector(double... values) {
        return new Tensor(new int[] {values.length}, values.clone());
    }

    /** A matrix from rows, which must all have the same length. */
    public static Tensor matrix(double[][] rows) {
        int n = rows.length;
        int m = n == 0 ? 0 : rows[0].length;
        double[] data = new double[n * m];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != m) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " entries, expected " + m);
            }
            System.arraycopy(rows[i], 0, data, i * m, m);
        }
        return new Tensor(new int[] {n, m}, data);
    }

    /** An all-zero tensor of the given shape. */
    public static Tensor zeros(int... shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return new Tensor(shape.clone(), new double[(int) n]);
    }

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** Length of dimension {@code dim}; negative counts from the end as in PyTorch. */
    public int dim(int dim) {
        return shape[dim < 0 ? shape.length + dim : dim];
    }

    public int size() {
        return data.length;
    }

    /** A copy of the entries, row-major. */
    public double[] data() {
        return data.clone();
    }

    /** The entry at the given indices (as many as the rank). */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("rank " + shape.length + " tensor indexed with " + index.length + " indices");
        }
        int flat = 0;
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 || index[i] >= shape[i]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " outside " + Arrays.toString(shape));
            }
            flat = flat * shape[i] + index[i];
        }
        return data[flat];
    }

    /** The only entry of a scalar (or of any one-element tensor). */
    public double item() {
        if (data.length != 1) {
            throw new IllegalStateException("not a scalar: shape " + Arrays.toString(shape));
        }
        return data[0];
    }

    /** Rows of a matrix as a fresh 2-D array. */
    public double[][] toRows() {
        if (shape.length != 2) {
            throw new IllegalStateException("not a matrix: shape " + Arrays.toString(shape));
        }
        double[][] rows = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            System.arraycopy(data, i * shape[1], rows[i], 0, shape[1]);
        }
        return rows;
    }

    /** The same entries under another shape with as many entries. */
    public Tensor reshape(int... newShape) {
        return of(newShape, data);
    }

    public boolean sameShape(Tensor other) {
        return Arrays.equals(shape, other.shape);
    }

    /** Shape written the way a student reads it, e.g. {@code 4×2×3}; a scalar is {@code scalar}. */
    public String shapeText() {
        return shapeText(shape);
    }

    public static String shapeText(int[] shape) {
        if (shape.length == 0) {
            return "scalar";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append('×');
            }
            sb.append(shape[i]);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape) + Arrays.toString(data);
    }
}
