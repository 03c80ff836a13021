package org.deepdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deepdrill.grade.Key;
import org.junit.jupiter.api.Test;

/** Reading a {@code check} request into a key: the request's faults are named, never the student's. */
class CheckRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMalformedRequestIsTheRequestsFaultNotTheStudents() {
        JsonNode noKey = JSON.createObjectNode().put("kind", "number").put("answer", "1");
        GradeRequestException e = assertThrows(GradeRequestException.class, () -> CheckRequest.key(noKey));
        assertTrue(e.getMessage().contains("key"));
        JsonNode badKind = JSON.createObjectNode().put("kind", "essay").put("key", 1).put("answer", "1");
        assertTrue(assertThrows(GradeRequestException.class, () -> CheckRequest.key(badKind)).getMessage().contains("essay"));
        JsonNode noAnswer = JSON.createObjectNode().put("kind", "number").put("key", 1);
        assertTrue(assertThrows(GradeRequestException.class, () -> CheckRequest.typed(noAnswer)).getMessage().contains("answer"));
    }

    @Test
    void aRaggedMatrixKeyIsReportedInTheComputeCoresOwnWords() throws Exception {
        JsonNode ragged = JSON.readTree("{\"kind\": \"matrix\", \"key\": [[1, 2], [3]], \"answer\": \"1\"}");
        String message = assertThrows(GradeRequestException.class, () -> CheckRequest.key(ragged)).getMessage();
        assertTrue(message.startsWith("check: argument 'key' "), message);
    }

    @Test
    void aRowOrColumnKeyOfAVectorIsReadAsItsEntries() throws Exception {
        Key column = CheckRequest.key(JSON.readTree("{\"kind\": \"vector\", \"key\": [[1], [2], [3]], \"answer\": \"1\"}"));
        assertEquals(3, ((Key.Vector) column).value().size());
    }

    @Test
    void aMultiKeyWithoutPointsIsOutOfItsPositiveOptions() throws Exception {
        // +2 and +1.5 are the options worth ticking: 3.5 points in all
        Key multi = CheckRequest.key(JSON.readTree("{\"kind\": \"multi\", \"key\": [2, -2, 1.5], \"answer\": \"a\"}"));
        assertEquals(3.5, multi.points(), 1e-12);
    }
}
