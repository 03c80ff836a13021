package org.deepdrill.grade;

/**
 * A wrong-but-common result (the signless Laplacian, the n−1 variance, the transposed matrix …)
 * with the feedback a student who typed it should get. Its value was computed by the core
 * exactly like the key, so it is recognised with the same checker and tolerance.
 *
 * @param value the wrong result, of the same type as its key's value
 * @param points what a student who made it earns (0 unless the bank says otherwise)
 */
public record Mistake<V>(String name, V value, String feedback, double points) {

    /** A mistake that earns nothing. */
    public Mistake(String name, V value, String feedback) {
        this(name, value, feedback, 0);
    }
}
