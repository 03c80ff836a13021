package org.deepdrill.compute;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The bridge between {@link Tensor} and ND4J. Every array the core creates goes through here,
 * so float64 is guaranteed: ND4J's default is float32, and mixing the two throws.
 */
final class Nd {
    static {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    private Nd() {
    }

    /** Loads ND4J's natives now, so a later first op is fast. */
    static void warmUp() {
        Nd4j.create(new double[] {1, 2}, new long[] {1, 2}, DataType.DOUBLE).mmul(Nd4j.ones(DataType.DOUBLE, 2, 1));
    }

    /** A float64 ND4J array with the tensor's shape and a copy of its entries. */
    static INDArray of(Tensor t) {
        long[] shape = new long[t.rank()];
        int[] s = t.shape();
        for (int i = 0; i < s.length; i++) {
            shape[i] = s[i];
        }
        if (shape.length == 0) {
            return Nd4j.scalar(t.item());
        }
        return Nd4j.create(t.data(), shape, 'c').castTo(DataType.DOUBLE);
    }

    /** A float64 ND4J matrix from rows. */
    static INDArray of(double[][] rows) {
        return Nd4j.createFromArray(rows).castTo(DataType.DOUBLE);
    }

    /** A float64 ND4J vector. */
    static INDArray vec(double... values) {
        return Nd4j.createFromArray(values).castTo(DataType.DOUBLE);
    }

    /** The n×n identity in float64. */
    static INDArray eye(int n) {
        return Nd4j.eye(n).castTo(DataType.DOUBLE);
    }

    /** An all-zero float64 array. */
    static INDArray zeros(long... shape) {
        return Nd4j.zeros(DataType.DOUBLE, shape);
    }

    /** An all-one float64 array. */
    static INDArray ones(long... shape) {
        return Nd4j.ones(DataType.DOUBLE, shape);
    }

    /** A tensor with the array's shape and entries (read in row-major order). */
    static Tensor tensor(INDArray a) {
        INDArray d = a.dataType() == DataType.DOUBLE ? a : a.castTo(DataType.DOUBLE);
        long[] ls = d.shape();
        int[] shape = new int[ls.length];
        for (int i = 0; i < ls.length; i++) {
            shape[i] = (int) ls[i];
        }
        double[] data = d.dup('c').data().asDouble();
        if (data.length != d.length()) {
            // a view's buffer can be longer than the view; dup('c') makes it exact, but guard anyway
            data = java.util.Arrays.copyOf(data, (int) d.length());
        }
        return Tensor.of(shape, data);
    }
}
