package org.deepdrill.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.deepdrill.study.Attempt;
import org.deepdrill.study.MemoryState;
import org.deepdrill.study.QuestionStats;
import org.deepdrill.study.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    private static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-02T11:30:00Z");
    private static final ReviewState REVIEWED = new ReviewState("q1", new MemoryState(2.3065, 2.11810397), T1, T2, 1, 0);

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("progress.db");
    }

    @Test
    void aNewStoreCreatesItsFolderAndFileAtTheLatestSchemaVersion() throws Exception {
        Path nested = folder.resolve("a/b/progress.db");
        try (ProgressStore store = ProgressStore.open(nested)) {
            assertEquals(Optional.of(nested.toAbsolutePath()), store.file());
            assertEquals(Optional.empty(), store.recoveryNotice());
        }
        assertEquals(4, userVersion(nested));
        assertEquals(List.of("attempt", "attempt_question", "attempt_time", "review"), schemaNames(nested));
    }

    @Test
    void reopeningAppliesNoMigrationTwiceAndKeepsEverything() throws Exception {
        try (ProgressStore store = ProgressStore.open(file())) {
            store.recordAttempt("q1", 42L, true, 1.0, 1.0, "0.5", T1);
            store.saveReview(REVIEWED);
        }
        for (int i = 0; i < 2; i++) {
            try (ProgressStore store = ProgressStore.open(file())) {
                assertEquals(Optional.empty(), store.recoveryNotice());
                assertEquals(Map.of("q1", new QuestionStats("q1", 1, 1, 1.0, T1)), store.stats());
                assertEquals(REVIEWED, store.review("q1"));
            }
        }
        assertEquals(4, userVersion(file()));
        assertEquals(List.of("attempt", "attempt_question", "attempt_time", "review"), schemaNames(file()));
    }

    @Test
    void anAttemptIsStoredWithEveryField() throws Exception {
        try (ProgressStore store = ProgressStore.open(file())) {
            store.recordAttempt("q1", null, false, -0.5, 2.0, "[[1, 2]]", T1);
            store.recordAttempt("q1", 123_456_789_012L, true, 2.0, 2.0, "[[1, 3]]", T2);
        }
        List<String> rows = query(file(), "SELECT question_id, seed, correct, score, max_score, answer, at FROM attempt ORDER BY id");
        assertEquals(List.of("q1|null|0|-0.5|2.0|[[1, 2]]|" + T1.toEpochMilli(),
                "q1|123456789012|1|2.0|2.0|[[1, 3]]|" + T2.toEpochMilli()), rows);
    }

    @Test
    void aFileAtVersionOneIsUpgradedAndKeepsItsAttempts() throws Exception {
        try (Connection c = connect(file()); Statement s = c.createStatement()) {
            for (String sql : Migrations.ALL.get(0).statements()) {
                s.executeUpdate(sql);
            }
            s.executeUpdate("INSERT INTO attempt (question_id, seed, correct, score, max_score, answer, at)"
                    + " VALUES ('old', NULL, 1, 3.0, 3.0, 'x', " + T1.toEpochMilli() + ")");
            s.executeUpdate("PRAGMA user_version = 1");
        }
        try (ProgressStore store = ProgressStore.open(file())) {
            assertEquals(Optional.empty(), store.recoveryNotice());
            assertEquals(Map.of("old", new QuestionStats("old", 1, 1, 3.0, T1)), store.stats());
            // migration 3 replayed the one attempt, all 3 points: a first review rated Good,
            // S = w[2] = 2.3065, D = 2.11810397, due in 3 days (fsrs.md's worked history, row 1)
            assertEquals(new ReviewState("old", new MemoryState(2.3065, 2.11810397), T1,
                    T1.plusSeconds(3 * 86_400), 1, 0), store.review("old"));
        }
        assertEquals(4, userVersion(file()));
    }

    @Test
    void pendingMigrationsRunInOneTransactionSoAFailureLeavesTheOldVersion() throws Exception {
        List<Migrations.Migration> broken = List.of(Migrations.ALL.get(0),
                new Migrations.Migration("broken", List.of("CREATE TABLE fine (x)", "THIS IS NOT SQL")));
        try (Connection c = connect(file())) {
            assertThrows(SQLException.class, () -> Migrations.migrate(c, broken));
            assertEquals(0, Migrations.version(c));
        }
        assertEquals(List.of(), schemaNames(file()));
    }

    /** A file as version 2 left it: Leitner boxes, a setting, and attempts recorded out of time order. */
    private void writeVersionTwoFile() throws SQLException {
        try (Connection c = connect(file()); Statement s = c.createStatement()) {
            for (Migrations.Migration m : Migrations.ALL.subList(0, 2)) {
                for (String sql : m.statements()) {
                    s.executeUpdate(sql);
                }
            }
            String insert = "INSERT INTO attempt (question_id, seed, correct, score, max_score, answer, at) VALUES ";
            // q1: fsrs.md's worked history up to its lapse: 2 of 2 points (Good), 2 of 2 (Good) two
            // days later, 0.5 of 2 (below half: Again) six days after that
            s.executeUpdate(insert + "('q1', NULL, 0, 0.5, 2.0, 'c', " + at("2026-03-20T07:00:00Z") + ")");
            s.executeUpdate(insert + "('q1', NULL, 1, 2.0, 2.0, 'a', " + at("2026-03-12T08:30:00Z") + ")");
            s.executeUpdate(insert + "('q1', 7, 1, 2.0, 2.0, 'b', " + at("2026-03-14T09:00:00Z") + ")");
            // q2: half the points, Hard; q3: a row with no score (never written, but readable): right, Good
            s.executeUpdate(insert + "('q2', NULL, 0, 1.0, 2.0, 'd', " + at("2026-03-12T10:00:00Z") + ")");
            s.executeUpdate(insert + "('q3', NULL, 1, NULL, NULL, 'e', " + at("2026-03-13T10:00:00Z") + ")");
            s.executeUpdate("INSERT INTO review (question_id, box, due) VALUES ('q1', 0, " + at("2026-03-20T07:00:00Z") + ")");
            s.executeUpdate("INSERT INTO setting (key, value) VALUES ('theme', 'dark')");
            s.executeUpdate("PRAGMA user_version = 2");
        }
    }

    private static long at(String t) {
        return Instant.parse(t).toEpochMilli();
    }

    @Test
    void aFileAtVersionTwoGetsItsReviewStatesRebuiltFromItsAttemptsInTimeOrder() throws Exception {
        writeVersionTwoFile();
        List<String> attempts = query(file(), "SELECT * FROM attempt ORDER BY id");
        try (ProgressStore store = ProgressStore.open(file())) {
            assertEquals(Optional.empty(), store.recoveryNotice());
            // the page's rows 1 to 3: S = 1.44937202, D = 7.39223814, due a day after the lapse
            assertEquals(new ReviewState("q1", new MemoryState(1.44937202, 7.39223814),
                    Instant.parse("2026-03-20T07:00:00Z"), Instant.parse("2026-03-21T07:00:00Z"), 3, 1), store.review("q1"));
            // a first Hard: S = w[1] = 1.2931, D = round8(6.4133 − e^0.8334 + 1) = 5.11217071, 2 days
            assertEquals(new ReviewState("q2", new MemoryState(1.2931, 5.11217071),
                    Instant.parse("2026-03-12T10:00:00Z"), Instant.parse("2026-03-14T10:00:00Z"), 1, 0), store.review("q2"));
            assertEquals(2.3065, store.review("q3").memory().stability(), 1e-12);
        }
        assertEquals(4, userVersion(file()));
        assertEquals(attempts, query(file(), "SELECT * FROM attempt ORDER BY id")); // nothing a student did is lost
        assertEquals(List.of("attempt", "attempt_question", "attempt_time", "review"), schemaNames(file()));
    }

    @Test
    void aFailureDuringTheFsrsMigrationLeavesVersionTwoWithItsBoxesAndSettings() throws Exception {
        writeVersionTwoFile();
        Migrations.Migration fsrs = Migrations.ALL.get(2);
        List<Migrations.Migration> failing = List.of(Migrations.ALL.get(0), Migrations.ALL.get(1),
                new Migrations.Migration(fsrs.description(), fsrs.statements(), c -> {
                    fsrs.step().run(c); // the replay ran: the new table is filled …
                    throw new SQLException("disk I/O error"); // … then the disk fails
                }));
        try (Connection c = connect(file())) {
            c.setAutoCommit(true);
            assertThrows(SQLException.class, () -> Migrations.migrate(c, failing));
            assertEquals(2, Migrations.version(c));
        }
        assertEquals(List.of("q1|0|" + at("2026-03-20T07:00:00Z")), query(file(), "SELECT * FROM review"));
        assertEquals(List.of("theme|dark"), query(file(), "SELECT * FROM setting"));
        assertEquals(5, query(file(), "SELECT * FROM attempt").size());
    }

    @Test
    void aFileOfRandomBytesIsSetAsideUnchangedAndAFreshStoreStarts() throws Exception {
        byte[] junk = new byte[4096];
        new Random(20250301).nextBytes(junk);
        Files.write(file(), junk);

        try (ProgressStore store = ProgressStore.open(file())) {
            Path kept = onlySetAside("corrupt");
            assertArrayEquals(junk, Files.readAllBytes(kept));
            String notice = store.recoveryNotice().orElseThrow();
            assertTrue(notice.contains(kept.getFileName().toString()), notice);
            assertTrue(notice.contains("not a SQLite database"), notice);

            store.recordAttempt("q", null, true, 1, 1, "1", T1);
            assertEquals(Map.of("q", new QuestionStats("q", 1, 1, 1.0, T1)), store.stats());
        }
        assertEquals(4, userVersion(file()));
        try (ProgressStore again = ProgressStore.open(file())) {
            assertEquals(Optional.empty(), again.recoveryNotice());
            assertEquals(1, again.stats().get("q").attempts());
        }
    }

    @Test
    void aDatabaseDamagedPastItsHeaderIsSetAsideUnchanged() throws Exception {
        try (ProgressStore store = ProgressStore.open(file())) {
            for (int i = 0; i < 2000; i++) {
                store.recordAttempt("q" + i % 40, (long) i, i % 3 == 0, 1, 1, "answer number " + i, T1);
            }
        }
        byte[] damaged = Files.readAllBytes(file());
        for (int i = 8192; i < damaged.length; i += 7) { // keep the header and schema pages, scramble the rest
            damaged[i] ^= 0x5a;
        }
        Files.write(file(), damaged);

        try (ProgressStore store = ProgressStore.open(file())) {
            Path kept = onlySetAside("corrupt");
            assertArrayEquals(damaged, Files.readAllBytes(kept));
            String notice = store.recoveryNotice().orElseThrow();
            assertTrue(notice.contains("damaged"), notice);
            assertEquals(Map.of(), store.stats());
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsSetAsideWithANoticeSayingSo() throws Exception {
        try (Connection c = connect(file()); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE future (x TEXT)");
            s.executeUpdate("INSERT INTO future VALUES ('keep me')");
            s.executeUpdate("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file());

        try (ProgressStore store = ProgressStore.open(file())) {
            Path kept = onlySetAside("newer");
            String notice = store.recoveryNotice().orElseThrow();
            assertTrue(notice.contains("newer"), notice);
            assertTrue(notice.contains("99"), notice);
            assertTrue(notice.contains(kept.getFileName().toString()), notice);
            assertArrayEquals(before, Files.readAllBytes(kept));
            assertEquals(99, userVersion(kept));
            assertEquals(List.of("keep me"), query(kept, "SELECT x FROM future"));
            assertEquals(Map.of(), store.stats());
        }
        assertEquals(4, userVersion(file()));
    }

    @Test
    void aFileThatCannotBeOpenedIsLeftAloneAndProgressIsKeptInMemory() throws Exception {
        Files.createDirectories(file()); // a folder where the file should be: SQLite cannot open it
        Files.writeString(file().resolve("inside.txt"), "mine");

        try (ProgressStore store = ProgressStore.open(file())) {
            assertEquals(Optional.empty(), store.file());
            String notice = store.recoveryNotice().orElseThrow();
            assertTrue(notice.contains("cannot be saved this session"), notice);
            store.recordAttempt("q", null, false, 0, 1, "2", T1);
            assertEquals(1, store.stats().get("q").attempts());
        }
        assertEquals("mine", Files.readString(file().resolve("inside.txt")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void twoSetAsidesInTheSameSecondGetDistinctNamesAndTakeTheirJournalAlong() throws Exception {
        LocalDateTime at = LocalDateTime.of(2025, 3, 14, 9, 30, 5);
        Files.writeString(file(), "first");
        Files.writeString(folder.resolve("progress.db-journal"), "its journal");
        assertEquals(folder.resolve("progress.db.corrupt-20250314-093005"), SetAside.move(file(), "corrupt", at));
        assertEquals("its journal", Files.readString(folder.resolve("progress.db.corrupt-20250314-093005-journal")));

        Files.writeString(file(), "second");
        assertEquals(folder.resolve("progress.db.corrupt-20250314-093005-2"), SetAside.move(file(), "corrupt", at));
        assertEquals("second", Files.readString(folder.resolve("progress.db.corrupt-20250314-093005-2")));
        assertFalse(Files.exists(file()));
        assertFalse(Files.exists(folder.resolve("progress.db-journal")));
    }

    @Test
    void everyCommitIsOnTheDiskBeforeItReturnsAndEachWriteIsCommittedAtOnce() throws Exception {
        try (ProgressStore store = ProgressStore.open(file())) {
            assertEquals("wal", store.pragma("journal_mode")); // a write-ahead log
            assertEquals("2", store.pragma("synchronous"));      // FULL: synced at every commit
            store.record(new Attempt("q", T1, null, "1", 1, 1, true),
                    new ReviewState("q", new MemoryState(2.3065, 2.11810397), T1, T1.plusSeconds(3 * 86_400), 1, 0));
            // another connection, as a second process would, sees both while the store is still open
            assertEquals(List.of("q|1"), query(file(), "SELECT question_id, correct FROM attempt"));
            assertEquals(List.of("q|1"), query(file(), "SELECT question_id, reps FROM review"));
        }
    }

    @Test
    void theDefaultFileIsProgressDbInTheDataFolderThePropertyNames() {
        String before = System.getProperty(ProgressStore.DATA_FOLDER_PROPERTY);
        try {
            System.setProperty(ProgressStore.DATA_FOLDER_PROPERTY, folder.toString());
            assertEquals(folder.resolve("progress.db"), ProgressStore.defaultFile());
        } finally {
            if (before == null) {
                System.clearProperty(ProgressStore.DATA_FOLDER_PROPERTY);
            } else {
                System.setProperty(ProgressStore.DATA_FOLDER_PROPERTY, before);
            }
        }
    }

    // ---- helpers reading the file directly, independently of the store ----

    private Path onlySetAside(String kind) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> kept = files.filter(p -> p.getFileName().toString().startsWith("progress.db." + kind)).toList();
            assertEquals(1, kept.size(), kept.toString());
            assertTrue(kept.get(0).getFileName().toString().matches("progress\\.db\\." + kind + "-\\d{8}-\\d{6}"),
                    kept.get(0).toString());
            return kept.get(0);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static int userVersion(Path file) throws SQLException {
        return Integer.parseInt(query(file, "PRAGMA user_version").get(0));
    }

    private static List<String> schemaNames(Path file) throws SQLException {
        return query(file, "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
    }

    /** Each row as its columns joined with '|'. */
    private static List<String> query(Path file, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(file); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
