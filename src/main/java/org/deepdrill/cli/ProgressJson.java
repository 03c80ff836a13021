package org.deepdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.deepdrill.study.Attempt;
import org.deepdrill.study.ExamScore;
import org.deepdrill.study.ReviewState;

/**
 * Progress as the {@code progress} command writes and reads it:
 * <pre>
 * {"attempts": [{"question": "lap-000-q7", "at": "2026-03-12T08:30:00.000Z", "seed": null,
 *                "answer": "4/5", "score": 2.0, "points": 2.0, "correct": true}, …],
 *  "reviews":  [{"question": …, "stability": …, "difficulty": …, "last_review": "…Z", "due": "…Z",
 *                "reps": …, "lapses": …}, …],
 *  "exams":    []}
 * </pre>
 * Times are ISO-8601 in UTC, to the millisecond as the progress file keeps them. The review
 * states are there to be read (by a student, a script, another scheduler); an import rebuilds
 * them from the attempts instead, so they always agree with the attempts they came from.
 * {@code exams} is empty: this version has no exam mode.
 */
final class ProgressJson {
    private static final DateTimeFormatter UTC_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ProgressJson() {
    }

    /** A problem with the input, already phrased for the user, naming the field. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** What an import reads: the attempts, and how many exam sittings it could not take. */
    record Contents(List<Attempt> attempts, int examsSkipped) {
    }

    static ObjectNode write(List<Attempt> attempts, List<ReviewState> reviews, List<ExamScore> exams) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode a = root.putArray("attempts");
        for (Attempt t : attempts) {
            ObjectNode o = a.addObject();
            o.put("question", t.questionId());
            o.put("at", time(t.at()));
            if (t.seed() == null) {
                o.putNull("seed");
            } else {
                o.put("seed", t.seed());
            }
            o.put("answer", t.answer());
            o.put("score", t.score());
            o.put("points", t.points());
            o.put("correct", t.correct());
        }
        ArrayNode r = root.putArray("reviews");
        for (ReviewState s : reviews) {
            ObjectNode o = r.addObject();
            o.put("question", s.questionId());
            o.put("stability", s.memory().stability());
            o.put("difficulty", s.memory().difficulty());
            o.put("last_review", time(s.lastReview()));
            o.put("due", time(s.due()));
            o.put("reps", s.reps());
            o.put("lapses", s.lapses());
        }
        ArrayNode e = root.putArray("exams");
        for (ExamScore x : exams) {
            ObjectNode o = e.addObject();
            o.put("at", time(x.at()));
            o.put("exam", x.exam());
            o.put("score", x.score());
            o.put("points", x.points());
        }
        return root;
    }

    static String time(Instant t) {
        return UTC_MILLIS.format(t);
    }

    /** Reads an export; every attempt must be well formed, or nothing is read. */
    static Contents read(JsonNode root) throws Malformed {
        if (!root.isObject()) {
            throw new Malformed("expected an object {\"attempts\": […], \"reviews\": […], \"exams\": […]}, found "
                    + kind(root));
        }
        JsonNode attempts = root.get("attempts");
        if (attempts == null || !attempts.isArray()) {
            throw new Malformed("\"attempts\" is " + (attempts == null ? "missing" : kind(attempts))
                    + ": expected an array of attempts");
        }
        for (String other : List.of("reviews", "exams")) {
            JsonNode n = root.get(other);
            if (n != null && !n.isArray()) {
                throw new Malformed("\"" + other + "\" is " + kind(n) + ": expected an array");
            }
        }
        List<Attempt> read = new ArrayList<>(attempts.size());
        for (int i = 0; i < attempts.size(); i++) {
            read.add(attempt(attempts.get(i), "attempts[" + i + "]"));
        }
        JsonNode exams = root.get("exams");
        return new Contents(read, exams == null ? 0 : exams.size());
    }

    private static Attempt attempt(JsonNode a, String where) throws Malformed {
        if (!a.isObject()) {
            throw new Malformed(where + " is " + kind(a) + ": expected an object {\"question\", \"at\", \"seed\","
                    + " \"answer\", \"score\", \"points\", \"correct\"}");
        }
        JsonNode question = required(a, "question", where);
        if (!question.isTextual() || question.asText().isBlank()) {
            throw new Malformed(where + ".question is " + kind(question) + ": expected a question id");
        }
        Instant at = at(required(a, "at", where), where + ".at");
        Long seed = null;
        JsonNode s = a.get("seed");
        if (s != null && !s.isNull()) {
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                throw new Malformed(where + ".seed is " + kind(s) + ": expected a whole number or null");
            }
            seed = s.asLong();
        }
        String answer = null;
        JsonNode t = a.get("answer");
        if (t != null && !t.isNull()) {
            if (!t.isTextual()) {
                throw new Malformed(where + ".answer is " + kind(t) + ": expected the answer as typed, a string");
            }
            answer = t.asText();
        }
        double score = number(required(a, "score", where), where + ".score");
        double points = number(required(a, "points", where), where + ".points");
        if (points <= 0) {
            throw new Malformed(where + ".points is " + a.get("points") + ": expected the question's points, above 0");
        }
        JsonNode correct = required(a, "correct", where);
        if (!correct.isBoolean()) {
            throw new Malformed(where + ".correct is " + kind(correct) + ": expected true or false");
        }
        return new Attempt(question.asText(), at, seed, answer, score, points, correct.asBoolean());
    }

    private static JsonNode required(JsonNode o, String field, String where) throws Malformed {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            throw new Malformed(where + " has no \"" + field + "\"");
        }
        return n;
    }

    private static Instant at(JsonNode n, String where) throws Malformed {
        if (n.isTextual()) {
            try {
                return OffsetDateTime.parse(n.asText()).toInstant(); // Attempt keeps the millisecond
            } catch (DateTimeParseException e) {
                // said below
            }
        }
        throw new Malformed(where + " is " + kind(n) + ": expected a time in ISO-8601 with its zone,"
                + " such as \"2026-03-12T08:30:00.000Z\"");
    }

    private static double number(JsonNode n, String where) throws Malformed {
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw new Malformed(where + " is " + kind(n) + ": expected a number");
        }
        return n.asDouble();
    }

    /** A JSON value as a message shows it: short values as written, long ones by their kind. */
    private static String kind(JsonNode n) {
        String text = n.toString();
        if (text.length() <= 40) {
            return text;
        }
        return n.isObject() ? "an object" : n.isArray() ? "an array" : n.isTextual() ? "a long string" : "a value";
    }
}
