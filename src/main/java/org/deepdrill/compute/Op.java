package org.deepdrill.compute;

/** One op of the compute vocabulary (src/site/markdown/compute-ops.md). Implementations are stateless. */
public interface Op {
    /** The op's name in the vocabulary, e.g. {@code attention}. */
    String name();

    /**
     * Computes the op.
     *
     * @throws OpException when an argument is missing, of the wrong shape, inconsistent,
     *     not finite or over the size limits
     */
    OpResult apply(Args args);
}
