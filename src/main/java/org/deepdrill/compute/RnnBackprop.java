package org.deepdrill.compute;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Backpropagation through time for {@code rnn_bptt} (sheet 004, question 1).
 *
 * <p>Forward, for t = 1..T: {@code a_t = W x_t + U h_{t−1}}, {@code h_t = σ(a_t)},
 * {@code y_t = V h_t}, {@code L = Σ_t L_t} with {@code L_t = ‖z_t − y_t‖²}.
 *
 * <p>Backward. {@code h_t} influences L through {@code L_t} (via {@code y_t}) and through
 * {@code h_{t+1}} (via {@code a_{t+1}}), and nothing else, so the chain rule gives the recursion
 * <pre>
 *   ∇_{h_t} L = ∇_{h_t} L_t + (∂h_{t+1}/∂h_t)^T ∇_{h_{t+1}} L,           ∇_{h_{T+1}} L = 0
 *   ∇_{h_t} L_t = V^T e_t,            e_t = ∂L_t/∂y_t = 2 (y_t − z_t)
 *   ∂h_{t+1}/∂h_t = diag(σ'(a_{t+1})) U,   σ'(a) = σ(a)(1 − σ(a)) = h ⊙ (1 − h)
 * </pre>
 * so, with {@code δ_t = ∇_{a_t} L = h_t ⊙ (1 − h_t) ⊙ ∇_{h_t} L}:
 * <pre>   ∇_{h_t} L = V^T e_t + U^T δ_{t+1}          (computed for t = T, T−1, …, 1)</pre>
 * Each weight is shared by every step, so its gradient sums the contributions of the steps,
 * each an outer product of the local error with the local input:
 * <pre>
 *   ∇_W L = Σ_t δ_t x_t^T,   ∇_U L = Σ_t δ_t h_{t−1}^T,   ∇_V L = Σ_t e_t h_t^T.
 * </pre>
 * The code keeps time steps as rows (H is T×h, row t−1 = h_t^T), so these sums are the matrix
 * products Δ^T X, Δ^T H_{prev} and E^T H.
 */
final class RnnBackprop {
    private RnnBackprop() {
    }

    /** Runs the forward and backward passes; {@code h0} is a 1×h row, x T×i, z T×o. */
    static OpResult run(Args args, INDArray w, INDArray u, INDArray v, INDArray x, INDArray z, INDArray h0) {
        int steps = x.rows();
        int hidden = u.rows();
        OpResult.Builder b = OpResult.builder();

        // forward: states as rows; prev holds h_0..h_{T-1}
        INDArray states = Nd.zeros(steps, hidden);
        INDArray prev = Nd.zeros(steps, hidden);
        INDArray inputs = x.mmul(w.transpose());
        INDArray h = h0;
        for (int t = 0; t < steps; t++) {
            prev.putRow(t, h.reshape(hidden));
            h = Transforms.sigmoid(h.mmul(u.transpose()).addi(inputs.getRow(t, true)), true);
            states.putRow(t, h.reshape(hidden));
            b.step("h_" + (t + 1), "h_{" + (t + 1) + "} = \\sigma(W x_{" + (t + 1) + "} + U h_{" + t + "})",
                    Nd.tensor(h).reshape(hidden));
        }
        INDArray y = states.mmul(v.transpose());
        INDArray diff = y.sub(z);
        double loss = diff.mul(diff).sumNumber().doubleValue();
        b.step("y", "y_t = V h_t", Nd.tensor(y))
                .result("loss", "L = \\sum_t \\lVert z_t - y_t \\rVert^2", Tensor.scalar(loss));

        // backward: g_t = ∇_{h_t} L, delta_t = ∇_{a_t} L, both rows
        INDArray e = diff.mul(2.0);
        INDArray local = e.mmul(v); // row t-1: (V^T e_t)^T = ∇_{h_t} L_t
        INDArray sigmaPrime = states.mul(states.rsub(1.0));
        INDArray grads = Nd.zeros(steps, hidden);
        INDArray deltas = Nd.zeros(steps, hidden);
        INDArray later = Nd.zeros(1, hidden); // δ_{t+1}, zero after the last step
        for (int t = steps - 1; t >= 0; t--) {
            INDArray g = local.getRow(t, true).add(later.mmul(u));
            INDArray delta = g.mul(sigmaPrime.getRow(t, true));
            grads.putRow(t, g.reshape(hidden));
            deltas.putRow(t, delta.reshape(hidden));
            int s = t + 1;
            b.step("grad_h_" + s, s == steps
                    ? "\\nabla_{h_{" + s + "}} L = V^\\top 2(y_{" + s + "} - z_{" + s + "})"
                    : "\\nabla_{h_{" + s + "}} L = V^\\top 2(y_{" + s + "} - z_{" + s + "}) + U^\\top \\delta_{" + (s + 1) + "}",
                    Nd.tensor(g).reshape(hidden));
            later = delta;
        }
        Tensor gradH = Nd.tensor(grads);
        GraphOps.requireFinite(args, "x", gradH, "the gradients overflow float64: expected smaller inputs or weights");
        return b.step("delta", "\\delta_t = \\nabla_{h_t} L \\odot h_t \\odot (1 - h_t)", Nd.tensor(deltas))
                .result("grad_w", "\\nabla_W L = \\sum_t \\delta_t x_t^\\top", Nd.tensor(deltas.transpose().mmul(x)))
                .result("grad_u", "\\nabla_U L = \\sum_t \\delta_t h_{t-1}^\\top", Nd.tensor(deltas.transpose().mmul(prev)))
                .result("grad_v", "\\nabla_V L = \\sum_t 2(y_t - z_t) h_t^\\top", Nd.tensor(e.transpose().mmul(states)))
                .resultOnly("grad_h", gradH) // shown step by step above; last, as in the contract's order
                .build();
    }
}
