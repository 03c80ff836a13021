package org.deepdrill.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deepdrill.compute.Step;

/**
 * A question's {@code notation}: how its worked solution writes the symbols of the op's own step
 * labels. The {@code rnn} op labels its steps {@code h_{1} = W_{hh} h_{0} + W_{xh} x_{1}}; a sheet
 * that writes {@code s_t = W s_{t-1} + U x_t} gives {@code {"h": "s", "W_{hh}": "W", "W_{xh}": "U"}}
 * and its students read {@code s_{1} = W s_{0} + U x_{1}}.
 *
 * <p>A symbol is replaced only where it stands alone: not after a letter or a backslash (so
 * {@code h} in {@code \tanh} or {@code th} stays) and not before a letter (so {@code h} in
 * {@code hh} stays). Longer symbols are tried first and each place is replaced once, so
 * {@code W_{hh}} is not first cut up by the rule for {@code h}.
 */
public final class Notation {
    /** Most symbols one question may rename. */
    public static final int MAX_SYMBOLS = 20;
    /** Longest symbol or replacement. */
    public static final int MAX_LENGTH = 40;

    private Notation() {
    }

    /** {@code latex} with each symbol of {@code notation} written as the question writes it. */
    public static String rewrite(String latex, Map<String, String> notation) {
        if (notation.isEmpty() || latex == null) {
            return latex;
        }
        Matcher m = pattern(new ArrayList<>(notation.keySet())).matcher(latex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(notation.get(m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** The steps with their labels rewritten; the same list when the notation is empty. */
    public static List<Step> rewrite(List<Step> steps, Map<String, String> notation) {
        if (notation.isEmpty()) {
            return steps;
        }
        return steps.stream().map(s -> new Step(s.name(), rewrite(s.label(), notation), s.value())).toList();
    }

    /**
     * What is wrong with {@code notation} for these steps, as a TA would want to hear it: a
     * symbol no step label uses is most likely a typo, which would otherwise leave the worked
     * solution silently in the op's own notation. Empty when every symbol is used.
     */
    public static Optional<String> check(Map<String, String> notation, List<Step> steps) {
        for (String symbol : notation.keySet()) {
            Pattern p = pattern(List.of(symbol));
            if (steps.stream().noneMatch(s -> s.label() != null && p.matcher(s.label()).find())) {
                List<String> labels = steps.stream().map(Step::label).filter(l -> l != null).distinct().limit(2).toList();
                return Optional.of("notation: '" + symbol + "' does not occur in the worked steps' labels"
                        + (labels.isEmpty() ? " (this question has none)" : ", which read " + String.join("; ", labels)));
            }
        }
        return Optional.empty();
    }

    private static Pattern pattern(List<String> symbols) {
        List<String> longestFirst = new ArrayList<>(symbols);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String s : longestFirst) {
            alternatives.append(alternatives.length() > 0 ? "|" : "").append(Pattern.quote(s));
        }
        return Pattern.compile("(?<![A-Za-z\\\\])(?:" + alternatives + ")(?![A-Za-z])");
    }
}
