package org.deepdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four commands run in-process, as a user would pipe requests into them. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DeepDrillCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void computeAnswersOneRequestWithItsNamedResults() throws Exception {
        Run r = run("{\"op\": \"softmax\", \"args\": {\"x\": [0, 0]}}", "compute", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals("softmax", r.json().get("op").asText());
        assertEquals(0.5, r.json().at("/result/output/0").asDouble(), 1e-15);
        assertEquals("", r.err());
    }

    @Test
    void computeAnswersEveryRequestOfAnArrayEvenWhenOneFails() throws Exception {
        Run r = run("[{\"op\": \"softmax\", \"args\": {\"x\": [0, 0]}},"
                + " {\"op\": \"softmax\", \"args\": {}},"
                + " {\"op\": \"no_such_op\", \"args\": {}},"
                + " {\"op\": \"softmax\", \"args\": {\"x\": [1, 1, 1, 1]}}]", "compute");
        assertEquals(2, r.status());
        JsonNode a = r.json();
        assertEquals(4, a.size());
        assertTrue(a.get(0).has("result"));
        assertTrue(a.get(1).get("error").asText().contains("softmax: argument 'x' is missing"), a.get(1).toString());
        assertTrue(a.get(2).get("error").asText().contains("no_such_op"), a.get(2).toString());
        assertEquals(0.25, a.get(3).at("/result/output/2").asDouble(), 1e-15);
    }

    @Test
    void computeRejectsATensorOverTheSizeCapWithoutComputing() throws Exception {
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            big.append(i > 0 ? "," : "").append(i);
        }
        Run r = run("{\"op\": \"softmax\", \"args\": {\"x\": " + big + "]}}", "compute");
        assertEquals(2, r.status());
        assertTrue(r.json().get("error").asText().contains("over the limit of 256"), r.out());
    }

    @Test
    void computeWithStepsPrintsTheWorkedSolution() throws Exception {
        Run r = run("{\"op\": \"softmax\", \"args\": {\"x\": [0, 0], \"beta\": 2}}", "compute", "--steps");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.json().get("steps").size() >= 1);
        assertTrue(r.json().at("/steps/0/label").asText().contains("\\beta"));
    }

    @Test
    void computeRunsAComposedStepsProgram() throws Exception {
        // Q·Kᵀ for Q = [[1, 2]], K = [[3, 4], [5, 6]]: [1·3 + 2·4, 1·5 + 2·6] = [11, 17]
        Run r = run("{\"op\": \"steps\", \"args\": {\"inputs\": {\"Q\": [[1, 2]], \"K\": [[3, 4], [5, 6]]},"
                + " \"steps\": [{\"name\": \"KT\", \"op\": \"transpose\", \"args\": {\"x\": \"$K\"}},"
                + " {\"name\": \"S\", \"op\": \"matmul\", \"args\": {\"a\": \"$Q\", \"b\": \"$KT\"}, \"label\": \"S = QK^\\\\top\"}]}}",
                "compute");
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals(11.0, r.json().at("/result/S/0/0").asDouble());
        assertEquals(17.0, r.json().at("/result/S/0/1").asDouble());
    }

    @Test
    void inputThatIsNotJsonGetsALineAndColumnAndNoStackTrace() {
        Run r = run("{\"op\": \"softmax\",\n \"args\": {x: 1}}", "compute");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("line 2"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aMissingFileIsNamed() {
        Run r = run("", "compute", "/no/such/file.json");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no such file: /no/such/file.json"), r.err());
    }

    @Test
    void checkGradesAnArrayOfTypedAnswers() throws Exception {
        Run r = run("[{\"kind\": \"number\", \"key\": 0.8, \"answer\": \"\\\\frac{4}{5}\"},"
                + " {\"kind\": \"number\", \"key\": 0.8, \"answer\": \"0.9\"},"
                + " {\"kind\": \"matrix\", \"key\": [[1, 2], [3, 4]], \"answer\": \"1 2; 3 5\"},"
                + " {\"kind\": \"expression\", \"key\": \"4*h*d*D\", \"answer\": \"4hdD\", \"vars\": [\"h\", \"d\", \"D\"]},"
                + " {\"kind\": \"number\", \"key\": 0.8, \"answer\": \"4/\"}]", "check", "-");
        assertEquals(0, r.status(), r.err());
        JsonNode a = r.json();
        assertTrue(a.get(0).get("correct").asBoolean());
        assertEquals(1.0, a.get(0).get("score").asDouble());
        assertFalse(a.get(1).get("correct").asBoolean());
        assertFalse(a.get(2).get("correct").asBoolean());
        assertTrue(a.get(2).get("feedback").asText().contains("(2,2)"));
        assertTrue(a.get(3).get("correct").asBoolean());
        assertTrue(a.get(4).get("correct").isNull(), a.get(4).toString());
        assertEquals(0.0, a.get(4).get("score").asDouble());
    }

    @Test
    void checkReportsAMalformedRequestAndStillGradesTheOthers() throws Exception {
        Run r = run("[{\"kind\": \"number\", \"answer\": \"1\"}, {\"kind\": \"number\", \"key\": 1, \"answer\": \"1\"}]", "check");
        assertEquals(2, r.status());
        assertTrue(r.json().get(0).get("error").asText().contains("'key'"));
        assertTrue(r.json().get(1).get("correct").asBoolean());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"compute", "check", "validate", "answers"}) {
            Run r = run("", cmd, "--help");
            assertEquals(0, r.status(), cmd);
            assertTrue(r.out().contains("Usage: deepdrill " + cmd), r.out());
        }
    }

    @Test
    void validateAndAnswersWorkOnABankFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mini.json"), """
                {"id": "mini", "title": "Mini", "topic": "graphs", "questions": [
                  {"id": "mini-lap", "type": "matrix", "prompt": "Laplacian of the path 0-1?",
                   "source": {"seed": "000_5d93ba6ba0cd2eee.txt", "item": "Q7"},
                   "compute": {"op": "graph", "args": {"n": 2, "edges": [[0, 1]]}},
                   "answer": {"result": "laplacian"}},
                  {"id": "mini-mha", "type": "expression", "prompt": "Parameters?", "vars": ["h", "d", "D"],
                   "answer": {"expression": "4*h*d*D"}}
                ]}
                """);
        Run v = run("", "validate", dir.toString());
        assertEquals(0, v.status(), v.out() + v.err());
        Run a = run("", "answers", dir.toString());
        assertEquals(0, a.status(), a.err());
        String[] lines = a.out().strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode first = JSON.readTree(lines[0]);
        assertEquals("mini-lap", first.get("id").asText());
        assertEquals("Q7", first.at("/source/item").asText());
        // L = D − A of one edge: [[1, −1], [−1, 1]]
        assertEquals(-1.0, first.at("/answer/0/1").asDouble(), 1e-15);
        assertEquals(1.0, first.at("/answer/1/1").asDouble(), 1e-15);
        assertEquals("4*h*d*D", JSON.readTree(lines[1]).get("answer").asText());
    }

    @Test
    void validatePrintsEveryProblemWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bank = dir.resolve("broken.json");
        Files.writeString(bank, """
                {"id": "broken", "title": "Broken", "topic": "t", "questions": [
                  {"id": "q1", "type": "matrix", "prompt": "p",
                   "compute": {"op": "softmaxx", "args": {}}, "answer": {"result": "output"}},
                  {"id": "q2", "type": "choice", "prompt": "p", "options": [{"text": "a"}, {"text": "b"}]},
                  {"id": "q1", "type": "expression", "prompt": "p", "vars": ["x"], "answer": {"expression": "x"}}
                ]}
                """);
        Run v = run("", "validate", bank.toString());
        assertEquals(1, v.status());
        assertTrue(v.out().contains(bank + ":3:22: unknown op 'softmaxx'"), v.out());
        assertTrue(v.out().contains(bank + ":4:60: a choice question needs exactly one option"), v.out());
        assertTrue(v.out().contains(bank + ":5:10: question id 'q1' is used twice in this bank"), v.out());
    }
}
