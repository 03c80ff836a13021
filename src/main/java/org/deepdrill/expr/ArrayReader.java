package org.deepdrill.expr;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deepdrill.expr.Token.Kind;

/**
 * Reads a vector or matrix in JSON, MATLAB or LaTeX notation into rows of numbers.
 *
 * <pre>
 * array   = env | "[" rows "]" | "(" rows ")" | "[" nested "]" | rows
 * nested  = "[" entries "]" { ["," | ";"] "[" entries "]" }
 * env     = "\begin{" NAME "}" rows "\end{" NAME "}"          bmatrix, pmatrix, matrix, array …
 * rows    = entries { (";" | "\\" | newline) entries }         empty rows are skipped
 * entries = entry { ["," | "&"] entry }                        a space separates entries too
 * </pre>
 *
 * Each entry is a number expression ({@link Parser.Mode#ENTRY}); as in MATLAB {@code 1 -2} is
 * two entries and {@code 1 - 2} one. A decimal comma is never read here: commas separate.
 */
final class ArrayReader {

    private static final Set<String> ENVIRONMENTS = Set.of(
            "matrix", "bmatrix", "pmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "array");
    private static final Set<Kind> SEPARATORS = EnumSet.of(
            Kind.COMMA, Kind.AMPERSAND, Kind.SEMICOLON, Kind.ROW_BREAK, Kind.EOF);
    private static final Map<Kind, Kind> CLOSE = Map.of(
            Kind.LBRACKET, Kind.RBRACKET, Kind.LPAREN, Kind.RPAREN);

    private final Parser parser;

    /** One row as read, with where it starts for error messages. */
    private record Row(int start, List<Double> entries) {
    }

    private ArrayReader(String source) throws ExprParseException {
        List<Token> tokens = Lexer.lex(source, new NameSplitter(List.of()));
        this.parser = new Parser(source, tokens, Parser.Mode.ENTRY, false);
    }

    static double[][] matrix(String text) throws ExprParseException {
        return new ArrayReader(text).read();
    }

    static double[] vector(String text) throws ExprParseException {
        double[][] grid = matrix(text);
        if (grid.length == 1) {
            return grid[0];
        }
        if (grid[0].length == 1) {
            double[] column = new double[grid.length];
            for (int i = 0; i < grid.length; i++) {
                column[i] = grid[i][0];
            }
            return column;
        }
        throw ExprParseException.problem(0, "a vector (one row or one column)",
                "expected a vector but found a " + grid.length + "×" + grid[0].length + " matrix");
    }

    private double[][] read() throws ExprParseException {
        List<Row> rows;
        Token first = parser.peek();
        if (first.is(Kind.BEGIN)) {
            rows = environment();
        } else if (CLOSE.containsKey(first.kind()) && (matchingClose() < 0
                || !parser.tokens().get(matchingClose()).is(CLOSE.get(first.kind())))) {
            List<Token> tokens = parser.tokens();
            Token end = tokens.get(matchingClose() < 0 ? tokens.size() - 1 : matchingClose());
            throw parser.expected("'" + (first.is(Kind.LBRACKET) ? "]" : ")") + "' to close the '"
                    + (first.is(Kind.LBRACKET) ? "[" : "(") + "' at position " + first.start(), end);
        } else if (CLOSE.containsKey(first.kind())
                && matchingClose() == parser.tokens().size() - 2) {
            parser.advance();
            Token inner = parser.peek();
            Kind close = CLOSE.get(first.kind());
            if (inner.is(Kind.BEGIN)) {
                rows = environment();
            } else if (first.is(Kind.LBRACKET) && inner.is(Kind.LBRACKET)) {
                rows = nested();
            } else {
                rows = rows(close, true, false);
            }
            expect(close, "'" + (close == Kind.RBRACKET ? "]" : ")") + "'");
        } else {
            rows = rows(Kind.EOF, true, false);
        }
        if (!parser.peek().is(Kind.EOF)) {
            throw parser.expected("end of input", parser.peek());
        }
        return grid(rows);
    }

    /** Index of the bracket closing the first token, or -1 when it is never closed. */
    private int matchingClose() {
        List<Token> tokens = parser.tokens();
        int level = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Kind k = tokens.get(i).kind();
            if (k == Kind.LBRACKET || k == Kind.LPAREN || k == Kind.LBRACE) {
                level++;
            } else if (k == Kind.RBRACKET || k == Kind.RPAREN || k == Kind.RBRACE) {
                level--;
                if (level == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private List<Row> environment() throws ExprParseException {
        Token begin = parser.advance();
        if (!ENVIRONMENTS.contains(begin.text())) {
            throw parser.expected("a matrix environment such as bmatrix or pmatrix", begin);
        }
        List<Row> rows = rows(Kind.END, false, false);
        Token end = parser.peek();
        if (!end.is(Kind.END) || !end.text().equals(begin.text())) {
            throw parser.expected("'\\end{" + begin.text() + "}'", end);
        }
        parser.advance();
        return rows;
    }

    /** [[1,2],[3,4]]: each row in its own brackets. */
    private List<Row> nested() throws ExprParseException {
        List<Row> rows = new ArrayList<>();
        while (parser.peek().is(Kind.LBRACKET)) {
            parser.advance();
            if (parser.peek().is(Kind.LBRACKET)) {
                throw parser.expected("a number (at most two levels of brackets)", parser.peek());
            }
            rows.add(rows(Kind.RBRACKET, false, true).get(0));
            expect(Kind.RBRACKET, "',' or ']'");
            boolean separator = parser.peek().is(Kind.COMMA) || parser.peek().is(Kind.SEMICOLON);
            if (separator && parser.peekAfter().is(Kind.LBRACKET)) {
                parser.advance();
            }
        }
        return rows;
    }

    /**
     * Rows up to {@code stop}. With {@code lineBreaks}, a new line ends a row (MATLAB); in
     * LaTeX only {@code \\} and {@code ;} do; {@code oneRow} (inside [[…]]) allows neither.
     */
    private List<Row> rows(Kind stop, boolean lineBreaks, boolean oneRow)
            throws ExprParseException {
        List<Row> rows = new ArrayList<>();
        List<Double> row = new ArrayList<>();
        int rowStart = parser.peek().start();
        boolean needEntry = false;
        while (true) {
            Token t = parser.peek();
            if (t.is(stop) || t.is(Kind.EOF)) {
                break;
            }
            if (t.is(Kind.SEMICOLON) || t.is(Kind.ROW_BREAK)) {
                if (needEntry) {
                    throw parser.expected("a number", t);
                }
                if (oneRow) {
                    throw parser.expected("',' or ']'", t);
                }
                parser.advance();
                addRow(rows, row, rowStart);
                row = new ArrayList<>();
                continue;
            }
            if (lineBreaks && !oneRow && t.newlineBefore() && !row.isEmpty() && !needEntry) {
                addRow(rows, row, rowStart);
                row = new ArrayList<>();
            }
            if (t.is(Kind.COMMA) || t.is(Kind.AMPERSAND)) {
                if (row.isEmpty() || needEntry) {
                    throw parser.expected("a number", t);
                }
                parser.advance();
                needEntry = true;
                continue;
            }
            if (row.isEmpty()) {
                rowStart = t.start();
            }
            row.add(entry());
            needEntry = false;
            Token after = parser.peek();
            boolean separated = after.spaceBefore() || after.newlineBefore()
                    || SEPARATORS.contains(after.kind()) || after.is(stop);
            if (!separated) {
                throw parser.expected(stop == Kind.EOF ? "',', ';' or end of input"
                        : "',', ';' or " + closeName(stop), after);
            }
        }
        if (needEntry) {
            throw parser.expected("a number", parser.peek());
        }
        addRow(rows, row, rowStart);
        if (rows.isEmpty()) {
            throw parser.expected("a number", parser.peek());
        }
        return rows;
    }

    private static void addRow(List<Row> rows, List<Double> row, int rowStart) {
        if (!row.isEmpty()) {
            rows.add(new Row(rowStart, row));
        }
    }

    private double entry() throws ExprParseException {
        Token start = parser.peek();
        double value = parser.parseEntry().eval(Map.of());
        if (!Double.isFinite(value)) {
            throw ExprParseException.problem(start.start(), "a finite number",
                    "this entry is not a finite number");
        }
        return value;
    }

    private void expect(Kind kind, String what) throws ExprParseException {
        if (!parser.peek().is(kind)) {
            throw parser.expected(what, parser.peek());
        }
        parser.advance();
    }

    private static String closeName(Kind stop) {
        return switch (stop) {
            case RBRACKET -> "']'";
            case RPAREN -> "')'";
            default -> "'\\end'";
        };
    }

    private double[][] grid(List<Row> rows) throws ExprParseException {
        int columns = rows.get(0).entries().size();
        double[][] grid = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.entries().size() != columns) {
                throw ExprParseException.problem(row.start(), columns + " entries in every row",
                        "row " + (i + 1) + " has " + row.entries().size() + " entries, row 1 has "
                                + columns);
            }
            grid[i] = row.entries().stream().mapToDouble(Double::doubleValue).toArray();
        }
        return grid;
    }
}
