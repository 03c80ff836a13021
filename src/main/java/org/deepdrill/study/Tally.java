package org.deepdrill.study;

/** How one question went over some span of time: attempts, and how many of them were right. */
public record Tally(String questionId, int attempts, int correct) {
}
