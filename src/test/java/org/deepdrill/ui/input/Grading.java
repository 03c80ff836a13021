package org.deepdrill.ui.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.deepdrill.cli.CheckRequest;
import org.deepdrill.grade.Grader;
import org.deepdrill.grade.Verdict;

/** Sends what an input produced to the real grader, as the app will. */
final class Grading {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Grading() {
    }

    /**
     * @param keyJson the key as JSON text, e.g. {@code [[0.5]]} or {@code "4*h*d*D"}
     * @param extraJson further fields, e.g. {@code "vars": ["h"]}, or ""
     */
    static Verdict grade(String kind, String keyJson, String answer, String extraJson) {
        try {
            ObjectNode request = (ObjectNode) JSON.readTree("{\"kind\": \"" + kind + "\", \"key\": " + keyJson
                    + (extraJson.isEmpty() ? "" : ", " + extraJson) + "}");
            request.put("answer", answer);
            return Grader.grade(CheckRequest.key(request), CheckRequest.typed(request));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static boolean isRight(String kind, String keyJson, String answer, String extraJson) {
        return Boolean.TRUE.equals(grade(kind, keyJson, answer, extraJson).correct());
    }
}
