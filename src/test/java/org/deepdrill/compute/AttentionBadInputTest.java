package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Every bad request to the attention ops is an {@link OpException} naming the op, the argument and what was expected. */
class AttentionBadInputTest {
    private static final String KV = "'k': [[1,2,0],[0,3,4],[5,0,0],[0,0,1]], 'v': [[2,0,1],[1,4,3],[0,-1,4],[1,0,-1]]";
    private static final String QKV = "'q': [[1,1,2],[0,1,0]], " + KV;

    // ---- attention -----------------------------------------------------------------------

    @Test
    void missingQueriesAreNamed() {
        assertFails("attention", "{" + KV + "}", "attention:", "'q'", "missing", "n×d matrix");
    }

    @Test
    void keysWithAnotherDimensionThanTheQueriesAreRefused() {
        assertFails("attention", "{'q': [[1,1,2]], 'k': [[1,2],[0,3]], 'v': [[1],[2]]}",
                "attention:", "'k'", "d = 3", "got 2×2");
    }

    @Test
    void valuesWithAnotherRowCountThanTheKeysAreRefused() {
        assertFails("attention", "{'q': [[1,1,2]], 'k': [[1,2,0],[0,3,4]], 'v': [[1],[2],[3]]}",
                "attention:", "'v'", "one row per key (m = 2)", "got 3×1");
    }

    @Test
    void aVectorQueryIsRefusedAsNotAMatrix() {
        assertFails("attention", "{'q': [1,1,2], " + KV + "}", "attention:", "'q'", "n×d matrix", "got shape 3");
    }

    @Test
    void maskOfTheWrongShapeIsRefused() {
        assertFails("attention", "{" + QKV + ", 'mask': [[1,1,1],[1,1,1]]}",
                "attention:", "'mask'", "n×m array of 0/1 (0 = blocked) (2×4)", "got 2×3");
    }

    @Test
    void maskEntriesOtherThanZeroAndOneAreRefused() {
        assertFails("attention", "{" + QKV + ", 'mask': [[1,1,1,1],[1,0.5,1,1]]}",
                "attention:", "'mask'", "0.5 at [1][1]", "expected 0 (blocked) or 1 (allowed)");
    }

    @Test
    void maskTextOtherThanCausalIsRefused() {
        assertFails("attention", "{" + QKV + ", 'mask': 'upper'}", "attention:", "'mask'", "\"causal\" or an n×m array (2×4)", "\"upper\"");
        assertFails("attention", "{" + QKV + ", 'mask': true}", "attention:", "'mask'", "\"causal\" or an n×m array (2×4)", "a boolean");
    }

    @Test
    void maskRowBlockingEveryKeyIsRefusedRatherThanGivingNaN() {
        assertFails("attention", "{" + QKV + ", 'mask': [[1,0,0,0],[0,0,0,0]]}",
                "attention:", "'mask'", "row 1 blocks every key");
    }

    @Test
    void notANumberEntryIsRefused() {
        // JSON has no NaN literal, but a request built in code (or read leniently) can carry one
        ObjectNode args = (ObjectNode) json("{" + QKV + "}");
        ((ArrayNode) args.get("q").get(1)).set(2, args.numberNode(Double.NaN));
        OpException e = assertThrows(OpException.class, () -> OpRegistry.standard().run("attention", args));
        assertEquals("q", e.argument());
        assertTrue(e.getMessage().startsWith("attention: argument 'q' has a non-finite number at [1][2]"), e.getMessage());
    }

    @Test
    void textEntryIsRefusedWithItsPosition() {
        assertFails("attention", "{'q': [[1,'NaN',2]], " + KV + "}", "attention:", "'q'", "[0][1]", "expected a number");
    }

    @Test
    void dimensionOverTheLimitIsRefused() {
        String rows = String.join(",", Collections.nCopies(257, "[1]"));
        assertFails("attention", "{'q': [[1]], 'k': [" + rows + "], 'v': [" + rows + "]}",
                "attention:", "'k'", "length 257", "limit of 256");
    }

