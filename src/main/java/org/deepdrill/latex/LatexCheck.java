package org.deepdrill.latex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catches the mistakes jlatexmath silently forgives: it draws an unclosed group
 * (<code>\frac{1}{</code>), a dangling <code>x^</code> and an unended
 * <code>\begin{bmatrix}</code> as if they were fine, so a TA's typo would go unnoticed. The app
 * shows such a formula as its source, flagged, and {@code validate} reports it ({@link TextCheck}).
 */
public final class LatexCheck {
    private static final Pattern ENV = Pattern.compile("\\\\(begin|end)\\s*\\{([^}]*)\\}");

    private LatexCheck() {
    }

    /** What is wrong with {@code latex}, or null when nothing we check is. */
    public static String problem(String latex) {
        int depth = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i++; // \{ and \} are literal braces
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return "a '}' at position " + i + " closes no '{'";
            }
        }
        if (depth > 0) {
            return depth == 1 ? "a '{' is never closed" : depth + " '{' are never closed";
        }
        String trimmed = latex.strip();
        if (trimmed.endsWith("^") || trimmed.endsWith("_")) {
            return "'" + trimmed.charAt(trimmed.length() - 1) + "' at the end has nothing to apply to";
        }
        Deque<String> envs = new ArrayDeque<>();
        Matcher m = ENV.matcher(latex);
        while (m.find()) {
            if (m.group(1).equals("begin")) {
                envs.push(m.group(2));
            } else if (envs.isEmpty()) {
                return "\\end{" + m.group(2) + "} does not match an open \\begin";
            } else if (!envs.peek().equals(m.group(2))) {
                return "\\begin{" + envs.peek() + "} is closed by \\end{" + m.group(2) + "}: both must name the same environment";
            } else {
                envs.pop();
            }
        }
        return envs.isEmpty() ? null : "\\begin{" + envs.peek() + "} is never ended";
    }
}
