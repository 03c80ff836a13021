package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catches a prompt whose numbers drifted from its computation: it shows a matrix or vector
 * literal ({@code \begin{bmatrix}…\end{bmatrix}}, {@code pmatrix}) of the same shape as an input
 * of the computation, but no input of that shape has those numbers — most likely an input was
 * changed in {@code compute} and the prompt was not. {@code {{input:name}}} avoids it.
 */
final class PromptNumbers {
    private static final Pattern MATRIX = Pattern.compile("\\\\begin\\{([bp]matrix)}(.*?)\\\\end\\{\\1}", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?|-?\\.\\d+");

    private PromptNumbers() {
    }

    /** A numeric literal of a text: its rows and columns and its entries in row order. */
    record Literal(int rows, int columns, double[] values, String source) {
        /** Same entries in the same layout, a 1-D input matching one row or one column. */
        boolean sameShape(Array a) {
            return rows == a.rows && columns == a.columns || a.rows == 1 && rows * columns == a.columns && (rows == 1 || columns == 1);
        }
    }

    /** An input of the computation as a grid: a vector is one row. */
    record Array(String name, int rows, int columns, double[] values) {
        boolean sameValues(double[] other) {
            if (other.length != values.length) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (Math.abs(values[i] - other[i]) > 1e-9 * Math.max(1, Math.abs(values[i]))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether one of this grid's rows or columns is {@code line}. */
        boolean hasLine(double[] line) {
            for (int i = 0; i < rows && line.length == columns; i++) {
                if (new Array(name, 1, columns, Arrays.copyOfRange(values, i * columns, (i + 1) * columns)).sameValues(line)) {
                    return true;
                }
            }
            double[] t = transposed();
            for (int j = 0; j < columns && line.length == rows; j++) {
                if (new Array(name, 1, rows, Arrays.copyOfRange(t, j * rows, (j + 1) * rows)).sameValues(line)) {
                    return true;
                }
            }
            return false;
        }

        double[] transposed() {
            double[] t = new double[values.length];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    t[j * rows + i] = values[i * columns + j];
                }
            }
            return t;
        }
    }

    /** The first literal of {@code text} that has an input's shape but none of its values, as a problem. */
    static Optional<String> drift(String text, JsonNode compute) {
        if (text == null || compute == null) {
            return Optional.empty();
        }
        List<Array> inputs = inputs(compute);
        for (Literal l : literals(text)) {
            List<Array> shaped = inputs.stream().filter(l::sameShape).toList();
            boolean matches = shaped.stream().anyMatch(a -> a.sameValues(l.values()) || a.rows() > 1 && a.columns() > 1
                    && l.rows() == a.columns() && l.columns() == a.rows() && new Array(a.name(), a.columns(), a.rows(), a.transposed()).sameValues(l.values()));
            // a vector literal may show one row or column of a matrix input (the keys of k one by one)
            boolean part = (l.rows() == 1 || l.columns() == 1) && inputs.stream().anyMatch(a -> a.hasLine(l.values()));
            if (!shaped.isEmpty() && !matches && !part) {
                Array a = shaped.get(0);
                return Optional.of("shows " + l.source() + ", a " + l.rows() + "×" + l.columns() + " array like the input '" + a.name()
                        + "', but no input has these numbers ('" + a.name() + "' is " + Arrays.toString(a.values()).replace(".0,", ",").replace(".0]", "]")
                        + " in row order): write {{input:" + a.name() + "}} so the text shows what is computed");
            }
        }
        return Optional.empty();
    }

    static List<Literal> literals(String text) {
        List<Literal> out = new ArrayList<>();
        Matcher m = MATRIX.matcher(text);
        while (m.find()) {
            String[] rows = m.group(2).split("\\\\\\\\");
            List<Double> values = new ArrayList<>();
            int columns = -1;
            boolean numeric = true;
            for (String row : rows) {
                String[] cells = row.split("&");
                if (columns >= 0 && cells.length != columns) {
                    numeric = false;
                    break;
                }
                columns = cells.length;
                for (String c : cells) {
                    String cell = c.strip();
                    if (!NUMBER.matcher(cell).matches()) {
                        numeric = false;
                        break;
                    }
                    values.add(Double.parseDouble(cell));
                }
            }
            if (numeric && !values.isEmpty()) {
                String src = m.group().replaceAll("\\s+", " ");
                out.add(new Literal(rows.length, columns, values.stream().mapToDouble(Double::doubleValue).toArray(),
                        src.length() <= 60 ? src : src.substring(0, 57) + "…"));
            }
        }
        return out;
    }

    static List<Array> inputs(JsonNode compute) {
        List<Array> out = new ArrayList<>();
        for (String name : PromptText.inputNames(compute)) {
            JsonNode v = PromptText.input(compute, name);
            if (v.isArray() && !v.isEmpty() && v.get(0).isNumber()) {
                double[] d = new double[v.size()];
                for (int i = 0; i < d.length; i++) {
                    d[i] = v.get(i).asDouble();
                }
                out.add(new Array(name, 1, d.length, d));
            } else if (v.isArray() && !v.isEmpty() && v.get(0).isArray() && !v.get(0).isEmpty() && v.get(0).get(0).isNumber()) {
                int cols = v.get(0).size();
                double[] d = new double[v.size() * cols];
                boolean ok = true;
                for (int i = 0; i < v.size() && ok; i++) {
                    ok = v.get(i).isArray() && v.get(i).size() == cols;
                    for (int j = 0; ok && j < cols; j++) {
                        d[i * cols + j] = v.get(i).get(j).asDouble();
                    }
                }
                if (ok) {
                    out.add(new Array(name, v.size(), cols, d));
                }
            }
        }
        return out;
    }
}
