package org.deepdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.deepdrill.cli.CommandLineTest.Run;
import org.deepdrill.store.ProgressStore;
import org.deepdrill.study.Attempt;
import org.deepdrill.study.Rating;
import org.deepdrill.study.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code progress export} and {@code progress import}, run in-process on temporary data folders. */
class ProgressCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final String before = System.getProperty(ProgressStore.DATA_FOLDER_PROPERTY);

    @AfterEach
    void restoreTheDataFolder() {
        if (before == null) {
            System.clearProperty(ProgressStore.DATA_FOLDER_PROPERTY);
        } else {
            System.setProperty(ProgressStore.DATA_FOLDER_PROPERTY, before);
        }
    }

    /** Runs the command line with {@code -Ddeepdrill.data=folder}, as a user would start it. */
    private static Run in(Path folder, String stdin, String... args) {
        System.setProperty(ProgressStore.DATA_FOLDER_PROPERTY, folder.toString());
        return CommandLineTest.run(stdin, args);
    }

    /** fsrs.md's worked history on one question (without its Easy), and two answers elsewhere, as the app records them. */
    private Path seededFolder() {
        Path folder = dir.resolve("laptop");
        try (ProgressStore store = ProgressStore.open(folder.resolve("progress.db"))) {
            answer(store, "lap-q7", "2026-03-12T08:30:00Z", null, "[[2,0],[0,2]]", 2, 2);
            answer(store, "lap-q7", "2026-03-14T09:00:00Z", 17L, "[[1,0],[0,1]]", 2, 2);
            answer(store, "lap-q7", "2026-03-20T07:00:00.250Z", 18L, "[[0,1],[1,0]]", 0.5, 2);
            answer(store, "att-q2", "2026-03-20T07:00:00.250Z", null, "b, d", 1, 1);
            answer(store, "att-q2", "2026-03-21T10:00:00Z", null, null, 0, 1);
        }
        return folder;
    }

    private static void answer(ProgressStore store, String id, String at, Long seed, String typed, double score,
            double points) {
        Instant t = Instant.parse(at);
        Rating rating = Rating.ofGrade(score >= points, score, points, false).orElseThrow();
        store.record(new Attempt(id, t, seed, typed, score, points, score >= points),
                Schedule.after(store.review(id), rating, t));
    }

    @Test
    void anExportImportedIntoAFreshFolderExportsAgainExactlyAsItWas() throws Exception {
        Path laptop = seededFolder();
        Run first = in(laptop, "", "progress", "export");
        assertEquals(0, first.status(), first.err());
        assertEquals("", first.err());

        Path file = dir.resolve("progress.json");
        Files.writeString(file, first.out());
        Path fresh = dir.resolve("new laptop");
        Run imported = in(fresh, "", "progress", "import", file.toString());
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().startsWith("progress import: 5 attempts added, 0 already here"), imported.out());

        Run again = in(fresh, "", "progress", "export");
        assertEquals(0, again.status(), again.err());
        assertEquals(first.out(), again.out());
    }

    @Test
    void theExportHoldsEveryAttemptInTimeOrderTheReviewStatesAndNoExams() throws Exception {
        JsonNode export = JSON.readTree(in(seededFolder(), "", "progress", "export").out());
        assertEquals(3, export.size());
        JsonNode attempts = export.get("attempts");
        assertEquals(5, attempts.size());
        assertEquals(JSON.readTree("""
                {"question": "lap-q7", "at": "2026-03-14T09:00:00.000Z", "seed": 17, "answer": "[[1,0],[0,1]]",
                 "score": 2.0, "points": 2.0, "correct": true}"""), attempts.get(1));
        // the two attempts in the same millisecond keep the order they were recorded in
        assertEquals("lap-q7", attempts.get(2).get("question").asText());
        assertEquals("2026-03-20T07:00:00.250Z", attempts.get(3).get("at").asText());
        assertTrue(attempts.get(4).get("answer").isNull());
        assertTrue(attempts.get(4).get("seed").isNull());

        // lap-q7 is fsrs.md's worked history to its third row (0.5 of 2 points is Again)
        JsonNode reviews = export.get("reviews");
        assertEquals(2, reviews.size());
        assertEquals("att-q2", reviews.get(0).get("question").asText());
        assertEquals(JSON.readTree("""
                {"question": "lap-q7", "stability": 1.44937202, "difficulty": 7.39223814,
                 "last_review": "2026-03-20T07:00:00.250Z", "due": "2026-03-21T07:00:00.250Z", "reps": 3, "lapses": 1}"""),
                reviews.get(1));
        assertEquals(JSON.readTree("[]"), export.get("exams"));
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, in(seededFolder(), "", "progress", "export").out());
        Path other = dir.resolve("other");
        assertEquals(0, in(other, "", "progress", "import", file.toString()).status());
        String once = in(other, "", "progress", "export").out();

        Run twice = in(other, "", "progress", "import", file.toString());
        assertEquals(0, twice.status(), twice.err());
        assertTrue(twice.out().startsWith("progress import: 0 attempts added, 5 already here"), twice.out());
        assertEquals(once, in(other, "", "progress", "export").out());
    }

    @Test
    void importMergesWithProgressAlreadyThereAndReplaysTheMergedHistory() throws Exception {
        // the desktop has the first review of lap-q7; the laptop's export brings the others
        Path desktop = dir.resolve("desktop");
        try (ProgressStore store = ProgressStore.open(desktop.resolve("progress.db"))) {
            answer(store, "lap-q7", "2026-03-12T08:30:00Z", null, "[[2,0],[0,2]]", 2, 2);
        }
        Path file = dir.resolve("progress.json");
        Files.writeString(file, in(seededFolder(), "", "progress", "export").out());
        Run r = in(desktop, "", "progress", "import", file.toString());
        assertTrue(r.out().startsWith("progress import: 4 attempts added, 1 already here"), r.out());
        JsonNode review = JSON.readTree(in(desktop, "", "progress", "export").out()).get("reviews").get(1);
        assertEquals(1.44937202, review.get("stability").asDouble());
        assertEquals(3, review.get("reps").asInt());
    }

    @Test
    void exportWithOutWritesTheFileAndPrintsNothing() throws Exception {
        Path laptop = seededFolder();
        Path out = dir.resolve("backup.json");
        Run r = in(laptop, "", "progress", "export", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(in(laptop, "", "progress", "export").out(), Files.readString(out));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains(".partial-")), "no partial file is left");
        }
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhereAndWhy() {
        Run r = in(seededFolder(), "", "progress", "export", "--out", dir.resolve("no/such/folder/x.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("progress export: cannot write "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not JSON         | {"attempts": [                                    | standard input is not valid JSON at line 1
            an array         | []                                                | standard input: expected an object {"attempts"
            no attempts      | {"reviews": []}                                   | standard input: "attempts" is missing: expected an array of attempts
            reviews a string | {"attempts": [], "reviews": "x"}                  | standard input: "reviews" is "x": expected an array
            score a string   | {"attempts": [{"question": "q", "at": "2026-03-12T08:30:00Z", "score": "2", "points": 2, "correct": true}]} | standard input: attempts[0].score is "2": expected a number
            correct a number | {"attempts": [{"question": "q", "at": "2026-03-12T08:30:00Z", "score": 2, "points": 2, "correct": 1}]} | standard input: attempts[0].correct is 1: expected true or false
            no zone          | {"attempts": [{"question": "q", "at": "2026-03-12T08:30:00", "score": 2, "points": 2, "correct": true}]} | standard input: attempts[0].at is "2026-03-12T08:30:00": expected a time in ISO-8601 with its zone
            a seed of 1.5    | {"attempts": [{"question": "q", "at": "2026-03-12T08:30:00Z", "seed": 1.5, "score": 2, "points": 2, "correct": true}]} | standard input: attempts[0].seed is 1.5: expected a whole number or null
            no question      | {"attempts": [{"at": "2026-03-12T08:30:00Z", "score": 2, "points": 2, "correct": true}]} | standard input: attempts[0] has no "question"
            zero points      | {"attempts": [{"question": "q", "at": "2026-03-12T08:30:00Z", "score": 0, "points": 0, "correct": true}]} | standard input: attempts[0].points is 0: expected the question's points, above 0
            """)
    void badInputGetsOneLineNamingTheFieldExitTwoAndImportsNothing(String what, String input, String message)
            throws Exception {
        Path folder = dir.resolve("folder");
        // a good attempt first: it must not be imported when a later one is bad
        String withAGoodOneFirst = input.replace("{\"attempts\": [{", "{\"attempts\": [{\"question\": \"ok\","
                + " \"at\": \"2026-03-12T08:30:00Z\", \"score\": 1, \"points\": 1, \"correct\": true}, {")
                .replace("attempts[0]", "attempts[1]");
        String expected = message.replace("attempts[0]", input.contains("[{") ? "attempts[1]" : "attempts[0]");
        Run r = in(folder, withAGoodOneFirst, "progress", "import", "-");
        assertEquals(2, r.status(), what);
        assertTrue(r.err().startsWith("progress import: " + expected), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
        assertEquals(0, JSON.readTree(in(folder, "", "progress", "export").out()).get("attempts").size(), what);
    }

    @Test
    void aMissingOrUnreadableFileGetsOneLineAndExitTwo() throws Exception {
        Run missing = in(dir.resolve("d"), "", "progress", "import", dir.resolve("nope.json").toString());
        assertEquals(2, missing.status());
        assertEquals("progress import: no such file: " + dir.resolve("nope.json") + System.lineSeparator(), missing.err());

        Run folder = in(dir.resolve("d"), "", "progress", "import", dir.toString()); // a folder is not a file
        assertEquals(2, folder.status());
        assertTrue(folder.err().startsWith("progress import: cannot read " + dir), folder.err());
        assertEquals(1, folder.err().lines().count(), folder.err());

        Path empty = Files.writeString(dir.resolve("empty.json"), "  \n");
        Run blank = in(dir.resolve("d"), "", "progress", "import", empty.toString());
        assertEquals(2, blank.status());
        assertTrue(blank.err().startsWith("progress import: " + empty + " is empty"), blank.err());
    }

    @Test
    void attemptsAtQuestionsNoBankHasAreImportedAndExamSittingsAreCountedAsSkipped() throws Exception {
        Run r = in(dir.resolve("d"), """
                {"attempts": [{"question": "a-question-no-bank-has", "at": "2026-03-12T08:30:00+01:00", "seed": null,
                               "answer": "1", "score": 1, "points": 1, "correct": true}],
                 "reviews": [], "exams": [{"exam": "000"}]}""", "progress", "import", "-");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("progress import: 1 attempt added, 0 already here; 1 exam sitting skipped"
                + " (this version has no exam mode)"), r.out());
        JsonNode a = JSON.readTree(in(dir.resolve("d"), "", "progress", "export").out()).get("attempts").get(0);
        assertEquals("2026-03-12T07:30:00.000Z", a.get("at").asText()); // written back in UTC
    }

    @Test
    void progressWithoutExportOrImportSaysWhichToUse() {
        Run r = in(dir.resolve("d"), "", "progress");
        assertEquals(2, r.status());
        assertEquals("progress: say export or import (deepdrill progress --help)" + System.lineSeparator(), r.err());
    }
}
