package org.deepdrill.compute;

/**
 * One line of a worked solution: a named intermediate result, the LaTeX that says how it was
 * obtained (for example {@code S = QK^\top/\sqrt{d}}), and its value.
 */
public record Step(String name, String label, Tensor value) {
}
