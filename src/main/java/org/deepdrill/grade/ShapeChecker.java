package org.deepdrill.grade;

import java.util.ArrayList;
import java.util.List;
import org.deepdrill.expr.Equivalence;
import org.deepdrill.expr.Expr;
import org.deepdrill.expr.ExprParseException;
import org.deepdrill.expr.ExprParser;

/**
 * Checks a typed tensor shape such as {@code hd × D}, {@code (hd, D)}, {@code [4, 2, 3]} or
 * {@code 4x2x3}: each dimension is an expression in the variables, compared by value.
 */
public final class ShapeChecker {
    private ShapeChecker() {
    }

    public static Verdict check(List<String> keyDims, List<String> vars, String typed, double points) {
        List<Expr> key = new ArrayList<>();
        for (String k : keyDims) {
            try {
                key.add(ExprParser.parseExpression(k, vars));
            } catch (ExprParseException e) {
                throw new IllegalArgumentException("the key dimension '" + k + "' does not parse: " + e.getMessage(), e);
            }
        }
        List<String> parts = split(typed, vars);
        if (parts.isEmpty()) {
            return Verdict.invalid(points, "Could not read a shape: write it like (2, 3) or 2 × 3.", 0);
        }
        List<Expr> answer = new ArrayList<>();
        int offset = 0;
        for (String p : parts) {
            try {
                answer.add(ExprParser.parseExpression(p, vars));
            } catch (ExprParseException e) {
                int at = typed.indexOf(p, offset);
                return Verdict.invalid(points, "Could not read the dimension '" + p.strip() + "': " + e.getMessage() + ".",
                        Math.max(0, at) + e.position());
            }
            offset = Math.max(offset, typed.indexOf(p, offset));
        }
        if (answer.size() != key.size()) {
            return Verdict.wrong(points, "Expected " + key.size() + " dimensions, got " + answer.size() + ".");
        }
        boolean[] ok = new boolean[key.size()];
        boolean all = true;
        for (int i = 0; i < key.size(); i++) {
            ok[i] = Equivalence.compare(key.get(i), answer.get(i), vars, 17L * i + 3).equivalent();
            all &= ok[i];
        }
        if (all) {
            return Verdict.right(points, "");
        }
        if (key.size() == 2 && Equivalence.compare(key.get(0), answer.get(1), vars, 5).equivalent()
                && Equivalence.compare(key.get(1), answer.get(0), vars, 6).equivalent()) {
            return Verdict.wrong(points, "The dimensions are right but in the wrong order (rows first).");
        }
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < ok.length; i++) {
            if (!ok[i]) {
                wrong.append(wrong.length() > 0 ? ", " : "").append(i + 1);
            }
        }
        return Verdict.wrong(points, "Dimension " + wrong + " is not right.");
    }

    /** Splits at top-level commas, ×, \times, or a lone x that is not a variable. */
    static List<String> split(String typed, List<String> vars) {
        String s = typed.strip();
        if ((s.startsWith("(") && s.endsWith(")")) || (s.startsWith("[") && s.endsWith("]"))) {
            s = s.substring(1, s.length() - 1);
        }
        s = s.replace("\\times", "×");
        if (!vars.contains("x")) {
            s = s.replaceAll("(?<=[0-9A-Za-z)}\\s])x(?=[\\s0-9A-Za-z({\\\\])", "×");
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == '×')) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        parts.removeIf(p -> p.isBlank());
        return parts;
    }
}
