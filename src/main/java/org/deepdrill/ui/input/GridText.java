package org.deepdrill.ui.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deepdrill.expr.ExprParseException;
import org.deepdrill.expr.ExprParser;

/**
 * The text the grader reads for a grid of cells, and where each cell sits in it. A matrix is
 * written {@code [[a, b], [c, d]]}, a vector {@code [a, b, c]}, each cell as typed except:
 * <ul>
 * <li>a cell with a space, comma, semicolon or {@code &} is wrapped in parentheses, because
 * inside brackets those separate entries ({@code 1 -2} would silently become two entries and
 * change the shape; {@code (1 -2)} is −1 and {@code (2 3)} is refused as ambiguous);</li>
 * <li>a lone decimal-comma number ({@code 0,5}) gets a point, as the number checker reads it;</li>
 * <li>an empty cell is left empty so the grader refuses it; the whole text is "" only when
 * every cell is empty (nothing entered).</li>
 * </ul>
 * Plain Java, so it is tested without a toolkit.
 */
public final class GridText {

    /** A cell of the grid, 0-based. */
    public record Cell(int row, int column) {
    }

    /** Same rule as {@code ExprParser.parseNumber}: 0,8 is a decimal; 1,000 is ambiguous. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+\u2212]?\\d+,\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("[-+\u2212]?\\d{1,3}(,\\d{3})+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("[-+\u2212]?0+,\\d+");
    private static final Pattern ENVIRONMENT =
            Pattern.compile("(?s)\\\\begin\\{(\\w+)\\}(.*)\\\\end\\{\\1\\}");

    private final String text;
    private final List<int[]> spans;   // {row, column, start, end} of each cell's text
    private final List<List<String>> cells;

    private GridText(String text, List<int[]> spans, List<List<String>> cells) {
        this.text = text;
        this.spans = spans;
        this.cells = cells;
    }

    /**
     * @param cells the cells row by row (all rows the same length)
     * @param vector write one flat list {@code [a, b, c]} (the grid is 1×n or n×1)
     */
    public static GridText of(List<List<String>> cells, boolean vector) {
        List<List<String>> copy = cells.stream().map(List::copyOf).toList();
        StringBuilder out = new StringBuilder("[");
        List<int[]> spans = new ArrayList<>();
        boolean anything = false;
        for (int r = 0; r < copy.size(); r++) {
            if (!vector) {
                out.append(r > 0 ? ", [" : "[");
            }
            for (int c = 0; c < copy.get(r).size(); c++) {
                if (c > 0 || (vector && r > 0)) {
                    out.append(", ");
                }
                String entry = entry(copy.get(r).get(c));
                anything |= !entry.isEmpty();
                spans.add(new int[] {r, c, out.length(), out.length() + entry.length()});
                out.append(entry);
            }
            if (!vector) {
                out.append(']');
            }
        }
        out.append(']');
        return new GridText(anything ? out.toString() : "", anything ? spans : List.of(), copy);
    }

    /** What the grader reads. */
    public String text() {
        return text;
    }

    /**
     * The cell that an error position in {@link #text()} (as in {@code Verdict.errorPosition})
     * falls in or right after: a grader message such as "at position 5: expected a number but
     * found ']'" then points at a cell the student can see.
     */
    public Optional<Cell> cellAt(int position) {
        int[] best = null;
        for (int[] s : spans) {
            if (position >= s[2] && position <= s[3]) {
                // Prefer an empty cell or one that contains the position over one it merely follows.
                if (best == null || s[2] == s[3] || position < s[3]) {
                    best = s;
                }
            }
        }
        if (best == null) {
            for (int[] s : spans) {
                if (s[2] <= position) {
                    best = s;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Cell(best[0], best[1]));
    }

    /** The first empty cell when some but not all cells hold text. */
    public Optional<Cell> firstEmptyCell() {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (int r = 0; r < cells.size(); r++) {
            for (int c = 0; c < cells.get(r).size(); c++) {
                if (cells.get(r).get(c).isBlank()) {
                    return Optional.of(new Cell(r, c));
                }
            }
        }
        return Optional.empty();
    }

    /** One cell as written into the text. */
    static String entry(String cell) {
        String s = cell.strip();
        if (DECIMAL_COMMA.matcher(s).matches()
                && (!THOUSANDS.matcher(s).matches() || LEADING_ZEROS.matcher(s).matches())) {
            return s.replace(',', '.');
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == ',' || ch == ';' || ch == '&') {
                return "(" + s + ")";
            }
        }
        return s;
    }

    /**
     * The cells of a pasted matrix ({@code [[1,2],[3,4]]}, {@code 1 2; 3 4}, a LaTeX bmatrix …),
     * or empty when the text does not read as a matrix. Each cell keeps the text it was pasted
     * with when that can be recovered and reads as the same value ({@code \frac{1}{2}} stays);
     * otherwise it is the value written out.
     */
    public static Optional<List<List<String>>> cellsOf(String pasted) {
        double[][] values;
        try {
            values = ExprParser.parseMatrix(pasted);
        } catch (ExprParseException e) {
            return Optional.empty();
        }
        List<List<String>> split = split(pasted);
        if (split != null && sameValues(split, values)) {
            return Optional.of(split);
        }
        List<List<String>> written = new ArrayList<>();
        for (double[] row : values) {
            List<String> cells = new ArrayList<>();
            for (double v : row) {
                cells.add(write(v));
            }
            written.add(cells);
        }
        return Optional.of(written);
    }

    /**
     * A best guess at the pasted entries' own text, by the usual separators; {@link #cellsOf}
     * keeps it only when every guessed cell reads as the value the real parser found.
     */
    private static List<List<String>> split(String pasted) {
        String s = pasted.strip();
        while (s.length() > 1 && s.startsWith("$") && s.endsWith("$")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher env = ENVIRONMENT.matcher(s);
        List<String> rows;
        String cellSeparator;
        if (env.matches()) {
            rows = List.of(env.group(2).split("\\\\\\\\|;"));
            cellSeparator = "&";
        } else {
            if (s.startsWith("[") && s.endsWith("]") || s.startsWith("(") && s.endsWith(")")) {
                s = s.substring(1, s.length() - 1).strip();
            }
            if (s.startsWith("[") && s.endsWith("]")) {
                rows = List.of(s.substring(1, s.length() - 1).split("\\]\\s*[,;]?\\s*\\["));
            } else {
                rows = List.of(s.split(";|\\R"));
            }
            cellSeparator = null;
        }
        List<List<String>> out = new ArrayList<>();
        for (String row : rows) {
            if (row.isBlank()) {
                continue;
            }
            String separator = cellSeparator != null ? cellSeparator : row.contains(",") ? "," : "\\s+";
            List<String> cells = new ArrayList<>();
            for (String cell : row.strip().split(separator)) {
                cells.add(cell.strip());
            }
            out.add(cells);
        }
        return out;
    }

    private static boolean sameValues(List<List<String>> cells, double[][] values) {
        if (cells.size() != values.length) {
            return false;
        }
        for (int r = 0; r < values.length; r++) {
            if (cells.get(r).size() != values[r].length) {
                return false;
            }
            for (int c = 0; c < values[r].length; c++) {
                String cell = cells.get(r).get(c);
                try {
                    if (cell.contains(",") || Double.compare(ExprParser.parseNumber(cell), values[r][c]) != 0) {
                        return false;
                    }
                } catch (ExprParseException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A value as a cell shows it: 2 not 2.0, 0.0001 not 1.0E-4. */
    static String write(double v) {
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            return Long.toString((long) v);
        }
        if (a >= 1e-4 && a < 1e15) {
            return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v);
    }
}
