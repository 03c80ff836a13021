package org.deepdrill.study;

import java.time.Instant;

/** One handed-in exam sitting: when, which exam, and the points earned of the points it had. */
public record ExamScore(Instant at, String exam, double score, double points) {
}
