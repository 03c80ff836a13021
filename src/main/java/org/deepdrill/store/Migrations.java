package org.deepdrill.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's history: migration {@code n} (1-based) takes a database from version n − 1 to n.
 * The version lives in SQLite's {@code PRAGMA user_version} (0 in a new file). Migrations are
 * only ever appended, never edited, so every user's file can be brought up to date whatever
 * version it was left at.
 */
final class Migrations {
    /**
     * One migration: a description for messages, its statements, run in order, and then a step
     * in Java for what SQL cannot say (e.g. replaying attempts through the scheduler), run on
     * the same connection inside the same transaction.
     */
    record Migration(String description, List<String> statements, Step step) {
        Migration(String description, List<String> statements) {
            this(description, statements, c -> { });
        }
    }

    /** A migration's Java part; it must not commit or change the connection's auto-commit. */
    @FunctionalInterface
    interface Step {
        void run(Connection c) throws SQLException;
    }

    static final List<Migration> ALL = List.of(
            new Migration("attempts and settings", List.of("""
                    CREATE TABLE attempt (
                        id INTEGER PRIMARY KEY,
                        question_id TEXT NOT NULL,
                        seed INTEGER,
                        correct INTEGER,
                        score REAL,
                        max_score REAL,
                        answer TEXT,
                        at INTEGER NOT NULL
                    )""",
                    "CREATE INDEX attempt_question ON attempt(question_id)",
                    "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)")),
            new Migration("review schedule", List.of(
                    "CREATE TABLE review (question_id TEXT PRIMARY KEY, box INTEGER NOT NULL, due INTEGER NOT NULL)")),
            // The Leitner boxes become FSRS-6 states, rebuilt from the attempts, which stay as
            // they are. The setting table goes: the app keeps its settings in settings.properties
            // and never wrote a row here (only tests did), so no student's setting is lost.
            new Migration("FSRS-6 review states", List.of(
                    "DROP TABLE review",
                    """
                    CREATE TABLE review (
                        question_id TEXT PRIMARY KEY,
                        stability REAL NOT NULL,
                        difficulty REAL NOT NULL,
                        last_review INTEGER NOT NULL,
                        due INTEGER NOT NULL,
                        reps INTEGER NOT NULL,
                        lapses INTEGER NOT NULL
                    )""",
                    "DROP TABLE setting"),
                    ReplayAttempts::rebuildReviews),
            // Indices that answer the statistics screen and the home screen from the index alone,
            // without reading the table's rows (on 100,000 attempts a per-question summary fell
            // from ~170 ms to ~10 ms): by time, for counts per day and week and an import's
            // look-ups; by question then time, for per-question summaries and replays.
            new Migration("attempts by time and by question", List.of(
                    "CREATE INDEX attempt_time ON attempt(at, question_id, correct)",
                    "DROP INDEX attempt_question",
                    "CREATE INDEX attempt_question ON attempt(question_id, at, correct, score)")));

    /** The version a fully migrated database has. */
    static final int LATEST = ALL.size();

    private Migrations() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * Brings the database up to {@code migrations.size()}, applying every pending migration (its
     * statements, then its Java step) in one transaction, so a failure (or a crash half-way)
     * leaves the file at its old version, never between two. {@code user_version} is written
     * inside the same transaction: SQLite keeps it in the file header, which the transaction
     * covers. The version is read again inside the transaction because the connection begins
     * transactions IMMEDIATE (holding the write lock): a second copy of the app opening the same
     * file at the same moment then waits and finds the work done instead of creating the tables
     * twice.
     */
    static void migrate(Connection c, List<Migration> migrations) throws SQLException {
        if (version(c) >= migrations.size()) {
            return;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            int from = version(c);
            for (Migration m : migrations.subList(Math.min(from, migrations.size()), migrations.size())) {
                for (String sql : m.statements()) {
                    s.executeUpdate(sql);
                }
                m.step().run(c);
            }
            if (from < migrations.size()) {
                s.executeUpdate("PRAGMA user_version = " + migrations.size());
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
