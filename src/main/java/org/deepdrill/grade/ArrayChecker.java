package org.deepdrill.grade;

import java.util.ArrayList;
import java.util.List;
import org.deepdrill.compute.Tensor;
import org.deepdrill.expr.ExprParseException;
import org.deepdrill.expr.ExprParser;

/**
 * Checks typed vectors and matrices entry by entry. A wrong answer names its wrong entries
 * (1-based, as a student counts), a wrong shape, or a transposed result.
 */
public final class ArrayChecker {
    /** At most this many wrong entries are named in the text; all are in {@link Verdict#wrongCells()}. */
    private static final int NAMED_CELLS = 6;

    private ArrayChecker() {
    }

    /**
     * Checks a vector answer: the key's entries in order; a typed row or column is accepted.
     *
     * @param credit how a partly right answer is scored, or null for all or nothing
     */
    public static Verdict checkVector(Tensor key, String typed, Tolerance tol, double points, EntryCredit credit) {
        double[] answer;
        try {
            answer = ExprParser.parseVector(typed);
        } catch (ExprParseException e) {
            return Verdict.invalid(points, "Could not read this as a vector: " + e.getMessage() + ".", e.position());
        }
        double[] k = key.data();
        if (answer.length != k.length) {
            return Verdict.wrong(points, "Expected " + k.length + " entries, got " + answer.length + ".");
        }
        List<Verdict.Cell> wrong = new ArrayList<>();
        for (int i = 0; i < k.length; i++) {
            if (!tol.accepts(k[i], answer[i])) {
                wrong.add(new Verdict.Cell(0, i));
            }
        }
        if (wrong.isEmpty()) {
            return Verdict.right(points, "");
        }
        if (wrong.size() == k.length) {
            return Verdict.wrong(points, k.length == 1 ? "The entry is wrong." : "All " + k.length + " entries are wrong.", wrong);
        }
        StringBuilder text = new StringBuilder(wrong.size() == 1 ? "Entry " : "Entries ");
        for (int i = 0; i < Math.min(NAMED_CELLS, wrong.size()); i++) {
            text.append(i > 0 ? ", " : "").append(wrong.get(i).column() + 1);
        }
        if (wrong.size() > NAMED_CELLS) {
            text.append(" and ").append(wrong.size() - NAMED_CELLS).append(" more");
        }
        text.append(wrong.size() == 1 ? " is" : " are").append(" not right; the others are.");
        return partly(k.length, wrong, points, credit, text.toString());
    }

    /**
     * Checks a matrix answer against a 2-D key.
     *
     * @param credit how a partly right answer of the right shape is scored, or null for all or nothing
     */
    public static Verdict checkMatrix(Tensor key, String typed, Tolerance tol, double points, EntryCredit credit) {
        double[][] answer;
        try {
            answer = ExprParser.parseMatrix(typed);
        } catch (ExprParseException e) {
            return Verdict.invalid(points, "Could not read this as a matrix: " + e.getMessage() + ".", e.position());
        }
        double[][] k = key.toRows();
        int rows = k.length;
        int cols = k[0].length;
        int aRows = answer.length;
        int aCols = aRows == 0 ? 0 : answer[0].length;
        if (aRows != rows || aCols != cols) {
            if (aRows == cols && aCols == rows && allClose(transpose(k), answer, tol)) {
                return Verdict.wrong(points, "This is the transpose of the answer: expected " + rows + "×" + cols
                        + ", you gave " + aRows + "×" + aCols + " with the rows and columns swapped.");
            }
            return Verdict.wrong(points, "Wrong shape: expected " + rows + "×" + cols + ", got " + aRows + "×" + aCols + ".");
        }
        List<Verdict.Cell> wrong = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (!tol.accepts(k[i][j], answer[i][j])) {
                    wrong.add(new Verdict.Cell(i, j));
                }
            }
        }
        if (wrong.isEmpty()) {
            return Verdict.right(points, "");
        }
        if (rows == cols && allClose(transpose(k), answer, tol)) {
            return Verdict.wrong(points, "This is the transpose of the answer: rows and columns are swapped.", wrong);
        }
        if (wrong.size() == rows * cols) {
            return Verdict.wrong(points, rows * cols == 1 ? "The entry is wrong." : "All " + rows * cols + " entries are wrong.", wrong);
        }
        StringBuilder text = new StringBuilder(wrong.size() == 1 ? "The entry at " : "The entries at ");
        for (int i = 0; i < Math.min(NAMED_CELLS, wrong.size()); i++) {
            Verdict.Cell c = wrong.get(i);
            text.append(i > 0 ? ", " : "").append("(").append(c.row() + 1).append(",").append(c.column() + 1).append(")");
        }
        if (wrong.size() > NAMED_CELLS) {
            text.append(" and ").append(wrong.size() - NAMED_CELLS).append(" more");
        }
        text.append(wrong.size() == 1 ? " is" : " are").append(" wrong (row, column); the other entries are right.");
        return partly(rows * cols, wrong, points, credit, text.toString());
    }

    /**
     * A right-shaped answer with some wrong entries: wrong, or with {@code credit} the points its
     * right entries earn, and how many they are.
     */
    private static Verdict partly(int total, List<Verdict.Cell> wrong, double points, EntryCredit credit, String detail) {
        if (credit == null) {
            return Verdict.wrong(points, detail, wrong);
        }
        int right = total - wrong.size();
        double score = credit.score(right, total, points);
        return new Verdict(Verdict.Outcome.of(score, points), score, points,
                detail, List.of(), wrong, -1, null, new Verdict.Entries(right, total));
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static boolean allClose(double[][] key, double[][] answer, Tolerance tol) {
        for (int i = 0; i < key.length; i++) {
            for (int j = 0; j < key[0].length; j++) {
                if (!tol.accepts(key[i][j], answer[i][j])) {
                    return false;
                }
            }
        }
        return true;
    }
}
