package org.deepdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code check} with {@code "partial": "entries"}: the score of a partly right matrix, and its entry count. */
class CheckPartialCreditTest {
    private static final String LAPLACIAN = "[[2,0,-1,0,-1],[0,2,-1,0,-1],[-1,-1,3,-1,0],[0,0,-1,1,0],[-1,-1,0,0,2]]";

    private static JsonNode check(String request) throws Exception {
        return check(request, 0);
    }

    private static JsonNode check(String request, int expectedStatus) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = DeepDrillCommand.run(new String[] {"check", "-"},
                new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(expectedStatus, status);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLaplacianWithEightWrongSignsScoresSixAndAHalfOfTen() throws Exception {
        // 17 of 25 right: 10 · 17/25 = 6.8, rounded down to the half point
        JsonNode r = check("{\"kind\": \"matrix\", \"key\": " + LAPLACIAN + ", \"points\": 10, \"partial\": \"entries\","
                + " \"answer\": \"[[2,0,1,0,1],[0,2,1,0,1],[1,1,3,1,0],[0,0,1,1,0],[-1,-1,0,0,2]]\"}");
        assertEquals(false, r.get("correct").asBoolean());
        assertEquals(6.5, r.get("score").asDouble(), 1e-12);
        assertEquals(17, r.get("entries_right").asInt());
        assertEquals(25, r.get("entries").asInt());
        assertTrue(r.get("feedback").asText().startsWith("17 of 25 entries right: score 6.5 of 10."), r.get("feedback").asText());
    }

    @Test
    void aWholePointStepRoundsDownFurther() throws Exception {
        JsonNode r = check("{\"kind\": \"matrix\", \"key\": " + LAPLACIAN + ", \"points\": 10, \"partial\": \"entries\", \"point_step\": 1,"
                + " \"answer\": \"[[2,0,1,0,1],[0,2,1,0,1],[1,1,3,1,0],[0,0,1,1,0],[-1,-1,0,0,2]]\"}");
        assertEquals(6.0, r.get("score").asDouble(), 1e-12);
    }

    @Test
    void withoutPartialTheSameAnswerScoresNothing() throws Exception {
        JsonNode r = check("{\"kind\": \"matrix\", \"key\": " + LAPLACIAN + ", \"points\": 10,"
                + " \"answer\": \"[[2,0,1,0,1],[0,2,1,0,1],[1,1,3,1,0],[0,0,1,1,0],[-1,-1,0,0,2]]\"}");
        assertEquals(0.0, r.get("score").asDouble(), 1e-12);
        assertTrue(r.path("entries").isMissingNode());
    }

    @Test
    void anUnknownPartialRuleIsTheRequestsFaultAndExitsTwo() throws Exception {
        JsonNode r = check("{\"kind\": \"matrix\", \"key\": [[1,2]], \"partial\": \"cells\", \"answer\": \"[[1,2]]\"}", 2);
        assertTrue(r.get("error").asText().contains("partial"), r.toString());
    }
}
