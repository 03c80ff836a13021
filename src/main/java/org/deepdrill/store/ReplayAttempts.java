package org.deepdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.deepdrill.study.Attempt;
import org.deepdrill.study.Rating;
import org.deepdrill.study.ReviewState;
import org.deepdrill.study.Schedule;

/**
 * Rebuilds questions' FSRS states from their recorded attempts ({@link Schedule#replay}): each
 * question's attempts are replayed in time order (ties in the order they were recorded), each
 * rated as the app rates a graded answer ({@link Rating#ofGrade}). Used by the migration from the
 * Leitner boxes (every question) and by an import (the questions that gained attempts).
 */
final class ReplayAttempts {
    private static final String COLUMNS = "SELECT question_id, correct, score, max_score, at, seed, answer FROM attempt";

    private ReplayAttempts() {
    }

    /** Fills the (empty) review table from the attempt table, on {@code c}'s open transaction. */
    static void rebuildReviews(Connection c) throws SQLException {
        String read = COLUMNS + " WHERE correct IS NOT NULL ORDER BY question_id, at, id";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(read);
                PreparedStatement insert = c.prepareStatement(ProgressStore.SAVE_REVIEW)) {
            String id = null;
            List<Attempt> attempts = new ArrayList<>();
            while (r.next()) {
                if (id != null && !id.equals(r.getString(1))) {
                    save(insert, Schedule.replay(id, attempts));
                    attempts.clear();
                }
                id = r.getString(1);
                attempts.add(attempt(r));
            }
            if (id != null) {
                save(insert, Schedule.replay(id, attempts));
            }
        }
    }

    /**
     * Replaces the review states of {@code questionIds} by replaying each one's attempts, on
     * {@code c}'s open transaction. A question without attempts is left unreviewed.
     */
    static void rebuildReviews(Connection c, Collection<String> questionIds) throws SQLException {
        String read = COLUMNS + " WHERE question_id = ? AND correct IS NOT NULL ORDER BY at, id";
        try (PreparedStatement select = c.prepareStatement(read);
                PreparedStatement delete = c.prepareStatement("DELETE FROM review WHERE question_id = ?");
                PreparedStatement insert = c.prepareStatement(ProgressStore.SAVE_REVIEW)) {
            for (String id : questionIds) {
                List<Attempt> attempts = new ArrayList<>();
                select.setString(1, id);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        attempts.add(attempt(r));
                    }
                }
                delete.setString(1, id);
                delete.executeUpdate();
                if (!attempts.isEmpty()) {
                    save(insert, Schedule.replay(id, attempts));
                }
            }
        }
    }

    private static void save(PreparedStatement insert, ReviewState state) throws SQLException {
        ProgressStore.bind(insert, state);
        insert.executeUpdate();
    }

    /**
     * A row of {@link #COLUMNS} as an attempt. Score and points have been stored since the first
     * version; a row without them is rated from whether it was right alone (Good or Again), by
     * reading it as 1 or 0 points of 1.
     */
    private static Attempt attempt(ResultSet r) throws SQLException {
        boolean correct = r.getInt(2) != 0;
        double score = r.getDouble(3);
        boolean noScore = r.wasNull();
        double points = r.getDouble(4);
        if (noScore || r.wasNull()) {
            score = correct ? 1 : 0;
            points = 1;
        }
        long seed = r.getLong(6);
        Long seedOrNull = r.wasNull() ? null : seed;
        return new Attempt(r.getString(1), Instant.ofEpochMilli(r.getLong(5)), seedOrNull, r.getString(7), score,
                points, correct);
    }
}
