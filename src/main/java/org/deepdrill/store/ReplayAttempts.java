package org.deepdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.deepdrill.study.Rating;
import org.deepdrill.study.ReviewState;
import org.deepdrill.study.Schedule;

/**
 * Rebuilds every question's FSRS state from its recorded attempts, for the migration from the
 * Leitner boxes: each question's attempts are replayed in time order (ties in the order they
 * were recorded), each rated as the app rates a graded answer ({@link Rating#ofGrade}). Easy is
 * never inferred: old attempts do not say whether the student would have pressed it.
 */
final class ReplayAttempts {
    private ReplayAttempts() {
    }

    /** Fills the (empty) review table from the attempt table, on {@code c}'s open transaction. */
    static void rebuildReviews(Connection c) throws SQLException {
        String read = "SELECT question_id, correct, score, max_score, at FROM attempt"
                + " WHERE correct IS NOT NULL ORDER BY question_id, at, id";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(read);
                PreparedStatement insert = c.prepareStatement(ProgressStore.SAVE_REVIEW)) {
            ReviewState state = null;
            while (r.next()) {
                String id = r.getString(1);
                if (state != null && !state.questionId().equals(id)) {
                    ProgressStore.bind(insert, state);
                    insert.executeUpdate();
                    state = null;
                }
                if (state == null) {
                    state = ReviewState.unseen(id);
                }
                Optional<Rating> rating = ratingOf(r.getInt(2) != 0, nullableDouble(r, 3), nullableDouble(r, 4));
                state = Schedule.after(state, rating.orElseThrow(), Instant.ofEpochMilli(r.getLong(5)));
            }
            if (state != null) {
                ProgressStore.bind(insert, state);
                insert.executeUpdate();
            }
        }
    }

    private static Double nullableDouble(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    /**
     * An old attempt's rating: from its score and points when both were stored (they always are
     * since the first version), else from whether it was right (Good) or not (Again).
     */
    static Optional<Rating> ratingOf(boolean correct, Double score, Double points) {
        if (score == null || points == null) {
            return Optional.of(correct ? Rating.GOOD : Rating.AGAIN);
        }
        return Rating.ofGrade(correct, score, points, false);
    }
}
