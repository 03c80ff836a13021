package org.deepdrill.compute;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The array kernels behind the building blocks, on plain row-major {@link Tensor}s: NumPy
 * broadcasting, reductions along one axis, transposes, concatenation and slicing. Products of
 * matrices go through ND4J (float64). Arguments are checked by the callers; these methods
 * assume consistent shapes.
 */
final class BlockTensors {
    private BlockTensors() {
    }

    // ---- broadcasting --------------------------------------------------------------------------

    /**
     * The NumPy/PyTorch broadcast shape of {@code a} and {@code b}: shapes are aligned on their
     * last axis, and each pair of lengths must be equal or contain a 1. Null when incompatible.
     */
    static int[] broadcastShape(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            int db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                return null;
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** {@code f(a, b)} entry by entry after broadcasting both to {@code shape}. */
    static Tensor broadcast(Tensor a, Tensor b, int[] shape, DoubleBinaryOperator f) {
        int size = count(shape);
        int[] sa = broadcastStrides(a.shape(), shape);
        int[] sb = broadcastStrides(b.shape(), shape);
        double[] da = a.data();
        double[] db = b.data();
        double[] out = new double[size];
        int[] index = new int[shape.length];
        for (int flat = 0; flat < size; flat++) {
            int ia = 0;
            int ib = 0;
            for (int k = 0; k < shape.length; k++) {
                ia += index[k] * sa[k];
                ib += index[k] * sb[k];
            }
            out[flat] = f.applyAsDouble(da[ia], db[ib]);
            increment(index, shape);
        }
        return Tensor.of(shape, out);
    }

    /** Strides of {@code shape} read as {@code target} (0 along broadcast axes). */
    private static int[] broadcastStrides(int[] shape, int[] target) {
        int[] strides = new int[target.length];
        int stride = 1;
        for (int i = target.length - 1; i >= 0; i--) {
            int j = i - (target.length - shape.length);
            if (j < 0) {
                continue;
            }
            strides[i] = shape[j] == 1 ? 0 : stride;
            stride *= shape[j];
        }
        return strides;
    }

    private static void increment(int[] index, int[] shape) {
        for (int k = shape.length - 1; k >= 0; k--) {
            if (++index[k] < shape[k]) {
                return;
            }
            index[k] = 0;
        }
    }

    static int count(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    // ---- reductions -----------------------------------------------------------------------------

    /** Reduces along one axis; {@link Reducer} sees the values of each slice in order. */
    interface Reducer {
        double reduce(double[] values);
    }

    /** Applies {@code r} to every slice of {@code x} along {@code dim} (non-negative); the axis is removed. */
    static Tensor reduce(Tensor x, int dim, Reducer r) {
        int[] shape = x.shape();
        int outer = count(Arrays.copyOfRange(shape, 0, dim));
        int len = shape[dim];
        int inner = count(Arrays.copyOfRange(shape, dim + 1, shape.length));
        double[] data = x.data();
        double[] out = new double[outer * inner];
        double[] slice = new double[len];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                for (int k = 0; k < len; k++) {
                    slice[k] = data[(o * len + k) * inner + i];
                }
                out[o * inner + i] = r.reduce(slice);
            }
        }
        int[] outShape = new int[shape.length - 1];
        System.arraycopy(shape, 0, outShape, 0, dim);
        System.arraycopy(shape, dim + 1, outShape, dim, shape.length - dim - 1);
        return Tensor.of(outShape, out);
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    static double mean(double[] v) {
        return sum(v) / v.length;
    }

    /** Two-pass variance: Σ(x − mean)² / (n − 1 if unbiased else n). */
    static double variance(double[] v, boolean unbiased) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (unbiased ? v.length - 1 : v.length);
    }

