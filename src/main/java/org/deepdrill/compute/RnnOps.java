package org.deepdrill.compute;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The recurrent ops: {@code rnn} (a forward pass), {@code rnn_bptt} (loss and gradients of a
 * sigmoid RNN by backpropagation through time) and {@code linear_rnn_kernel} (the convolution
 * kernel of a linear RNN). Sequences have one time step per row, as in PyTorch with
 * {@code batch_first}; a hidden state is a vector, and the matrices act on column vectors
 * ({@code W_hh h}), so with states as rows the code multiplies by transposes.
 */
public final class RnnOps implements OpFamily {
    @Override
    public List<Op> ops() {
        return List.of(new RnnOp(), new RnnBpttOp(), new LinearRnnKernelOp());
    }

    /**
     * {@code rnn}: with {@code w_hh} (h×h), {@code w_xh} (h×i), {@code b} (optional, h; default
     * 0), {@code x} (T×i, one input per row; a vector of length T when i = 1), {@code h0}
     * (optional, h; default 0), {@code activation} ({@code identity}, {@code tanh} the default as
     * in {@code torch.nn.RNN}, {@code sigmoid}, {@code relu}) and {@code w_hy} (optional, o×h):
     * <pre>
     *   h_t = act(W_hh h_{t−1} + W_xh x_t + b),   t = 1..T
     *   y_t = W_hy h_t
     * </pre>
     * Returns {@code states} (T×h, row t−1 is h_t; h0 itself is not repeated) and, when
     * {@code w_hy} is given, {@code outputs} (T×o). One worked step per time step.
     */
    static final class RnnOp implements Op {
        @Override
        public String name() {
            return "rnn";
        }

        @Override
        public OpResult apply(Args args) {
            args.allowOnly("w_hh", "w_xh", "b", "x", "h0", "activation", "w_hy");
            Tensor whh = args.matrix("w_hh");
            int hidden = whh.dim(0);
            args.requireShape("w_hh", whh, "square (h×h)", hidden, hidden);
            Tensor wxh = args.matrix("w_xh");
            args.requireShape("w_xh", wxh, "h×i with h = " + hidden + ", the size of w_hh", hidden, -1);
            Tensor x = sequence(args, "x", wxh.dim(1), "the columns of w_xh");
            INDArray b = args.has("b") ? Nd.of(stateVector(args, "b", hidden)).reshape(1, hidden) : Nd.zeros(1, hidden);
            INDArray h = initialState(args, hidden);
            RnnActivation act = RnnActivation.read(args, "activation", RnnActivation.TANH);
            Tensor why = null;
            if (args.has("w_hy")) {
                why = args.matrix("w_hy");
                args.requireShape("w_hy", why, "o×h with h = " + hidden, -1, hidden);
            }

            int steps = x.dim(0);
            INDArray inputs = Nd.of(x).mmul(Nd.of(wxh).transpose()); // row t: (W_xh x_t)^T
            INDArray whhT = Nd.of(whh).transpose();
            INDArray states = Nd.zeros(steps, hidden);
            OpResult.Builder result = OpResult.builder();
            String bias = args.has("b") ? " + b" : "";
            for (int t = 0; t < steps; t++) {
                INDArray a = h.mmul(whhT).addi(inputs.getRow(t, true)).addi(b);
                h = act.apply(a);
                states.putRow(t, h.reshape(hidden));
                result.step("h_" + (t + 1), "h_{" + (t + 1) + "} = "
                        + act.latex("W_{hh} h_{" + t + "} + W_{xh} x_{" + (t + 1) + "}" + bias), Nd.tensor(h).reshape(hidden));
            }
            Tensor statesT = Nd.tensor(states);
            GraphOps.requireFinite(args, "w_hh", statesT, "the states overflow float64: expected smaller weights or fewer steps");
            result.resultOnly("states", statesT);
            if (why != null) {
                result.result("outputs", "y_t = W_{hy} h_t", Nd.tensor(states.mmul(Nd.of(why).transpose())));
            }
            return result.build();
        }
    }

    /**
     * {@code rnn_bptt}: loss and gradients of the RNN
     * <pre>
     *   a_t = W x_t + U h_{t−1},  h_t = σ(a_t),  y_t = V h_t,  L = Σ_t ‖z_t − y_t‖²
     * </pre>
     * (σ the logistic sigmoid) for {@code w} (h×i), {@code u} (h×h), {@code v} (o×h),
     * {@code x} (T×i), {@code z} (T×o; vectors of length T are read as T×1 when i or o is 1) and
     * {@code h0} (optional, default 0). Returns {@code loss}, {@code grad_w}, {@code grad_u},
     * {@code grad_v} and {@code grad_h} (T×h, row t−1 = ∇_{h_t} L, the total gradient through
     * every later step). The derivation is in {@link RnnBackprop}.
     */
    static final class RnnBpttOp implements Op {
        @Override
        public String name() {
            return "rnn_bptt";
        }

