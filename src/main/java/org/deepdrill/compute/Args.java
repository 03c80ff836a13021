package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one request, read with checks: every problem becomes an {@link OpException}
 * that names the op, the argument and what was expected.
 */
public final class Args {
    private final String op;
    private final JsonNode node;
    private List<String> declared = List.of();

    public Args(String op, JsonNode node) {
        this.op = op;
        this.node = node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
        if (!this.node.isObject()) {
            throw new OpException(op, null, "needs its arguments as a JSON object, got " + kind(this.node));
        }
    }

    public String op() {
        return op;
    }

    public boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    /** The argument as JSON, for arguments that may take several forms (a mask, a scale). */
    public JsonNode raw(String name) {
        if (!has(name)) {
            throw missing(name, "a value");
        }
        return node.get(name);
    }

    /** Names of the arguments given, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** An exception about argument {@code name}. */
    public OpException error(String name, String problem) {
        return new OpException(op, name, problem);
    }

    private OpException missing(String name, String expected) {
        return error(name, "is missing: expected " + expected);
    }

    // ---- tensors ----------------------------------------------------------------------------

    /** A tensor of any rank up to {@link Limits#MAX_RANK}; a JSON number is a scalar. */
    public Tensor tensor(String name) {
        if (!has(name)) {
            throw missing(name, "a number or nested array of numbers");
        }
        return parseTensor(name, node.get(name));
    }

    /** A matrix (nested array of rows of equal length). */
    public Tensor matrix(String name) {
        return ofRank(name, 2, "a matrix (array of rows)");
    }

    /** A flat array of numbers. */
    public Tensor vector(String name) {
        return ofRank(name, 1, "a vector (flat array of numbers)");
    }

    /** A tensor of exactly the given rank. */
    public Tensor ofRank(String name, int rank, String expected) {
        if (!has(name)) {
            throw missing(name, expected);
        }
        Tensor t = parseTensor(name, node.get(name));
        if (t.rank() != rank) {
            throw error(name, "must be " + expected + ", got shape " + t.shapeText());
        }
        return t;
    }

    /** Checks that {@code t} has exactly {@code expected} as shape; -1 in expected matches any length. */
    public void requireShape(String name, Tensor t, String meaning, int... expected) {
        int[] actual = t.shape();
        boolean ok = actual.length == expected.length;
        for (int i = 0; ok && i < expected.length; i++) {
            ok = expected[i] < 0 || expected[i] == actual[i];
        }
        if (!ok) {
            StringBuilder want = new StringBuilder();
            for (int i = 0; i < expected.length; i++) {
                want.append(i > 0 ? "×" : "").append(expected[i] < 0 ? "*" : String.valueOf(expected[i]));
            }
            throw error(name, "must be " + meaning + " (" + (expected.length == 0 ? "scalar" : want) + "), got " + t.shapeText());
        }
    }