    @Test
    void scoresThatOverflowAreRefusedRatherThanGivingNaN() {
        // 1e200 · 1e200 = 1e400 > 1.8e308: +∞, and softmax of ∞ is ∞/∞ = NaN
        assertFails("attention", "{'q': [[1e200]], 'k': [[1e200],[1]], 'v': [[1],[2]]}", "attention:", "'q'", "too large", "overflows");
    }

    @Test
    void projectionThatOverflowsIsRefused() {
        // Q = x·wq = 1e200 · 1e200 overflows
        assertFails("multi_head_attention", "{'x': [[1e200]], 'wq': [[[1e200]]], 'wk': [[[1]]], 'wv': [[[1]]], 'wo': [[1]]}",
                "multi_head_attention:", "'wq'", "head 0's queries", "overflows");
    }

    @Test
    void outputProjectionThatOverflowsIsRefused() {
        // one token, so A = [[1]] and head = x·wv = 1e300; times wo = 1e300 overflows
        assertFails("multi_head_attention", "{'x': [[1]], 'wq': [[[1]]], 'wk': [[[1]]], 'wv': [[[1e300]]], 'wo': [[1e300]]}",
                "multi_head_attention:", "'wo'", "the output HW^O", "overflows");
    }

    @Test
    void scaleThatIsNeitherANumberNorInvSqrtDIsRefused() {
        assertFails("attention", "{" + QKV + ", 'scale': 'sqrt_d'}", "attention:", "'scale'", "\"inv_sqrt_d\"", "a number β");
        assertFails("attention", "{" + QKV + ", 'scale': true}", "attention:", "'scale'", "a boolean");
    }

    @Test
    void hardThatIsNotABooleanIsRefused() {
        assertFails("attention", "{" + QKV + ", 'hard': 1}", "attention:", "'hard'", "true or false");
    }

    @Test
    void unknownArgumentIsRefused() {
        assertFails("attention", "{" + QKV + ", 'masks': 'causal'}", "attention:", "'masks'", "q, k, v, scale, mask, hard");
    }

    // ---- multi_head_attention --------------------------------------------------------------

    private static final String HEADS = "'x': [[1,0],[0,1]], 'wq': [[[1],[0]], [[0],[1]]], 'wk': [[[1],[0]], [[0],[1]]],"
            + " 'wv': [[[1],[2]], [[3],[1]]]";

    @Test
    void missingOutputProjectionIsNamed() {
        assertFails("multi_head_attention", "{" + HEADS + "}", "multi_head_attention:", "'wo'", "missing", "(h·d)×D");
    }

    @Test
    void outputProjectionOfTheWrongShapeIsRefused() {
        assertFails("multi_head_attention", "{" + HEADS + ", 'wo': [[1,0]]}",
                "multi_head_attention:", "'wo'", "(h·d)×D = 2×2", "got 1×2");
    }

    @Test
    void keyProjectionsUnlikeTheQueryProjectionsAreRefused() {
        assertFails("multi_head_attention", "{'x': [[1,0],[0,1]], 'wq': [[[1],[0]]], 'wk': [[[1,0],[0,1]]],"
                + " 'wv': [[[1],[0]]], 'wo': [[1,0]]}", "multi_head_attention:", "'wk'", "h×D×d like wq (1×2×1)", "got 1×2×2");
    }

    @Test
    void queryProjectionWhoseRowsDoNotMatchTheInputWidthIsRefused() {
        assertFails("multi_head_attention", "{'x': [[1,0,0]], 'wq': [[[1],[0]]], 'wk': [[[1],[0]]],"
                + " 'wv': [[[1],[0]]], 'wo': [[1,0,0]]}", "multi_head_attention:", "'wq'", "D = 3", "got 1×2×1");
    }

