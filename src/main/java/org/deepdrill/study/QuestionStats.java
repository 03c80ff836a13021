package org.deepdrill.study;

import java.time.Instant;

/**
 * What the progress log knows about one question: how often it was attempted (answers that did
 * not parse are not attempts), how often it was right, the best score in the question's own
 * points (partial and negative credit included), and when it was last attempted (millisecond
 * precision: that is what is stored).
 */
public record QuestionStats(String questionId, int attempts, int correct, double bestScore, Instant lastAt) {
}