    /** Reads a nested JSON array (or a number) as a tensor, enforcing {@link Limits}. */
    public Tensor parseTensor(String name, JsonNode value) {
        List<Integer> shape = new ArrayList<>();
        JsonNode probe = value;
        while (probe.isArray()) {
            if (shape.size() == Limits.MAX_RANK) {
                throw error(name, "is nested deeper than " + Limits.MAX_RANK + " levels");
            }
            if (probe.size() > Limits.MAX_DIM) {
                throw error(name, "has a dimension of length " + probe.size() + ", over the limit of " + Limits.MAX_DIM);
            }
            shape.add(probe.size());
            if (probe.isEmpty()) {
                break;
            }
            probe = probe.get(0);
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        long count = 1;
        for (int d : dims) {
            count *= d;
        }
        if (count > Limits.MAX_ELEMENTS) {
            throw error(name, "has " + count + " entries, over the limit of " + Limits.MAX_ELEMENTS);
        }
        if (count == 0) {
            throw error(name, "is empty: expected at least one number");
        }
        double[] data = new double[(int) count];
        int[] filled = {0};
        fill(name, value, dims, 0, data, filled, new ArrayList<>());
        return Tensor.of(dims, data);
    }

    private void fill(String name, JsonNode v, int[] dims, int depth, double[] out, int[] pos, List<Integer> path) {
        if (depth == dims.length) {
            if (!v.isNumber()) {
                throw error(name, "has " + kind(v) + " at " + where(path) + ": expected a number");
            }
            double x = v.doubleValue();
            if (!Double.isFinite(x)) {
                throw error(name, "has a non-finite number at " + where(path));
            }
            out[pos[0]++] = x;
            return;
        }
        if (!v.isArray() || v.size() != dims[depth]) {
            String got = v.isArray() ? "length " + v.size() : kind(v);
            throw error(name, "is ragged at " + where(path) + ": expected an array of length " + dims[depth]
                    + " (shape " + Tensor.shapeText(dims) + "), got " + got);
        }
        for (int i = 0; i < v.size(); i++) {
            path.add(i);
            fill(name, v.get(i), dims, depth + 1, out, pos, path);
            path.remove(path.size() - 1);
        }
    }

    private static String where(List<Integer> path) {
        if (path.isEmpty()) {
            return "the top level";
        }
        StringBuilder sb = new StringBuilder();
        for (int i : path) {
            sb.append('[').append(i).append(']');
        }
        return sb.toString();
    }

    private static String kind(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "the text \"" + abbreviate(v.asText()) + "\"";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        return "a number";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    // ---- scalars ----------------------------------------------------------------------------

    /** A required finite number. */
    public double number(String name) {
        if (!has(name)) {
            throw missing(name, "a number");
        }
        return toNumber(name, node.get(name));
    }

    /** An optional finite number. */
    public double number(String name, double fallback) {
        return has(name) ? toNumber(name, node.get(name)) : fallback;
    }

    private double toNumber(String name, JsonNode v) {
        if (!v.isNumber()) {
            throw error(name, "must be a number, got " + kind(v));
        }
        double x = v.doubleValue();
        if (!Double.isFinite(x)) {
            throw error(name, "must be a finite number");
        }
        return x;
    }

    /** A required whole number in [min, max]. */
    public int integer(String name, int min, int max) {
        if (!has(name)) {
            throw missing(name, "a whole number from " + min + " to " + max);
        }
        return toInteger(name, node.get(name), min, max);
    }

    /** An optional whole number in [min, max]. */
    public int integer(String name, int fallback, int min, int max) {
        return has(name) ? toInteger(name, node.get(name), min, max) : fallback;
    }

    /** Reads a whole number in [min, max] from any JSON value (used for list entries too). */
    public int toInteger(String name, JsonNode v, int min, int max) {
        if (!v.isNumber() || v.doubleValue() != Math.rint(v.doubleValue())) {
            throw error(name, "must be a whole number from " + min + " to " + max + ", got " + (v.isNumber() ? v.asText() : kind(v)));
        }
        double x = v.doubleValue();
        if (x < min || x > max) {
            throw error(name, "must be a whole number from " + min + " to " + max + ", got " + v.asText());
        }
        return (int) x;
    }

    public boolean bool(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            throw error(name, "must be true or false, got " + kind(v));
        }
        return v.booleanValue();
    }

    /** A string that must be one of {@code allowed}; {@code fallback} when absent (null = required). */
    public String choice(String name, String fallback, String... allowed) {
        if (!has(name)) {
            if (fallback == null) {
                throw missing(name, "one of " + String.join(", ", allowed));
            }
            return fallback;
        }
        JsonNode v = node.get(name);
        if (v.isTextual()) {
            for (String a : allowed) {
                if (a.equals(v.asText())) {
                    return a;
                }
            }
        }
        throw error(name, "must be one of " + String.join(", ", allowed) + ", got " + (v.isTextual() ? "\"" + abbreviate(v.asText()) + "\"" : kind(v)));
    }

    /** A required array; each element is checked by the caller. */
    public JsonNode array(String name, int maxLength) {
        if (!has(name)) {
            throw missing(name, "an array");
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            throw error(name, "must be an array, got " + kind(v));
        }
        if (v.size() > maxLength) {
            throw error(name, "has " + v.size() + " entries, over the limit of " + maxLength);
        }
        return v;
    }

    /** A required object argument, read as nested {@code Args} of the same op. */
    public Args object(String name) {
        if (!has(name)) {
            throw missing(name, "an object");
        }
        JsonNode v = node.get(name);
        if (!v.isObject()) {
            throw error(name, "must be an object, got " + kind(v));
        }
        return new Args(op, v);
    }

    /** The objects of an array argument, each read as nested {@code Args}. */
    public List<Args> objects(String name, int maxLength) {
        JsonNode arr = array(name, maxLength);
        List<Args> list = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            if (!arr.get(i).isObject()) {
                throw error(name, "entry " + i + " must be an object, got " + kind(arr.get(i)));
            }
            list.add(new Args(op, arr.get(i)));
        }
        return list;
    }

    /** Rejects arguments the op does not know, catching typos such as {@code dimm}. */
    public void allowOnly(String... known) {
        declared = List.of(known);
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        List<String> ok = Arrays.asList(known);
        while (it.hasNext()) {
            String k = it.next().getKey();
            if (!ok.contains(k)) {
                throw error(k, "is not an argument of " + op + "; it takes " + String.join(", ", known));
            }
        }
    }

    /**
     * The argument names the op declared with {@link #allowOnly} while reading these arguments:
     * the op's own list, from which the op reference (src/site/markdown/compute-ops.md) is generated.
     */
    public List<String> declared() {
        return declared;
    }

    public JsonNode json() {
        return node;
    }
}
