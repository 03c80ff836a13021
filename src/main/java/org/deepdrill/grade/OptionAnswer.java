package org.deepdrill.grade;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads which options a student picked: letters ({@code b}, {@code (b)}, {@code a, c}) or
 * 0-based indices ({@code 1}, {@code [0, 2]}), the form the app and the CLI send.
 */
final class OptionAnswer {
    private OptionAnswer() {
    }

    /** The picked 0-based indices, or throws with the position of what could not be read. */
    static Set<Integer> read(String typed, int options) throws UnreadableOption {
        Set<Integer> picked = new LinkedHashSet<>();
        String s = typed.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '[' || c == ']' || c == '(' || c == ')') {
                i++;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i - start > 3) {
                    throw new UnreadableOption(start, "an option number");
                }
                int index = Integer.parseInt(s.substring(start, i));
                if (index >= options) {
                    throw new UnreadableOption(start, "an option from 0 to " + (options - 1));
                }
                picked.add(index);
            } else if (c >= 'a' && c <= 'z' && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)))) {
                int index = c - 'a';
                if (index >= options) {
                    throw new UnreadableOption(i, "an option from a to " + (char) ('a' + options - 1));
                }
                picked.add(index);
                i++;
            } else {
                throw new UnreadableOption(i, "an option letter or number");
            }
        }
        return picked;
    }

    static String letter(int index) {
        return "(" + (char) ('a' + index) + ")";
    }

    /** What could not be read, and where. */
    static final class UnreadableOption extends Exception {
        private static final long serialVersionUID = 1L;
        final int position;

        UnreadableOption(int position, String expected) {
            super("at position " + position + ": expected " + expected);
            this.position = position;
        }
    }
}
