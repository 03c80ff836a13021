package org.deepdrill.ui.input;

import java.util.Collection;
import java.util.stream.Collectors;

/** Options are named a, b, c … as in the sheets and as the choice and multi checkers read them. */
final class OptionLetters {
    private OptionLetters() {
    }

    static String letter(int index) {
        return String.valueOf((char) ('a' + index));
    }

    /** Ticked options in order, {@code "a, c"}; "" when none. */
    static String join(Collection<Integer> indices) {
        return indices.stream().sorted().map(OptionLetters::letter).collect(Collectors.joining(", "));
    }
}
