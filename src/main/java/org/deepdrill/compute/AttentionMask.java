package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Attention masks: which key j a query i may attend to ({@code allowed[i][j]}), read from the
 * {@code mask} argument of {@code attention} / {@code multi_head_attention}, and the patterns
 * of {@code attention_mask} (Longformer's figure 2, reproduced in sheet 001).
 *
 * <p>Every pattern is a rule on the offset {@code i − j}; with {@code r = ⌊w/2⌋} (the tokens a
 * query sees on each side):
 * <ul>
 *   <li>full: always allowed;</li>
 *   <li>causal: {@code j ≤ i} (a query never sees a later token);</li>
 *   <li>sliding: {@code |i − j| ≤ r};</li>
 *   <li>dilated: {@code |i − j| ≤ r·δ} and {@code δ | (i − j)}: the sliding window with gaps,
 *       seeing the r tokens at distances δ, 2δ, …, rδ on each side, so one layer reaches r·δ
 *       on each side and l layers have the receptive field l·δ·w of sheet 001 (and of the
 *       Longformer paper); δ = 1 is the sliding window;</li>
 *   <li>global_sliding: the sliding window, plus every row and every column of a global index
 *       all allowed (a global token sees everything and everything sees it).</li>
 * </ul>
 */
final class AttentionMask {
    private AttentionMask() {
    }

    /** The rule for {@code attention_mask}'s kinds, as n×n allowed-flags. */
    static boolean[][] full(int n) {
        boolean[][] m = new boolean[n][n];
        for (boolean[] row : m) {
            java.util.Arrays.fill(row, true);
        }
        return m;
    }

    /**
     * Causal mask for n queries and m keys: query i sees key j iff {@code j ≤ i}. For n ≠ m this
     * is the top-left aligned lower triangle, exactly PyTorch's
     * {@code scaled_dot_product_attention(is_causal=True)} ({@code ones(n, m).tril()}).
     */
    static boolean[][] causal(int n, int m) {
        boolean[][] a = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m && j <= i; j++) {
                a[i][j] = true;
            }
        }
        return a;
    }

    /** Sliding window of width w: {@code |i − j| ≤ ⌊w/2⌋}. */
    static boolean[][] sliding(int n, int window) {
        return dilated(n, window, 1);
    }

    /** Dilated sliding window: {@code |i − j| ≤ ⌊w/2⌋·δ} and {@code (i − j)} a multiple of δ. */
    static boolean[][] dilated(int n, int window, int dilation) {
        long reach = (long) (window / 2) * dilation;
        boolean[][] a = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int offset = Math.abs(i - j);
                a[i][j] = offset <= reach && offset % dilation == 0;
            }
        }
        return a;
    }

    /** Sliding window plus global tokens, whose rows and columns are all allowed. */
    static boolean[][] globalSliding(int n, int window, Set<Integer> global) {
        boolean[][] a = sliding(n, window);
        for (int g : global) {
            for (int t = 0; t < n; t++) {
                a[g][t] = true;
                a[t][g] = true;
            }
        }
        return a;
    }

    /**
     * Reads the optional {@code mask} argument for n queries and m keys: absent → null (nothing
     * blocked), {@code "causal"} → {@link #causal}, or an n×m array of 0/1 (0 = blocked).
     *
     * @param shapeWord {@code "n×m"} or {@code "n×n"}, how error messages name the expected shape
     *
     * <p>A row that blocks every key is refused: its softmax is 0/0 (PyTorch returns a row of
     * NaN), which is no answer a student could compare with.
     */
    static boolean[][] read(Args args, int n, int m, String shapeWord) {
        if (!args.has("mask")) {
            return null;
        }
        String expected = "\"causal\" or an " + shapeWord + " array (" + n + "×" + m + ") of 0/1 (0 = blocked)";
        JsonNode raw = args.raw("mask");
        boolean[][] allowed;
        if (raw.isTextual()) {
            if (!raw.asText().equals("causal")) {
                throw args.error("mask", "must be " + expected + ", got the text \"" + raw.asText() + "\"");
            }
            allowed = causal(n, m);
        } else if (raw.isArray()) {
            allowed = fromArray(args, args.parseTensor("mask", raw), n, m, shapeWord);
        } else {
            throw args.error("mask", "must be " + expected + ", got " + (raw.isBoolean() ? "a boolean" : raw.isObject() ? "an object" : "a number"));
        }
        for (int i = 0; i < n; i++) {
            if (!any(allowed[i])) {
                throw args.error("mask", "is unusable: row " + i + " blocks every key, but each query must be allowed"
                        + " at least one key (a softmax over nothing but −∞ is NaN)");
            }
        }
        return allowed;
    }

    private static boolean[][] fromArray(Args args, Tensor t, int n, int m, String shapeWord) {
        args.requireShape("mask", t, "an " + shapeWord + " array of 0/1 (0 = blocked)", n, m);
        boolean[][] allowed = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double x = t.get(i, j);
                if (x != 0.0 && x != 1.0) {
                    throw args.error("mask", "has " + x + " at [" + i + "][" + j + "]: expected 0 (blocked) or 1 (allowed)");
                }
                allowed[i][j] = x == 1.0;
            }
        }
        return allowed;
    }

    private static boolean any(boolean[] row) {
        for (boolean b : row) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** The flags as an n×m tensor of 0/1. */
    static Tensor toTensor(boolean[][] allowed) {
        int n = allowed.length;
        int m = n == 0 ? 0 : allowed[0].length;
        double[] data = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                data[i * m + j] = allowed[i][j] ? 1.0 : 0.0;
            }
        }
        return Tensor.of(new int[] {n, m}, data);
    }
}