    @Test
    void projectionGivenAsAMatrixIsRefusedAsNotHByDByD() {
        assertFails("multi_head_attention", "{'x': [[1,0]], 'wq': [[1],[0]], 'wk': [[[1],[0]]],"
                + " 'wv': [[[1],[0]]], 'wo': [[1,0]]}", "multi_head_attention:", "'wq'", "h×D×d", "got shape 2×1");
    }

    @Test
    void maskOfTheWrongShapeForSelfAttentionIsRefused() {
        assertFails("multi_head_attention", "{" + HEADS + ", 'wo': [[1,0],[0,1]], 'mask': [[1,1,1],[1,1,1]]}",
                "multi_head_attention:", "'mask'", "n×n array of 0/1 (0 = blocked) (2×2)", "got 2×3");
    }

    @Test
    void tooManyHeadsTimesTokensSquaredIsRefused() {
        // 256 heads of D = d = 1 over 32 tokens: 256·32·32 = 262144 weights, over 100000
        String w = "[" + String.join(",", Collections.nCopies(256, "[[1]]")) + "]";
        String x = "[" + String.join(",", Collections.nCopies(32, "[1]")) + "]";
        String wo = "[" + String.join(",", Collections.nCopies(256, "[1]")) + "]";
        assertFails("multi_head_attention", "{'x': " + x + ", 'wq': " + w + ", 'wk': " + w + ", 'wv': " + w + ", 'wo': " + wo + "}",
                "multi_head_attention:", "'x'", "256 heads", "limit of 100000");
    }

    // ---- attention_mask --------------------------------------------------------------------

    @Test
    void unknownKindIsRefusedWithTheKindsListed() {
        assertFails("attention_mask", "{'kind': 'strided', 'n': 4}",
                "attention_mask:", "'kind'", "full, causal, sliding, dilated, global_sliding", "\"strided\"");
    }

    @Test
    void slidingWithoutAWindowIsRefused() {
        assertFails("attention_mask", "{'kind': 'sliding', 'n': 4}", "attention_mask:", "'window'", "missing");
    }

    @Test
    void dilatedWithoutADilationIsRefused() {
        assertFails("attention_mask", "{'kind': 'dilated', 'n': 4, 'window': 2}", "attention_mask:", "'dilation'", "missing");
    }

    @Test
    void globalSlidingWithoutGlobalTokensIsRefused() {
        assertFails("attention_mask", "{'kind': 'global_sliding', 'n': 4, 'window': 2}", "attention_mask:", "'global'", "missing");
    }

    @Test
    void globalIndexOutOfRangeIsRefused() {
        assertFails("attention_mask", "{'kind': 'global_sliding', 'n': 4, 'window': 2, 'global': [1, 4]}",
                "attention_mask:", "'global'", "entry 1", "token index from 0 to 3", "got 4");
    }

    @Test
    void anArgumentTheKindDoesNotUseIsIgnored() {
        // a caller that always sends every argument gets the kind's own mask
        assertEquals(16.0, sum(ComputeAssertions.run("attention_mask", "{'kind': 'full', 'n': 4, 'window': 2}").get("mask")));
        // sliding with w = 2 over 4 tokens: the diagonal (4) and both neighbours (3 + 3) = 10 ones
        assertEquals(10.0, sum(ComputeAssertions.run("attention_mask", "{'kind': 'sliding', 'n': 4, 'window': 2, 'dilation': 2}").get("mask")));
    }

    private static double sum(Tensor t) {
        double s = 0;
        for (double x : t.data()) {
            s += x;
        }
        return s;
    }

    @Test
    void tokenCountOverTheLimitIsRefused() {
        assertFails("attention_mask", "{'kind': 'full', 'n': 257}", "attention_mask:", "'n'", "from 1 to 256", "got 257");
    }

    @Test
    void windowOfZeroIsRefused() {
        assertFails("attention_mask", "{'kind': 'sliding', 'n': 4, 'window': 0}", "attention_mask:", "'window'", "from 1 to", "got 0");
    }
}
