package org.deepdrill.study;

/**
 * FSRS's memory of one reviewed question: stability S, the days until the chance of recall falls
 * to 90% (at least {@link Fsrs#S_MIN}, at most {@link Fsrs#MAX_INTERVAL}), and difficulty D in
 * [1, 10]. A question never reviewed has no memory state.
 */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!(stability >= Fsrs.S_MIN && stability <= Fsrs.MAX_INTERVAL)) {
            throw new IllegalArgumentException("stability " + stability + " is outside " + Fsrs.S_MIN + ".."
                    + Fsrs.MAX_INTERVAL);
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty " + difficulty + " is outside 1..10");
        }
    }
}
