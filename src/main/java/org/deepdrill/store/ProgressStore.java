package org.deepdrill.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.deepdrill.study.Attempt;
import org.deepdrill.study.ExamScore;
import org.deepdrill.study.MemoryState;
import org.deepdrill.study.ProgressHistory;
import org.deepdrill.study.ProgressLog;
import org.deepdrill.study.QuestionStats;
import org.deepdrill.study.ReviewState;
import org.deepdrill.study.StatisticsQueries;
import org.deepdrill.study.Tally;
import org.sqlite.SQLiteConfig;

/**
 * The student's progress in one SQLite file in the user's data folder ({@link #defaultFile()}).
 * Opening never fails on a bad file and never deletes one: a file that is not a DeepDrill
 * database, is damaged, or was written by a newer DeepDrill is set aside unchanged and a fresh
 * store starts ({@link #recoveryNotice()} tells the user); if the file cannot be used at all
 * (locked, no permission, disk trouble) progress is kept in memory for the session and the
 * file is left alone. One connection, synchronized methods: callers may use any thread.
 */
public final class ProgressStore implements ProgressLog, ProgressHistory, StatisticsQueries {
    /** System property naming the data folder ({@link DataFolders#DATA_FOLDER_PROPERTY}). */
    public static final String DATA_FOLDER_PROPERTY = DataFolders.DATA_FOLDER_PROPERTY;

    static final String FILE_NAME = "progress.db";

    /** SQLite primary result codes that mean "this file is not a usable database". */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private final Connection connection;
    private final Path file;
    private final String notice;

    private ProgressStore(Connection connection, Path file, String notice) {
        this.connection = connection;
        this.file = file;
        this.notice = notice;
    }

