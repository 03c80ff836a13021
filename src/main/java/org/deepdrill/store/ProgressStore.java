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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.deepdrill.study.MemoryState;
import org.deepdrill.study.ProgressLog;
import org.deepdrill.study.QuestionStats;
import org.deepdrill.study.ReviewState;
import org.sqlite.SQLiteConfig;

/**
 * The student's progress in one SQLite file in the user's data folder ({@link #defaultFile()}).
 * Opening never fails on a bad file and never deletes one: a file that is not a DeepDrill
 * database, is damaged, or was written by a newer DeepDrill is set aside unchanged and a fresh
 * store starts ({@link #recoveryNotice()} tells the user); if the file cannot be used at all
 * (locked, no permission, disk trouble) progress is kept in memory for the session and the
 * file is left alone. One connection, synchronized methods: callers may use any thread.
 */
public final class ProgressStore implements ProgressLog {
    /** System property naming the data folder, for tests, screenshots and portable installs. */
    public static final String DATA_FOLDER_PROPERTY = "deepdrill.data";

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
     * {@code <data folder>/progress.db}: the folder named by the system property
     * {@value #DATA_FOLDER_PROPERTY} if set, else {@code $XDG_DATA_HOME/deepdrill} or
     * {@code ~/.local/share/deepdrill} on Linux, {@code ~/Library/Application Support/DeepDrill}
     * on macOS, {@code %APPDATA%\DeepDrill} on Windows.
     */
    public static Path defaultFile() {
        return defaultFile(System.getProperty(DATA_FOLDER_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System::getenv);
    }

    static Path defaultFile(String dataFolder, String osName, String home, Function<String, String> env) {
        if (dataFolder != null && !dataFolder.isBlank()) {
            return Path.of(dataFolder).resolve(FILE_NAME);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "DeepDrill", FILE_NAME);
        }
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            Path roaming = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return roaming.resolve("DeepDrill").resolve(FILE_NAME);
        }
        // The XDG spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.apply("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".local", "share");
        return data.resolve("deepdrill").resolve(FILE_NAME);
    }

    @Override
    public synchronized void recordAttempt(String questionId, Long seed, Boolean correct, double score,
            double maxScore, String answer, Instant at) {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(at, "at");
        if (correct == null) {
            return; // an answer that did not parse is not an attempt
        }
        String sql = "INSERT INTO attempt (question_id, seed, correct, score, max_score, answer, at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, questionId);
            if (seed == null) {
                p.setNull(2, Types.INTEGER);
            } else {
                p.setLong(2, seed);
            }
            p.setInt(3, correct ? 1 : 0);
            p.setDouble(4, score);
            p.setDouble(5, maxScore);
            p.setString(6, answer);
            p.setLong(7, at.toEpochMilli());
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed("save the attempt", e);
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
        boolean forget = state.isNew(); // a question never reviewed has no row
        try (PreparedStatement p = connection.prepareStatement(forget ? "DELETE FROM review WHERE question_id = ?"
                : SAVE_REVIEW)) {
            if (forget) {
                p.setString(1, state.questionId());
            } else {
                bind(p, state);
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed("save the review state of " + state.questionId(), e);
        }
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
