package org.deepdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.deepdrill.compute.OpRegistry;
import org.junit.jupiter.api.Test;

class ParamsTest {
    private final Variants variants = new Variants(new KeyComputer(OpRegistry.standard()));

    /** Loads a one-question bank from text; single quotes keep the sources readable. */
    static Question question(String questionJson) {
        String text = "{'id': 't', 'title': 'T', 'topic': 't', 'questions': [" + questionJson + "]}";
        BankLoader.Result r = new BankLoader().parse(Path.of("t.json"), text.replace('\'', '"'));
        assertTrue(r.issues().isEmpty(), r.issues().toString());
        return r.bank().orElseThrow().questions().get(0);
    }

    private static final String PATH_LAPLACIAN = "{'id': 'p', 'type': 'matrix', 'prompt': 'Edges {{edges}}, features $X = {{x}}$',"
            + " 'compute': {'op': 'laplacian_apply', 'args': {'n': 4, 'edges': [[0, 1], [1, 2], [2, 3]], 'features': [[1], [2], [3], [4]]}},"
            + " 'answer': {'result': 'output'},"
            + " 'params': {'edges': {'at': '/args/edges', 'edges': [2, 5]}, 'x': {'at': '/args/features', 'ints': [-3, 3]}}}";

    @Test
    void theDefaultInstanceKeepsTheSheetsNumbersAndShowsThemInThePrompt() throws Exception {
        Variants.Instance i = variants.instance(question(PATH_LAPLACIAN), null);
        assertEquals("Edges (0, 1), (1, 2), (2, 3), features $X = \\begin{bmatrix}1 \\\\ 2 \\\\ 3 \\\\ 4\\end{bmatrix}$",
                i.question().prompt());
        // L·X on the path 0-1-2-3 with X = (1, 2, 3, 4): interior nodes 2x_i − x_{i−1} − x_{i+1} = 0,
        // endpoints 1 − 2 = −1 and 4 − 3 = 1 (hand-worked, sheet 001's "linearly increasing features")
        assertEquals("[[-1.0],[0.0],[0.0],[1.0]]", i.key().typedForm());
    }

    @Test
    void theSameSeedDrawsTheSameInstanceAndAnotherSeedADifferentOne() throws Exception {
        Question q = question(PATH_LAPLACIAN);
        JsonNode a = variants.instance(q, 7L).question().compute();
        JsonNode b = variants.instance(q, 7L).question().compute();
        assertEquals(a, b);
        Set<JsonNode> seen = new HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            seen.add(variants.instance(q, seed).question().compute());
        }
        assertTrue(seen.size() >= 8, "ten seeds gave only " + seen.size() + " different instances");
    }

    @Test
    void drawnValuesStayInTheirRangesAndKeepTheDefaultsShape() throws Exception {
        Question q = question(PATH_LAPLACIAN);
        for (long seed = 1; seed <= 50; seed++) {
            JsonNode args = variants.instance(q, seed).question().compute().get("args");
            JsonNode x = args.get("features");
            assertEquals(4, x.size());
            for (JsonNode row : x) {
                assertEquals(1, row.size());
                assertTrue(row.get(0).asInt() >= -3 && row.get(0).asInt() <= 3, x.toString());
            }
            JsonNode edges = args.get("edges");
            assertTrue(edges.size() >= 2 && edges.size() <= 5, edges.toString());
            Set<String> pairs = new HashSet<>();
            for (JsonNode e : edges) {
                int u = e.get(0).asInt();
                int v = e.get(1).asInt();
                assertNotEquals(u, v, "a self-loop in " + edges);
                assertTrue(pairs.add(Math.min(u, v) + "-" + Math.max(u, v)), "a repeated edge in " + edges);
            }
        }
    }

    /** relu of a 2-vector x drawn with integer entries in {@code range}. */
    private static Question reluOfAVectorIn(String range) {
        return question("{'id': 'z', 'type': 'vector', 'prompt': 'x = {{x}}',"
                + " 'compute': {'op': 'relu', 'args': {'x': [1, 1]}}, 'answer': {'result': 'result'},"
                + " 'params': {'x': {'at': '/args/x', 'ints': " + range + "}}}");
    }

    @Test
    void anArrayIsNeverDrawnAllZeros() throws Exception {
        // entries from {0, 1}: a 2-vector is all zeros in a quarter of plain draws
        Question q = reluOfAVectorIn("[0, 1]");
        for (long seed = 1; seed <= 60; seed++) {
            JsonNode x = variants.instance(q, seed).question().compute().get("args").get("x");
            assertTrue(x.get(0).asInt() != 0 || x.get(1).asInt() != 0, "seed " + seed + " drew " + x);
        }
    }

    @Test
    void aRangeOfOnlyZeroStillDrawsZeros() throws Exception {
        assertEquals("[0,0]", variants.instance(reluOfAVectorIn("[0, 0]"), 3L).question().compute().get("args").get("x").toString());
    }

    @Test
    void aDrawWhereAMistakeEqualsTheKeyIsDrawnAgain() throws Exception {
        // the transposed-answer mistake equals the key whenever the drawn 2×2 matrix is symmetric;
        // with entries in {0, 1} that happens for a quarter of the draws, so some seeds must redraw
        Question q = question("{'id': 's', 'type': 'matrix', 'prompt': 'X^T?', 'compute': {'op': 'transpose', 'args': {'x': [[1, 2], [3, 4]]}},"
                + " 'answer': {'result': 'result'}, 'params': {'x': {'at': '/args/x', 'ints': [0, 1]}},"
                + " 'mistakes': [{'name': 'untransposed', 'transform': 'transpose', 'feedback': 'That is X itself.'}]}");
        for (long seed = 1; seed <= 40; seed++) {
            JsonNode x = variants.instance(q, seed).question().compute().at("/args/x");
            assertNotEquals(x.get(0).get(1), x.get(1).get(0), "seed " + seed + " kept a symmetric draw " + x);
        }
    }

    @Test
    void aPlaceholderThatIsNotAParameterIsReportedAtThePrompt() {
        Question q = question("{'id': 'u', 'type': 'number', 'prompt': 'softmax of {{y}}', 'compute': {'op': 'softmax', 'args': {'x': [1, 2]}},"
                + " 'answer': {'result': 'output', 'index': [0]}, 'params': {'x': {'at': '/args/x', 'ints': [0, 3]}}}");
        KeyException e = assertThrows(KeyException.class, () -> variants.instance(q, 1L));
        assertEquals("/questions/0/prompt", e.pointer());
        assertTrue(e.getMessage().contains("'{{y}}' is not a parameter"), e.getMessage());
    }

    @Test
    void aParameterPointingNowhereIsReportedAtItsAt() {
        Question q = question("{'id': 'n', 'type': 'number', 'prompt': 'p', 'compute': {'op': 'softmax', 'args': {'x': [1, 2]}},"
                + " 'answer': {'result': 'output', 'index': [0]}, 'params': {'x': {'at': '/args/z', 'ints': [0, 3]}}}");
        KeyException e = assertThrows(KeyException.class, () -> variants.instance(q, null));
        assertEquals("/questions/0/params/x/at", e.pointer());
        assertEquals("'/args/z' is not a place in this question's compute", e.getMessage());
    }
}