        @Override
        public OpResult apply(Args args) {
            args.allowOnly("w", "u", "v", "x", "z", "h0");
            Tensor u = args.matrix("u");
            int hidden = u.dim(0);
            args.requireShape("u", u, "square (h×h)", hidden, hidden);
            Tensor w = args.matrix("w");
            args.requireShape("w", w, "h×i with h = " + hidden + ", the size of u", hidden, -1);
            Tensor v = args.matrix("v");
            args.requireShape("v", v, "o×h with h = " + hidden + ", the size of u", -1, hidden);
            Tensor x = sequence(args, "x", w.dim(1), "the columns of w");
            Tensor z = sequence(args, "z", v.dim(0), "the rows of v");
            if (z.dim(0) != x.dim(0)) {
                throw args.error("z", "has " + z.dim(0) + " time steps: expected one target per input (T = " + x.dim(0) + ")");
            }
            INDArray h0 = initialState(args, hidden);
            return RnnBackprop.run(args, Nd.of(w), Nd.of(u), Nd.of(v), Nd.of(x), Nd.of(z), h0);
        }
    }

    /**
     * {@code linear_rnn_kernel}: the linear RNN {@code s_t = W s_{t−1} + U x_t}, {@code y_t = C s_t}
     * with scalar inputs and {@code s_{−1} = 0} (so {@code s_0 = U x_0}) unrolls to
     * <pre>  y_t = Σ_{k=0..t} C W^{t−k} U x_k,</pre>
     * a convolution of the inputs with {@code kernel} = [C W^t U, …, C W U, C U] (length t+1,
     * the weight of the oldest input first). Arguments: {@code w} (h×h), {@code u} and {@code c}
     * (vectors of length h; an h×1 or 1×h matrix is accepted too), {@code t} (0..255).
     */
    static final class LinearRnnKernelOp implements Op {
        @Override
        public String name() {
            return "linear_rnn_kernel";
        }

        @Override
        public OpResult apply(Args args) {
            args.allowOnly("w", "u", "c", "t");
            Tensor w = args.matrix("w");
            int hidden = w.dim(0);
            args.requireShape("w", w, "square (h×h)", hidden, hidden);
            INDArray u = Nd.of(stateVector(args, "u", hidden)).reshape(hidden, 1);
            INDArray c = Nd.of(stateVector(args, "c", hidden)).reshape(1, hidden);
            int t = args.integer("t", 0, Limits.MAX_DIM - 1);
            INDArray wm = Nd.of(w);
            // powers[k] = W^{t-k} U, filled from the newest input (k = t, W^0 U = U) backwards
            INDArray powers = Nd.zeros(t + 1, hidden);
            INDArray p = u;
            for (int k = t; k >= 0; k--) {
                powers.putRow(k, p.reshape(hidden));
                p = wm.mmul(p);
            }
            Tensor kernel = Nd.tensor(powers.mmul(c.transpose())).reshape(t + 1);
            GraphOps.requireFinite(args, "t", kernel, "C W^t U overflow float64: expected a smaller t");
            return OpResult.builder()
                    .step("powers", "W^{" + t + "-k} U,\\ k = 0, \\dots, " + t, Nd.tensor(powers))
                    .result("kernel", "K_{" + t + "} = [C W^{" + t + "} U, \\dots, C W U, C U]", kernel)
                    .build();
        }
    }

    /**
     * A sequence argument with one time step per row and {@code width} columns; when
     * {@code width} is 1 a flat vector of length T is read as T×1 (a scalar input per step).
     */
    static Tensor sequence(Args args, String name, int width, String widthMeaning) {
        Tensor s = args.tensor(name);
        if (s.rank() == 1 && width == 1) {
            return s.reshape(s.dim(0), 1);
        }
        if (s.rank() != 2 || s.dim(1) != width) {
            throw args.error(name, "must be a T×" + width + " matrix (one time step per row, " + width + " = "
                    + widthMeaning + (width == 1 ? "; or a vector of length T" : "") + "), got shape " + s.shapeText());
        }
        return s;
    }

    /** A vector of length {@code size}; an n×1 or 1×n matrix is accepted as the same vector. */
    static Tensor stateVector(Args args, String name, int size) {
        Tensor s = args.tensor(name);
        boolean column = s.rank() == 2 && (s.dim(0) == 1 || s.dim(1) == 1);
        if ((s.rank() == 1 || column) && s.size() == size) {
            return s.reshape(size);
        }
        throw args.error(name, "must be a vector of length " + size + " (the hidden size h), got shape " + s.shapeText());
    }

    /** {@code h0} as a 1×h row (default zeros, as PyTorch's default initial state). */
    static INDArray initialState(Args args, int hidden) {
        return args.has("h0") ? Nd.of(stateVector(args, "h0", hidden)).reshape(1, hidden) : Nd.zeros(1, hidden);
    }
}
