package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code attention_mask}: the n×n 0/1 mask of an attention pattern (1 = query i may attend to
 * key j), the patterns of Longformer's figure 2 as drawn in sheet 001, plus GPT's causal mask.
 * With {@code r = ⌊w/2⌋} (each token sees w/2 tokens on each side):
 * <pre>
 *   full            M_ij = 1
 *   causal          M_ij = [j ≤ i]
 *   sliding         M_ij = [|i − j| ≤ r]
 *   dilated         M_ij = [|i − j| ≤ r·δ and δ divides i − j]
 *   global_sliding  M_ij = [|i − j| ≤ r or i ∈ G or j ∈ G]
 * </pre>
 * Arguments: {@code kind}; {@code n} (tokens); {@code window} w (sliding, dilated,
 * global_sliding); {@code dilation} δ (dilated); {@code global} G, token indices (global_sliding).
 * An argument the kind does not use (a {@code window} sent with {@code full}, say) is ignored,
 * as other tools comparing against the contract may send every argument; its value is still
 * checked when given. Result: {@code mask} n×n.
 *
 * <p>Dilated: the window keeps r positions on each side but spreads them δ apart (at distances
 * δ, 2δ, …, rδ), the "window with gaps" of the Longformer paper; one layer then reaches r·δ on
 * each side, so l layers see l·δ·w tokens, sheet 001's answer {@code dwl}. δ = 1 is the sliding
 * window.
 */
final class AttentionMaskOp implements Op {
    static final String NAME = "attention_mask";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OpResult apply(Args args) {
        args.allowOnly("kind", "n", "window", "dilation", "global");
        String kind = args.choice("kind", null, "full", "causal", "sliding", "dilated", "global_sliding");
        int n = args.integer("n", 1, Limits.MAX_DIM);
        boolean[][] mask;
        String label;
        switch (kind) {
            case "full" -> {
                mask = AttentionMask.full(n);
                label = "M_{ij} = 1";
            }
            case "causal" -> {
                mask = AttentionMask.causal(n, n);
                label = "M_{ij} = [\\,j \\le i\\,]";
            }
            case "sliding" -> {
                mask = AttentionMask.sliding(n, window(args));
                label = "M_{ij} = [\\,|i-j| \\le \\lfloor w/2 \\rfloor\\,]";
            }
            case "dilated" -> {
                int w = window(args);
                int dilation = args.integer("dilation", 1, Limits.MAX_DIM);
                mask = AttentionMask.dilated(n, w, dilation);
                label = "M_{ij} = [\\,|i-j| \\le \\lfloor w/2 \\rfloor \\delta \\text{ and } \\delta \\mid i-j\\,]";
            }
            default -> {
                int w = window(args);
                mask = AttentionMask.globalSliding(n, w, globals(args, n));
                label = "M_{ij} = [\\,|i-j| \\le \\lfloor w/2 \\rfloor \\text{ or } i \\in G \\text{ or } j \\in G\\,]";
            }
        }
        return OpResult.builder().result("mask", label, AttentionMask.toTensor(mask)).build();
    }

    private static int window(Args args) {
        // a window wider than 2n is already full attention; the cap only keeps the numbers small
        return args.integer("window", 1, 2 * Limits.MAX_DIM);
    }

    private static Set<Integer> globals(Args args, int n) {
        JsonNode list = args.array("global", Limits.MAX_DIM);
        Set<Integer> g = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            if (!v.isNumber() || v.doubleValue() != Math.rint(v.doubleValue()) || v.doubleValue() < 0 || v.doubleValue() >= n) {
                throw args.error("global", "entry " + i + " must be a token index from 0 to " + (n - 1) + " (n = " + n
                        + "), got " + (v.isNumber() ? v.asText() : v.isTextual() ? "the text \"" + v.asText() + "\"" : v.toString()));
            }
            g.add(v.intValue());
        }
        return g;
    }
}
