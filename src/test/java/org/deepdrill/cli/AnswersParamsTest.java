package org.deepdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** answers --seed N prints the drawn numbers beside each key, so a variant is checked without the app. */
class AnswersParamsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path bank(Path dir) throws Exception {
        return Files.writeString(dir.resolve("drill.json"), """
                {"id": "drill", "title": "Drill", "topic": "t", "questions": [
                  {"id": "d.laplacian", "type": "matrix", "prompt": "Give L for the edges {{edges}}.",
                   "compute": {"op": "graph", "args": {"n": 4, "edges": [[0, 1], [1, 2], [2, 3]]}},
                   "params": {"edges": {"at": "/args/edges", "edges": [3, 5]}},
                   "answer": {"result": "laplacian"}},
                  {"id": "d.fixed", "type": "number", "prompt": "Give 2 + 3.",
                   "compute": {"op": "add", "args": {"a": 2, "b": 3}}, "answer": {"result": "result"}}]}
                """);
    }

    @Test
    void theDrawnEdgesArePrintedAndTheKeyIsTheLaplacianOfThoseEdges(@TempDir Path dir) throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("", "answers", bank(dir).toString(), "--seed", "7");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().strip().split("\\R");
        JsonNode drawn = JSON.readTree(lines[0]);
        // L = D − A, built here from the printed edges
        double[][] l = new double[4][4];
        for (JsonNode e : drawn.at("/params/edges")) {
            int a = e.get(0).asInt();
            int b = e.get(1).asInt();
            l[a][b] -= 1;
            l[b][a] -= 1;
            l[a][a] += 1;
            l[b][b] += 1;
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(l[i][j], drawn.at("/answer/" + i + "/" + j).asDouble(), 1e-12, "L[" + i + "][" + j + "]");
            }
        }
        assertFalse(JSON.readTree(lines[1]).has("params"), "a question with nothing drawn has no params");
    }

    @Test
    void withoutASeedTheSheetsNumbersAreUsedAndNoParamsArePrinted(@TempDir Path dir) throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("", "answers", bank(dir).toString());
        assertEquals(0, r.status(), r.err());
        JsonNode first = JSON.readTree(r.out().strip().split("\\R")[0]);
        assertFalse(first.has("params"));
        // the path 0−1−2−3: degrees 1, 2, 2, 1
        assertEquals("[[1.0,-1.0,0.0,0.0],[-1.0,2.0,-1.0,0.0],[0.0,-1.0,2.0,-1.0],[0.0,0.0,-1.0,1.0]]", first.get("answer").toString());
    }
}
