package org.deepdrill.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ways a student may write a shape that a short-answer question accepts, since Moodle
 * compares text, not values: the tuple forms {@code (a, b)}, {@code [a, b]}, {@code a × b},
 * {@code a x b}, {@code a, b} with and without spaces, and for a dimension that is a product of
 * plain factors ({@code h*d}) every order of its factors written with {@code *}, {@code ·}, a
 * space or nothing ({@code hd}, {@code d h}). A dimension that is any other expression
 * ({@code N/2}, {@code (h+1)d}) is accepted only as the bank writes it, spaces removed or not.
 */
final class ShapeSpellings {
    /** A product of names or numbers: {@code h*d}, {@code 2*C*k}. */
    private static final Pattern PRODUCT = Pattern.compile("[A-Za-z0-9_]+(\\s*\\*\\s*[A-Za-z0-9_]+)*");
    /** More spellings than this are not written: Moodle would list them all to the TA. */
    static final int MAX = 200;

    private ShapeSpellings() {
    }

    /** Every accepted spelling, as typed (no Moodle escaping), the bank's own form first. */
    static List<String> of(List<String> dims) {
        List<List<String>> perDim = new ArrayList<>();
        for (String d : dims) {
            perDim.add(dimension(d.strip()));
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<String> combo : product(perDim)) {
            if (combo.size() == 1) {
                String a = combo.get(0);
                out.addAll(List.of("(" + a + ")", "(" + a + ",)", a, "[" + a + "]"));
            } else {
                out.add("(" + String.join(", ", combo) + ")");
                out.add("(" + String.join(",", combo) + ")");
                out.add("[" + String.join(", ", combo) + "]");
                out.add("[" + String.join(",", combo) + "]");
                out.add(String.join(" × ", combo));
                out.add(String.join("×", combo));
                out.add(String.join(" x ", combo));
                out.add(String.join(", ", combo));
            }
            if (out.size() >= MAX) {
                break;
            }
        }
        return new ArrayList<>(out).subList(0, Math.min(MAX, out.size()));
    }

    /** A product in every order and joined every way; anything else as written. */
    static List<String> dimension(String d) {
        Set<String> out = new LinkedHashSet<>();
        out.add(d);
        out.add(d.replaceAll("\\s+", ""));
        if (!PRODUCT.matcher(d).matches() || !d.contains("*")) {
            return new ArrayList<>(out);
        }
        List<String> factors = List.of(d.split("\\s*\\*\\s*"));
        if (factors.size() > 3) {
            return new ArrayList<>(out);
        }
        for (List<String> order : permutations(factors)) {
            out.add(String.join("*", order));
            out.add(String.join(" * ", order));
            out.add(String.join("·", order));
            out.add(String.join(" ", order));
            if (juxtaposable(order)) {
                out.add(String.join("", order));
            }
        }
        return new ArrayList<>(out);
    }

    /** {@code hd} and {@code 2h} read as products; {@code h2} or {@code 23} would not. */
    private static boolean juxtaposable(List<String> order) {
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i).length() != 1 || !Character.isLetter(order.get(i).charAt(0))) {
                return false;
            }
        }
        return order.get(0).chars().allMatch(Character::isDigit) || order.get(0).length() == 1;
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> rest = new ArrayList<>(items);
            String first = rest.remove(i);
            for (List<String> p : permutations(rest)) {
                List<String> l = new ArrayList<>();
                l.add(first);
                l.addAll(p);
                out.add(l);
            }
        }
        return out;
    }

    private static List<List<String>> product(List<List<String>> lists) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> options : lists) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String o : options) {
                    List<String> l = new ArrayList<>(prefix);
                    l.add(o);
                    next.add(l);
                }
            }
            out = next;
        }
        return out;
    }

    /** Moodle's short-answer {@code *} is a wildcard; a literal asterisk is written {@code \*}. */
    static String moodleEscaped(String spelling) {
        return spelling.replace("*", "\\*");
    }
}
