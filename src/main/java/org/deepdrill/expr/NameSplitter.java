package org.deepdrill.expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a run of letters such as {@code 4hdD}'s {@code hdD} into the names it is made of.
 *
 * <p>First the run is split into variables only (so with variables {@code p}, {@code i} the run
 * {@code pi} is p·i); only if that fails are function names ({@code sqrt}, {@code exp}, …) and
 * constants ({@code pi}, and {@code e} when {@code e} is not a variable) allowed as well. At each
 * place the longest name is tried first, backtracking when the rest cannot be split, so
 * variables {@code ab}, {@code a}, {@code bc} split {@code abc} as a·bc.
 */
final class NameSplitter {

    /** One name found in a run: what it is, its canonical name and where it starts in the run. */
    record Piece(Token.Kind kind, String name, int offset, int length) {
    }

    /** The outcome of a split: the pieces, or (when impossible) how far a split could reach. */
    record Split(List<Piece> pieces, int reached) {
        boolean ok() {
            return pieces != null;
        }
    }

    private final List<String> variables;
    private final List<Piece> variableNames;
    private final List<Piece> allNames;

    NameSplitter(List<String> variables) {
        this.variables = variables.stream().filter(v -> v != null && !v.isEmpty()).toList();
        this.variableNames = new ArrayList<>();
        for (String v : this.variables) {   // an empty name would match everywhere: dropped
            variableNames.add(new Piece(Token.Kind.VAR, v, 0, v.length()));
        }
        this.allNames = new ArrayList<>(variableNames);
        for (String fn : Expr.Call.FUNCTIONS) {
            allNames.add(new Piece(Token.Kind.FUNC, fn, 0, fn.length()));
        }
        allNames.add(new Piece(Token.Kind.CONST, "pi", 0, 2));
        if (!variables.contains("e")) {
            allNames.add(new Piece(Token.Kind.CONST, "e", 0, 1));
        }
        Comparator<Piece> longestFirst = Comparator.comparingInt(p -> -p.length());
        variableNames.sort(longestFirst);
        allNames.sort(longestFirst);   // stable: a variable wins over a word of equal length
    }

    List<String> variables() {
        return variables;
    }

    boolean isVariable(String name) {
        return variables.contains(name);
    }

    Split split(String run) {
        Split onlyVariables = split(run, variableNames);
        if (onlyVariables.ok()) {
            return onlyVariables;
        }
        Split withWords = split(run, allNames);
        return withWords.ok() ? withWords
                : new Split(null, Math.max(onlyVariables.reached(), withWords.reached()));
    }

    private static Split split(String run, List<Piece> names) {
        // dead[i]: the rest of the run from i cannot be split; keeps the search linear.
        boolean[] dead = new boolean[run.length() + 1];
        int[] reached = {0};
        List<Piece> pieces = new ArrayList<>();
        boolean ok = splitFrom(run, 0, names, dead, pieces, reached);
        return new Split(ok ? List.copyOf(pieces) : null, reached[0]);
    }

    private static boolean splitFrom(String run, int at, List<Piece> names, boolean[] dead,
                                     List<Piece> pieces, int[] reached) {
        reached[0] = Math.max(reached[0], at);
        if (at == run.length()) {
            return true;
        }
        if (dead[at]) {
            return false;
        }
        for (Piece name : names) {
            if (run.startsWith(name.name(), at)) {
                pieces.add(new Piece(name.kind(), name.name(), at, name.length()));
                if (splitFrom(run, at + name.length(), names, dead, pieces, reached)) {
                    return true;
                }
                pieces.remove(pieces.size() - 1);
            }
        }
        dead[at] = true;
        return false;
    }
}