    /** Opens (creating folder and file if needed) and migrates the store in {@code file}. */
    public static ProgressStore open(Path file) {
        Path path = file.toAbsolutePath();
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            return inMemory("the folder " + path.getParent() + " could not be created (" + e + ")");
        }
        try {
            return new ProgressStore(connect(path), path, null);
        } catch (Unusable u) {
            return setAsideAndStartFresh(path, u);
        } catch (SQLException | RuntimeException e) {
            return inMemory("the file " + path + " could not be opened (" + e.getMessage()
                    + "); it was left untouched");
        }
    }

    /** The file this store writes, or empty when progress is only kept in memory this session. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public Optional<String> recoveryNotice() {
        return Optional.ofNullable(notice);
    }

    /**
     * {@code <data folder>/progress.db}, the data folder being {@link DataFolders#data()}: the
     * folder named by the system property {@value #DATA_FOLDER_PROPERTY} if set, else
     * {@code $XDG_DATA_HOME/deepdrill} or {@code ~/.local/share/deepdrill} on Linux,
     * {@code ~/Library/Application Support/DeepDrill} on macOS, {@code %APPDATA%\DeepDrill} on
     * Windows ({@code ~} being {@code $HOME} when set).
     */
    public static Path defaultFile() {
        return DataFolders.data().toPath().resolve(FILE_NAME);
    }

    @Override
    public synchronized void recordAttempt(String questionId, Long seed, Boolean correct, double score,
            double maxScore, String answer, Instant at) {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(at, "at");
        if (correct == null) {
            return; // an answer that did not parse is not an attempt
        }
        try (PreparedStatement p = connection.prepareStatement(INSERT_ATTEMPT)) {
            bind(p, new Attempt(questionId, at, seed, answer, score, maxScore, correct));
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed("save the attempt", e);
        }
    }

    private static final String INSERT_ATTEMPT = "INSERT INTO attempt (question_id, seed, correct, score, max_score,"
            + " answer, at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static void bind(PreparedStatement p, Attempt a) throws SQLException {
        p.setString(1, a.questionId());
        if (a.seed() == null) {
            p.setNull(2, Types.INTEGER);
        } else {
            p.setLong(2, a.seed());
        }
        p.setInt(3, a.correct() ? 1 : 0);
        p.setDouble(4, a.score());
        p.setDouble(5, a.points());
        p.setString(6, a.answer());
        p.setLong(7, a.at().toEpochMilli());
    }

    /**
     * Writes the attempt and the review state in one transaction, committed (and, with
     * {@code synchronous = FULL}, on the disk) before this returns: after a crash either both
     * are there or neither, and the student saw no feedback for the "neither".
     */
    @Override
    public synchronized void record(Attempt attempt, ReviewState after) {
        if (!attempt.questionId().equals(after.questionId())) {
            throw new IllegalArgumentException("the attempt at " + attempt.questionId()
                    + " comes with the review state of " + after.questionId());
        }
        inTransaction("save the attempt", () -> {
            try (PreparedStatement p = connection.prepareStatement(INSERT_ATTEMPT)) {
                bind(p, attempt);
                p.executeUpdate();
            }
            writeReview(after);
            return null;
        });
    }

    /** Work on the connection that commits as a whole or not at all. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false); // begins IMMEDIATE: the write lock is taken up front
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    @Override
    public synchronized Map<String, QuestionStats> stats() {
        String sql = "SELECT question_id, COUNT(*), SUM(correct), MAX(score), MAX(at) FROM attempt"
                + " GROUP BY question_id ORDER BY question_id";
        Map<String, QuestionStats> byId = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String id = r.getString(1);
                byId.put(id, new QuestionStats(id, r.getInt(2), r.getInt(3), r.getDouble(4),
                        Instant.ofEpochMilli(r.getLong(5))));
            }
        } catch (SQLException e) {
            throw failed("read the progress", e);
        }
        return Collections.unmodifiableMap(byId);
    }

    @Override
    public synchronized ReviewState review(String questionId) {
        String sql = "SELECT stability, difficulty, last_review, due, reps, lapses FROM review WHERE question_id = ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, questionId);
            try (ResultSet r = p.executeQuery()) {
                return r.next()
                        ? new ReviewState(questionId, new MemoryState(r.getDouble(1), r.getDouble(2)),
                                Instant.ofEpochMilli(r.getLong(3)), Instant.ofEpochMilli(r.getLong(4)), r.getInt(5),
                                r.getInt(6))
                        : ReviewState.unseen(questionId);
            }
        } catch (SQLException e) {
            throw failed("read the review state of " + questionId, e);
        }
    }

    /** Inserts or replaces one question's review state; bound by {@link #bind}. */
    static final String SAVE_REVIEW = "INSERT INTO review (question_id, stability, difficulty, last_review, due, reps,"
            + " lapses) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET"
            + " stability = excluded.stability, difficulty = excluded.difficulty, last_review = excluded.last_review,"
            + " due = excluded.due, reps = excluded.reps, lapses = excluded.lapses";

    static void bind(PreparedStatement p, ReviewState state) throws SQLException {
        p.setString(1, state.questionId());
        p.setDouble(2, state.memory().stability());
        p.setDouble(3, state.memory().difficulty());
        p.setLong(4, state.lastReview().toEpochMilli());
        p.setLong(5, state.due().toEpochMilli());
        p.setInt(6, state.reps());
        p.setInt(7, state.lapses());
    }

    @Override
    public synchronized void saveReview(ReviewState state) {
        try {
            writeReview(state);
        } catch (SQLException e) {
            throw failed("save the review state of " + state.questionId(), e);
        }
    }

    private void writeReview(ReviewState state) throws SQLException {
        boolean forget = state.isNew(); // a question never reviewed has no row
        try (PreparedStatement p = connection.prepareStatement(forget ? "DELETE FROM review WHERE question_id = ?"
                : SAVE_REVIEW)) {
            if (forget) {
                p.setString(1, state.questionId());
            } else {
                bind(p, state);
            }
            p.executeUpdate();
        }
    }

    // ---- ProgressHistory ----

    @Override
    public synchronized List<Attempt> attempts() {
        String sql = "SELECT question_id, at, seed, answer, score, max_score, correct FROM attempt"
                + " WHERE correct IS NOT NULL ORDER BY at, id";
        List<Attempt> all = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                long seed = r.getLong(3);
                Long seedOrNull = r.wasNull() ? null : seed;
                all.add(new Attempt(r.getString(1), Instant.ofEpochMilli(r.getLong(2)), seedOrNull, r.getString(4),
                        r.getDouble(5), r.getDouble(6), r.getInt(7) != 0));
            }
        } catch (SQLException e) {
            throw failed("read the attempts", e);
        }
        return List.copyOf(all);
    }

    @Override
    public synchronized List<ReviewState> reviews() {
        String sql = "SELECT question_id, stability, difficulty, last_review, due, reps, lapses FROM review"
                + " ORDER BY question_id";
        List<ReviewState> all = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                all.add(new ReviewState(r.getString(1), new MemoryState(r.getDouble(2), r.getDouble(3)),
                        Instant.ofEpochMilli(r.getLong(4)), Instant.ofEpochMilli(r.getLong(5)), r.getInt(6), r.getInt(7)));
            }
        } catch (SQLException e) {
            throw failed("read the review states", e);
        }
        return List.copyOf(all);
    }

    /**
     * In one transaction: inserts the attempts not yet stored (in time order, so replay breaks
     * ties as they were in the file), then replays every question that gained one
     * ({@link ReplayAttempts}, the migration's own replay).
     */
    @Override
    public synchronized Merge merge(List<Attempt> incoming) {
        List<Attempt> inTime = new ArrayList<>(incoming);
        inTime.sort(Comparator.comparing(Attempt::at));
        String exists = "SELECT 1 FROM attempt WHERE at = ? AND question_id = ? AND seed IS ? AND answer IS ?"
                + " AND correct IS NOT NULL";
        return inTransaction("import the attempts", () -> {
            Set<String> touched = new LinkedHashSet<>();
            int added = 0;
            try (PreparedStatement find = connection.prepareStatement(exists);
                    PreparedStatement insert = connection.prepareStatement(INSERT_ATTEMPT)) {
                for (Attempt a : inTime) {
                    find.setLong(1, a.at().toEpochMilli());
                    find.setString(2, a.questionId());
                    find.setObject(3, a.seed());
                    find.setString(4, a.answer());
                    boolean known;
                    try (ResultSet r = find.executeQuery()) {
                        known = r.next();
                    }
                    if (!known) { // also catches a duplicate within the same file: it was inserted just now
                        bind(insert, a);
                        insert.executeUpdate();
                        touched.add(a.questionId());
                        added++;
                    }
                }
            }
            ReplayAttempts.rebuildReviews(connection, touched);
            return new Merge(added, incoming.size() - added);
        });
    }

    // ---- StatisticsQueries ----

    @Override
    public synchronized int[] attemptCounts(List<Instant> bounds) {
        int[] counts = new int[Math.max(0, bounds.size() - 1)];
        String sql = "SELECT COUNT(*) FROM attempt WHERE at >= ? AND at < ? AND correct IS NOT NULL";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < counts.length; i++) {
                p.setLong(1, bounds.get(i).toEpochMilli());
                p.setLong(2, bounds.get(i + 1).toEpochMilli());
                try (ResultSet r = p.executeQuery()) {
                    counts[i] = r.next() ? r.getInt(1) : 0;
                }
            }
        } catch (SQLException e) {
            throw failed("count the reviews", e);
        }
        return counts;
    }

    @Override
    public synchronized List<Tally> tallies(Instant from, Instant to) {
        return tallies(" AND at >= ? AND at < ?", from, to);
    }

    /** Without a time range, so SQLite reads the by-question index in order and sorts nothing. */
    @Override
    public synchronized List<Tally> tallies() {
        return tallies("");
    }

    private List<Tally> tallies(String timeRange, Instant... bounds) {
        String sql = "SELECT question_id, COUNT(*), SUM(correct) FROM attempt WHERE correct IS NOT NULL" + timeRange
                + " GROUP BY question_id ORDER BY question_id";
        List<Tally> tallies = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < bounds.length; i++) {
                p.setLong(i + 1, bounds[i].toEpochMilli());
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    tallies.add(new Tally(r.getString(1), r.getInt(2), r.getInt(3)));
                }
            }
        } catch (SQLException e) {
            throw failed("count the answers", e);
        }
        return List.copyOf(tallies);
    }

    /** No exam mode yet: nothing records a sitting, so there is no table to read. */
    @Override
    public List<ExamScore> examScores() {
        return List.of();
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed("close the progress file", e);
        }
    }

    private IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("Could not " + what + " (" + (file != null ? file : "in memory") + "): "
                + e.getMessage(), e);
    }

    /** A pragma's value on this store's connection, for tests of how the file is written. */
    synchronized String pragma(String name) {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw failed("read PRAGMA " + name, e);
        }
    }

    // ---- opening and recovery ----

    /** Why a file cannot be used as it is: {@code kind} names the set-aside file, {@code why} tells the user. */
    private static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        final String kind;

        Unusable(String kind, String why, Throwable cause) {
            super(why, cause);
            this.kind = kind;
        }
    }

    private static Connection connect(Path path) throws SQLException, Unusable {
        return connect("jdbc:sqlite:" + path);
    }

    /** Opens, checks and migrates; closes the connection again if anything is wrong. */
    private static Connection connect(String url) throws SQLException, Unusable {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000); // another copy of the app may be writing
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE); // see Migrations.migrate
        Connection c = config.createConnection(url);
        try {
            check(c);
            durable(c);
            Migrations.migrate(c, Migrations.ALL);
            return c;
        } catch (SQLException e) {
            c.close();
            int primary = e.getErrorCode() & 0xFF;
            if (primary == SQLITE_NOTADB) {
                throw new Unusable("corrupt", "it is not a SQLite database", e);
            }
            if (primary == SQLITE_CORRUPT) {
                throw new Unusable("corrupt", "the database is damaged", e);
            }
            throw e;
        } catch (Unusable | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Refuses a database from a newer DeepDrill (its tables may mean something this version does
     * not know) and one that fails SQLite's quick integrity check (cheap for a progress file of a
     * few thousand rows, and catches damage before it shows up half-way through a session).
     */
    private static void check(Connection c) throws SQLException, Unusable {
        int version = Migrations.version(c); // the first read: throws NOTADB for a foreign file
        if (version > Migrations.LATEST) {
            throw new Unusable("newer", "it was written by a newer version of DeepDrill (database version "
                    + version + "; this version knows up to " + Migrations.LATEST + ")", null);
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            // Its report is a page-by-page list, meaningless to a student: say only that it failed.
            if (!r.next() || !"ok".equalsIgnoreCase(r.getString(1))) {
                throw new Unusable("corrupt", "the database is damaged (SQLite's integrity check failed)", null);
            }
        }
    }

    /**
     * Every commit is on the disk before it returns, so an attempt whose feedback was shown
     * survives a killed process or a power cut, and a half-written transaction is rolled back on
     * the next open. Write-ahead logging with {@code synchronous = FULL} syncs the log once per
     * commit; the default rollback journal syncs the journal and the database file, three times
     * or more — on a busy disk recording an attempt took a p50 of 13 ms and a p99 of 55 ms that
     * way against 3 ms and 12 ms this way ({@code ProgressBench}). The log ({@code -wal}, with its
     * index {@code -shm}) belongs to the file and moves with it when it is set aside. Set after
     * {@link #check}, which is where a file that is not a database must first fail.
     */
    private static void durable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
        }
    }

    private static ProgressStore setAsideAndStartFresh(Path path, Unusable u) {
        Path kept;
        try {
            kept = SetAside.move(path, u.kind, LocalDateTime.now());
        } catch (IOException e) {
            return inMemory("the file " + path + " could not be used (" + u.getMessage()
                    + ") and could not be moved aside (" + e + "); it was left untouched");
        }
        String notice = "Your progress file " + path + " could not be used: " + u.getMessage() + ". It was kept,"
                + " unchanged, as " + kept.getFileName() + " in the same folder, and a fresh progress file was started."
                + ("newer".equals(u.kind) ? " Open it with the newer version of DeepDrill to see that progress." : "");
        try {
            return new ProgressStore(connect(path), path, notice);
        } catch (SQLException | Unusable | RuntimeException e) {
            return inMemory("a fresh progress file " + path + " could not be started (" + e.getMessage()
                    + "); the old one was kept as " + kept.getFileName());
        }
    }

    /** The last resort: progress for this session only, with a notice saying so and why. */
    private static ProgressStore inMemory(String why) {
        String notice = "Your progress cannot be saved this session: " + why + ".";
        try {
            return new ProgressStore(connect("jdbc:sqlite::memory:"), null, notice);
        } catch (SQLException | Unusable e) {
            // Only if SQLite itself cannot run (its native library failed to load).
            throw new IllegalStateException(notice + " SQLite is not available either: " + e.getMessage(), e);
        }
    }
}
