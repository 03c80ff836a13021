package org.deepdrill.latex;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * One formula checked with jlatexmath's own parser, the one the app draws with, so a formula
 * that passes here is a formula the app can typeset. No display is needed: parsing builds boxes
 * but paints nothing.
 */
public final class TeX {
    /** jlatexmath fills static tables lazily and is not thread-safe: every parse and paint holds this. */
    private static final Object JLATEXMATH = new Object();
    private static final Pattern UNKNOWN = Pattern.compile("Unknown symbol or command or predefined TeXFormula: '(.*)'");

    private TeX() {
    }

    /** Runs {@code work} (anything that parses or paints with jlatexmath) alone. */
    public static <T> T exclusively(Supplier<T> work) {
        synchronized (JLATEXMATH) {
            return work.get();
        }
    }

    /**
     * What keeps {@code latex} from being typeset as written, or empty: first the slips
     * jlatexmath silently forgives ({@link LatexCheck}), then its parser's own complaint.
     */
    public static Optional<String> problem(String latex) {
        String forgiven = LatexCheck.problem(latex);
        if (forgiven != null) {
            return Optional.of(forgiven);
        }
        try {
            exclusively(() -> new TeXFormula(latex));
            return Optional.empty();
        } catch (RuntimeException e) {
            // jlatexmath's ParseException is a RuntimeException; anything else it throws on odd input is reported alike
            return Optional.of(plain(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** jlatexmath's message in a TA's words. */
    static String plain(String message) {
        Matcher m = UNKNOWN.matcher(message.strip());
        if (m.matches()) {
            return "unknown command \\" + m.group(1);
        }
        String last = message.strip().replaceAll("(?s).*\\n", "");
        return last.isEmpty() ? message.strip() : last;
    }
}
