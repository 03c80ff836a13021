package org.deepdrill.latex;

import java.util.Optional;
import org.deepdrill.latex.MarkdownParser.Formula;

/**
 * What would keep a text field of a bank from showing as its author meant: a JSON escape that
 * swallowed a backslash ({@code "\frac"} is a form feed and "rac"), a {@code $} left open, or a
 * formula jlatexmath cannot typeset. The text is split into prose and math exactly as the app
 * splits it ({@link MarkdownParser}), and formulas are parsed by the app's parser ({@link TeX}).
 */
public final class TextCheck {
    private TextCheck() {
    }

    /** The first problem of a Markdown text with {@code $…$} math (a prompt, an option, a feedback), or empty. */
    public static Optional<String> markdown(String text) {
        Optional<String> slip = jsonSlip(text, true);
        if (slip.isPresent()) {
            return slip;
        }
        int dollars = dollars(text);
        if (dollars % 2 == 1) {
            return Optional.of("has " + dollars + " '$', an odd number: a formula is opened and never closed"
                    + " (close it with '$', or write \\\\$ in JSON for a dollar sign)");
        }
        for (MarkdownParser.Block block : MarkdownParser.parse(text)) {
            for (MarkdownParser.Inline inline : block.content()) {
                if (inline instanceof Formula f) {
                    Optional<String> p = TeX.problem(f.latex());
                    if (p.isPresent()) {
                        String shown = f.display() ? "$$" + abbreviate(f.latex()) + "$$" : "$" + abbreviate(f.latex()) + "$";
                        return Optional.of("cannot typeset " + shown + ": " + p.get());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first problem of a bare formula without {@code $} (a symbol of a question's notation), or empty. */
    public static Optional<String> formula(String latex) {
        Optional<String> slip = jsonSlip(latex, false);
        return slip.isPresent() ? slip : TeX.problem(latex).map(p -> "cannot typeset " + abbreviate(latex) + ": " + p);
    }

    /**
     * A control character that a JSON escape made out of a LaTeX command: {@code \f}, {@code \t},
     * {@code \b} and {@code \r} never belong in a bank's text; {@code \n} (a line break, which
     * prose may well hold) only when it stands inside a formula and, read back as a backslash,
     * starts a command jlatexmath knows ({@code \nabla}, {@code \neq}).
     */
    static Optional<String> jsonSlip(String text, boolean markdown) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\f' -> "f";
                case '\t' -> "t";
                case '\b' -> "b";
                case '\r' -> "r";
                case '\n' -> "n";
                default -> null;
            };
            if (escape == null) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String command = "\\" + escape + text.substring(i + 1, end);
            if (c == '\r' && end == i + 1) {
                continue; // a Windows line end written as \r\n
            }
            if (c == '\n' && (end == i + 1 || (markdown && dollars(text.substring(0, i)) % 2 == 0) || !known(command))) {
                continue;
            }
            String what = switch (c) {
                case '\f' -> "a form feed";
                case '\t' -> "a tab";
                case '\b' -> "a backspace";
                case '\r' -> "a carriage return";
                default -> "a line break";
            };
            String rest = text.substring(i + 1, end);
            return Optional.of("JSON reads \"" + command + "\" as " + what + (rest.isEmpty() ? "" : " followed by '" + rest + "'")
                    + ": write \\" + command + " in JSON");
        }
        return Optional.empty();
    }

    private static boolean known(String command) {
        return TeX.problem(command).isEmpty();
    }

    /** How many {@code $} the text holds that are not written {@code \$}. */
    static int dollars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                n++;
            }
        }
        return n;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 40 ? one : one.substring(0, 37) + "…";
    }
}
