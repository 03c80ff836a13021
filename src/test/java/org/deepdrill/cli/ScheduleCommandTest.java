package org.deepdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deepdrill.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code schedule}, run in-process as a user or a checking script would pipe histories into it. */
class ScheduleCommandTest {
    /** fsrs.md's worked history. */
    private static final String WORKED = """
            {"reviews": [{"at": "2026-03-12T08:30:00Z", "rating": 3}, {"at": "2026-03-14T09:00:00Z", "rating": 3},
                         {"at": "2026-03-20T07:00:00Z", "rating": 1}, {"at": "2026-03-20T19:00:00Z", "rating": 4}]}""";

    @TempDir
    Path dir;

    private static Run run(String stdin, String... args) {
        return CommandLineTest.run(stdin, args);
    }

    @Test
    void oneHistoryPrintsOneArrayWithTheStateAfterEachReviewAsOnThePage() throws Exception {
        Run r = run(WORKED, "schedule", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        JsonNode states = r.json();
        assertTrue(states.isArray());
        assertEquals(4, states.size());
        String[][] page = {
            {"2.3065", "2.11810397", "3", "2026-03-15T08:30:00Z"},
            {"10.96433194", "2.11121424", "11", "2026-03-25T09:00:00Z"},
            {"1.44937202", "7.39223814", "1", "2026-03-21T07:00:00Z"},
            {"1.44937202", "6.50607402", "4", "2026-03-24T19:00:00Z"}};
        for (int i = 0; i < 4; i++) {
            JsonNode s = states.get(i);
            assertEquals(Double.parseDouble(page[i][0]), s.get("stability").asDouble(), 1e-12);
            assertEquals(Double.parseDouble(page[i][1]), s.get("difficulty").asDouble(), 1e-12);
            assertEquals(Integer.parseInt(page[i][2]), s.get("interval_days").asInt());
            assertTrue(s.get("interval_days").isIntegralNumber());
            assertEquals(page[i][3], s.get("due").asText());
            assertEquals(4, s.size(), s.toString());
        }
    }

    @Test
    void anArrayOfHistoriesPrintsAnArrayOfArraysInTheSameOrderFromAFile() throws Exception {
        Path file = dir.resolve("histories.json");
        Files.writeString(file, "[" + WORKED + ", {\"reviews\": []},"
                + " {\"reviews\": [{\"at\": \"2026-03-12T08:30:00.250999Z\", \"rating\": 2}]}]");
        Run r = run("", "schedule", file.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode out = r.json();
        assertEquals(3, out.size());
        assertEquals(4, out.get(0).size());
        assertEquals(0, out.get(1).size()); // no reviews, no states
        // a first Hard: S = w[1], interval 2 days, to the millisecond (finer digits are dropped)
        assertEquals(1.2931, out.get(2).get(0).get("stability").asDouble(), 1e-12);
        assertEquals("2026-03-14T08:30:00.250Z", out.get(2).get(0).get("due").asText());
    }

    @Test
    void aTimeWithAnOffsetCountsItsUtcDate() throws Exception {
        // 23:30 at −01:00 is 00:30 UTC the next day: t = 1, not 0
        Run r = run("{\"reviews\": [{\"at\": \"2026-03-12T08:30:00Z\", \"rating\": 3},"
                + " {\"at\": \"2026-03-12T23:30:00-01:00\", \"rating\": 3}]}", "schedule");
        assertEquals(0, r.status(), r.err());
        // r = round8((1 + 0.98034649·1/2.3065)^−0.1542) = 0.9468475; S = round8(2.3065 · (1 + e^1.8722
        // · (11 − 2.11810397) · 2.3065^−0.1666 · (e^((1−r)·0.796) − 1))) = 7.31530068: 7 days from 00:30 UTC
        assertEquals(7.31530068, r.json().get(1).get("stability").asDouble(), 1e-12);
        assertEquals("2026-03-20T00:30:00Z", r.json().get(1).get("due").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rating 7 | {\"at\": \"2026-03-14T09:00:00Z\", \"rating\": 7} | review [1]: rating 7 is outside 1-4",
        "rating 0 | {\"at\": \"2026-03-14T09:00:00Z\", \"rating\": 0} | review [1]: rating 0 is outside 1-4",
        "rating 2.5 | {\"at\": \"2026-03-14T09:00:00Z\", \"rating\": 2.5} | review [1]: rating 2.5 is not a whole number",
        "rating as text | {\"at\": \"2026-03-14T09:00:00Z\", \"rating\": \"3\"} | review [1]: rating \"3\" is not a whole number",
        "no rating | {\"at\": \"2026-03-14T09:00:00Z\"} | review [1] has no \"rating\"",
        "no time | {\"rating\": 3} | review [1] has no \"at\"",
        "unreadable time | {\"at\": \"2026-03-32T09:00:00Z\", \"rating\": 3} | review [1]: \"at\" \"2026-03-32T09:00:00Z\" is not a readable time",
        "time without zone | {\"at\": \"2026-03-14T09:00:00\", \"rating\": 3} | review [1]: \"at\" \"2026-03-14T09:00:00\" is not a readable time",
        "time going backwards | {\"at\": \"2026-03-12T08:29:59Z\", \"rating\": 3} | review [1]: time goes backwards",
        "not an object | 3 | review [1] is not an object"})
    void aMalformedReviewIsRejectedWithItsHistoryAndIndex(String name, String second, String message) throws Exception {
        String history = "{\"reviews\": [{\"at\": \"2026-03-12T08:30:00Z\", \"rating\": 3}, " + second + "]}";
        Run r = run(history, "schedule", "-");
        assertEquals(2, r.status());
        String expected = "schedule: the history, " + message;
        assertTrue(r.err().startsWith(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.json().get("error").asText().startsWith(expected), r.out());
    }

    @Test
    void inAnArrayTheBadHistoryIsNamedByIndexAndTheOthersAreStillScheduled() throws Exception {
        Run r = run("[" + WORKED + ", {\"reviews\": [{\"at\": \"2026-03-12T08:30:00Z\", \"rating\": 3},"
                + " {\"at\": \"2026-03-12T09:00:00Z\", \"rating\": 3}, {\"at\": \"2026-03-13T09:00:00Z\", \"rating\": 7}]}]",
                "schedule");
        assertEquals(2, r.status());
        assertEquals("schedule: history [1], review [2]: rating 7 is outside 1-4 (1 Again, 2 Hard, 3 Good, 4 Easy)",
                r.err().strip());
        assertEquals(4, r.json().get(0).size());
        assertEquals(r.err().strip(), r.json().get(1).get("error").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no reviews | {\"history\": []} | schedule: the history is not an object {\"reviews\"",
        "reviews not an array | {\"reviews\": 3} | schedule: the history is not an object {\"reviews\"",
        "not JSON | {\"reviews\": [ | schedule: standard input is not valid JSON at line 1",
        "empty | '' | schedule: standard input is empty"})
    void aMalformedHistoryOrInputGetsOneClearLine(String name, String input, String message) {
        Run r = run(input, "schedule", "-");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aMissingFileIsNamed() {
        Run r = run("", "schedule", dir.resolve("nope.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("schedule: no such file: "), r.err());
        assertEquals("", r.out());
    }
}
