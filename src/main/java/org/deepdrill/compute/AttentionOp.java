package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code attention}: scaled dot-product attention with one query per row,
 * <pre>
 *   S = β Q Kᵀ,  β = 1/√d by default     scores  n×m
 *   S_ij = −∞ where mask_ij = 0          (masked scores, shown as null)
 *   A = softmax(S) along each row        weights n×m
 *   O = A V                              output  n×dv
 * </pre>
 * Arguments: {@code q} n×d, {@code k} m×d, {@code v} m×dv; {@code scale}
 * ({@code "inv_sqrt_d"}, the default, or a number β); {@code mask} (optional:
 * {@code "causal"} = query i sees key j iff j ≤ i, which for n ≠ m is PyTorch's top-left
 * aligned {@code is_causal}, or an n×m array of 0/1 with 0 = blocked); {@code hard} (default
 * false; true replaces the softmax by the one-hot of each row's argmax, ties going to the
 * lowest index, as in sheet 003's "argmax attention").
 *
 * <p>A mask row that blocks every key is an error naming {@code mask}: PyTorch would return a
 * row of NaN, which no student answer can match. Likewise scores that overflow float64
 * (inputs near 1e154 and beyond) are an error naming {@code q} rather than ∞/NaN weights.
 */
final class AttentionOp implements Op {
    static final String NAME = "attention";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OpResult apply(Args args) {
        args.allowOnly("q", "k", "v", "scale", "mask", "hard");
        Tensor q = args.ofRank("q", 2, "an n×d matrix (one query per row)");
        int n = q.dim(0);
        int d = q.dim(1);
        Tensor k = args.ofRank("k", 2, "an m×d matrix (one key per row)");
        args.requireShape("k", k, "m×d, with as many columns as q (d = " + d + ")", -1, d);
        int m = k.dim(0);
        Tensor v = args.ofRank("v", 2, "an m×dv matrix (one value per row)");
        args.requireShape("v", v, "m×dv, with one row per key (m = " + m + ")", m, -1);
        Scale scale = Scale.read(args, d);
        boolean[][] allowed = AttentionMask.read(args, n, m, "n×m");
        boolean hard = args.bool("hard", false);

        AttentionCore.Stages st = AttentionCore.run(q, k, v, scale.beta(), allowed, hard);
        AttentionCore.requireFinite(args, "q", st.scaled(), "the scores β·QKᵀ");
        OpResult.Builder b = OpResult.builder();
        if (allowed == null) {
            b.result("scores", "S = " + scale.latex("QK^\\top"), st.scores());
        } else {
            b.step("unmasked_scores", "S = " + scale.latex("QK^\\top"), st.scaled());
            b.step("mask", "M", AttentionMask.toTensor(allowed));
            b.result("scores", "S_{ij} = -\\infty \\text{ where } M_{ij} = 0", st.scores());
        }
        b.result("weights", hard ? "A = \\mathrm{onehot}(\\mathrm{argmax}(S))" : "A = \\mathrm{softmax}(S)", st.weights());
        b.result("output", "O = AV", st.output());
        return b.build();
    }

    /** The factor β on QKᵀ and how a step shows it. */
    record Scale(double beta, boolean invSqrtD) {
        static Scale read(Args args, int d) {
            if (!args.has("scale")) {
                return new Scale(1.0 / Math.sqrt(d), true);
            }
            JsonNode raw = args.raw("scale");
            if (raw.isTextual() && raw.asText().equals("inv_sqrt_d")) {
                return new Scale(1.0 / Math.sqrt(d), true);
            }
            if (raw.isNumber()) {
                return new Scale(args.number("scale"), false);
            }
            throw args.error("scale", "must be \"inv_sqrt_d\" (1/√d) or a number β, got "
                    + (raw.isTextual() ? "the text \"" + raw.asText() + "\""
                    : raw.isBoolean() ? "a boolean" : raw.isArray() ? "an array" : "an object"));
        }

        /** {@code product/\sqrt{d}} or {@code \beta product}. */
        String latex(String product) {
            return invSqrtD ? product + "/\\sqrt{d}" : "\\beta " + product;
        }
    }
}
