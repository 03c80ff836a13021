package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} in a prompt with a parameter's value as LaTeX: a number as written,
 * an array as a {@code bmatrix} (a vector as one row), a list of edges as {@code (a, b), …};
 * and {@code {{input:name}}} with an input of the question's computation, the same way.
 */
public final class PromptText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private PromptText() {
    }

    /**
     * @throws IllegalArgumentException naming a placeholder that is not a parameter
     */
    public static String render(String text, Map<String, JsonNode> values, java.util.Set<String> edgeLists) {
        if (text == null || text.indexOf("{{") < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            JsonNode v = values.get(name);
            if (v == null) {
                throw new IllegalArgumentException("'{{" + name + "}}' is not a parameter; the parameters are " + values.keySet());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(edgeLists.contains(name) ? edges(v) : latex(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** {@code {{input:name}}}: an input of the question's own computation. */
    static final Pattern INPUT = Pattern.compile("\\{\\{\\s*input:([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    /**
     * Fills {@code {{input:name}}} with the value the computation is given for {@code name} (its
     * {@code args}, or a program's {@code inputs}), typeset as a parameter is: a prompt that shows
     * its numbers this way cannot drift from the key when an input is changed.
     *
     * @throws IllegalArgumentException naming a placeholder that is not an input
     */
    public static String renderInputs(String text, JsonNode compute) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher m = INPUT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            JsonNode v = input(compute, m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("'{{input:" + m.group(1) + "}}' is not an input of the computation; its inputs are "
                        + inputNames(compute));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(latex(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The computation's input {@code name}: {@code args.name}, or a step program's {@code inputs.name}; null if none. */
    static JsonNode input(JsonNode compute, String name) {
        if (compute == null) {
            return null;
        }
        JsonNode args = compute.has("steps") ? compute.path("inputs") : compute.path("args");
        JsonNode v = args.get(name);
        return v == null || v.isNull() ? null : v;
    }

    static java.util.List<String> inputNames(JsonNode compute) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (compute != null) {
            (compute.has("steps") ? compute.path("inputs") : compute.path("args")).fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    static String latex(JsonNode v) {
        if (v.isNumber()) {
            return number(v.asDouble());
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isArray() && !v.isEmpty() && v.get(0).isArray() && v.get(0).size() > 0 && v.get(0).get(0).isArray()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < v.size(); i++) {
                sb.append(i > 0 ? ",\\ " : "").append(latex(v.get(i)));
            }
            return sb.toString();
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder("\\begin{bmatrix}");
            boolean matrix = !v.isEmpty() && v.get(0).isArray();
            for (int i = 0; i < v.size(); i++) {
                if (matrix) {
                    sb.append(i > 0 ? " \\\\ " : "");
                    for (int j = 0; j < v.get(i).size(); j++) {
                        sb.append(j > 0 ? " & " : "").append(latex(v.get(i).get(j)));
                    }
                } else {
                    sb.append(i > 0 ? " & " : "").append(latex(v.get(i)));
                }
            }
            return sb.append("\\end{bmatrix}").toString();
        }
        return v.toString();
    }

    private static String edges(JsonNode v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            sb.append(i > 0 ? ", " : "").append('(').append(plain(e.get(0))).append(", ").append(plain(e.get(1))).append(')');
        }
        return sb.toString();
    }

    private static String plain(JsonNode v) {
        return v == null ? "?" : v.isNumber() ? number(v.asDouble()) : v.asText();
    }

    static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.valueOf((long) x);
        }
        String s = String.format(Locale.ROOT, "%.6g", x);
        return s.contains("e") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