    static double max(double[] v) {
        double m = v[0];
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** Index of the largest value; ties go to the lowest index (as torch.argmax documents). */
    static double argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    // ---- shapes ---------------------------------------------------------------------------------

    /** Swaps the last two axes (a matrix's transpose, or each matrix of a stack). */
    static Tensor transposeLastTwo(Tensor x) {
        int[] shape = x.shape();
        int r = shape.length;
        int rows = shape[r - 2];
        int cols = shape[r - 1];
        int batch = count(Arrays.copyOfRange(shape, 0, r - 2));
        double[] data = x.data();
        double[] out = new double[data.length];
        for (int b = 0; b < batch; b++) {
            int base = b * rows * cols;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    out[base + j * rows + i] = data[base + i * cols + j];
                }
            }
        }
        int[] outShape = shape.clone();
        outShape[r - 2] = cols;
        outShape[r - 1] = rows;
        return Tensor.of(outShape, out);
    }

    /** Joins tensors of equal shape except along {@code dim} (non-negative). */
    static Tensor concat(Tensor[] parts, int dim) {
        int[] shape = parts[0].shape();
        int outer = count(Arrays.copyOfRange(shape, 0, dim));
        int inner = count(Arrays.copyOfRange(shape, dim + 1, shape.length));
        int total = 0;
        for (Tensor p : parts) {
            total += p.dim(dim);
        }
        double[][] data = new double[parts.length][];
        for (int k = 0; k < parts.length; k++) {
            data[k] = parts[k].data();
        }
        double[] out = new double[outer * total * inner];
        int pos = 0;
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < parts.length; k++) {
                int block = parts[k].dim(dim) * inner;
                System.arraycopy(data[k], o * block, out, pos, block);
                pos += block;
            }
        }
        int[] outShape = shape.clone();
        outShape[dim] = total;
        return Tensor.of(outShape, out);
    }

    /** Entries {@code start ≤ i < end} along {@code dim} (non-negative, bounds already clamped). */
    static Tensor slice(Tensor x, int dim, int start, int end) {
        int[] shape = x.shape();
        int outer = count(Arrays.copyOfRange(shape, 0, dim));
        int len = shape[dim];
        int inner = count(Arrays.copyOfRange(shape, dim + 1, shape.length));
        int kept = Math.max(0, end - start);
        double[] data = x.data();
        double[] out = new double[outer * kept * inner];
        for (int o = 0; o < outer; o++) {
            System.arraycopy(data, (o * len + start) * inner, out, o * kept * inner, kept * inner);
        }
        int[] outShape = shape.clone();
        outShape[dim] = kept;
        return Tensor.of(outShape, out);
    }

    // ---- products -------------------------------------------------------------------------------

    /** The product of two matrices through ND4J, in float64. */
    static Tensor mmul(Tensor a, Tensor b) {
        INDArray product = Nd.of(a).mmul(Nd.of(b));
        return Nd.tensor(product);
    }

    /** Matrix {@code i} of a stack whose trailing two axes are {@code rows×cols} (broadcast index). */
    static Tensor matrixAt(Tensor stack, int i, int rows, int cols) {
        double[] block = Arrays.copyOfRange(stack.data(), i * rows * cols, (i + 1) * rows * cols);
        return Tensor.of(new int[] {rows, cols}, block);
    }

    /** M^p for a square matrix and p ≥ 0 by repeated squaring (M^0 = I). */
    static Tensor matrixPower(Tensor m, int p) {
        int n = m.dim(0);
        double[] eye = new double[n * n];
        for (int i = 0; i < n; i++) {
            eye[i * n + i] = 1;
        }
        Tensor result = Tensor.of(new int[] {n, n}, eye);
        Tensor base = m;
        boolean first = true;
        while (p > 0) {
            if ((p & 1) == 1) {
                // I·M is M exactly; skipping it keeps M^1 bit-identical to M
                result = first ? base : mmul(result, base);
                first = false;
            }
            p >>= 1;
            if (p > 0) {
                base = mmul(base, base);
            }
        }
        return result;
    }
}
