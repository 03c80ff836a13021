package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The parameters of a parametric question: each names one or more places (JSON Pointers) in
 * the question's {@code compute} and a generator that draws a new value for them. The value
 * written in {@code compute} is the default instance (the sheet's own numbers).
 *
 * <pre>"params": {"q": {"at": "/args/q", "ints": [-2, 2]}, "n": {"at": "/args/n", "int": [4, 8]}}</pre>
 *
 * Generators: {@code int: [lo, hi]} one integer; {@code ints: [lo, hi]} an array shaped like the
 * default, integer entries; {@code decimals: {range: [lo, hi], step: s}} multiples of s;
 * {@code one_of: [v, …]} one of the values; {@code edges: [min, max]} that many distinct edges
 * between the graph's nodes (its {@code n} or {@code nodes} beside the pointer).
 */
public final class Params {
    /** Most parameters one question may have. */
    public static final int MAX_PARAMS = 16;
    private static final Set<String> GENERATORS = Set.of("int", "ints", "decimals", "one_of", "edges");

    /** One parameter: its name, where it goes, and how it is drawn. */
    public record Param(String name, List<String> at, String generator, JsonNode spec) {
    }

    private final List<Param> params;

    private Params(List<Param> params) {
        this.params = List.copyOf(params);
    }

    public List<Param> list() {
        return params;
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }

    /**
     * Reads and checks a question's {@code params} against its {@code compute}.
     *
     * @throws KeyException naming the parameter's pointer in the bank and what is wrong
     */
    public static Params of(Question q) throws KeyException {
        JsonNode node = q.params();
        String base = q.pointer() + "/params";
        if (node == null || node.isNull()) {
            return new Params(List.of());
        }
        if (!node.isObject() || node.size() > MAX_PARAMS) {
            throw new KeyException(base, "'params' must be an object of at most " + MAX_PARAMS + " named parameters");
        }
        if (q.compute() == null) {
            throw new KeyException(base, "'params' draw new inputs for 'compute', but this question has no 'compute'");
        }
        List<Param> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = base + "/" + e.getKey();
            JsonNode p = e.getValue();
            if (!e.getKey().matches("[A-Za-z_][A-Za-z0-9_]{0,30}")) {
                throw new KeyException(at, "parameter name '" + e.getKey() + "' must be a short identifier");
            }
            if (!p.isObject()) {
                throw new KeyException(at, "parameter '" + e.getKey() + "' must be {\"at\": pointer, <generator>: …}");
            }
            List<String> places = places(p.get("at"), at);
            List<String> gens = new ArrayList<>();
            p.fieldNames().forEachRemaining(f -> {
                if (!f.equals("at")) {
                    gens.add(f);
                }
            });
            if (gens.size() != 1 || !GENERATORS.contains(gens.get(0))) {
                throw new KeyException(at, "parameter '" + e.getKey() + "' needs exactly one generator of "
                        + String.join(", ", new java.util.TreeSet<>(GENERATORS)) + "; it has " + gens);
            }
            Param param = new Param(e.getKey(), places, gens.get(0), p.get(gens.get(0)));
            for (String place : places) {
                JsonNode dflt = q.compute().at(place);
                if (dflt.isMissingNode()) {
                    throw new KeyException(at + "/at", "'" + place + "' is not a place in this question's compute");
                }
                checkSpec(param, dflt, at);
            }
            out.add(param);
        }
        return new Params(out);
    }

    private static List<String> places(JsonNode at, String where) throws KeyException {
        List<String> out = new ArrayList<>();
        if (at != null && at.isTextual()) {
            out.add(at.asText());
        } else if (at != null && at.isArray() && !at.isEmpty() && at.size() <= 8) {
            for (JsonNode a : at) {
                out.add(a.asText(""));
            }
        } else {
            throw new KeyException(where, "parameter needs \"at\": a JSON Pointer into compute such as \"/args/q\" (or a list of them)");
        }
        for (String s : out) {
            if (!s.startsWith("/")) {
                throw new KeyException(where + "/at", "'" + s + "' must be a JSON Pointer starting with '/', such as \"/args/q\"");
            }
        }
        return out;
    }

    private static void checkSpec(Param p, JsonNode dflt, String at) throws KeyException {
        String g = at + "/" + p.generator();
        switch (p.generator()) {
            case "int", "ints" -> {
                if (!isRange(p.spec())) {
                    throw new KeyException(g, "'" + p.generator() + "' must be [lo, hi] with integers lo ≤ hi");
                }
                if (p.generator().equals("int") && !dflt.isNumber()) {
                    throw new KeyException(g, "'int' draws one number, but the default at " + p.at() + " is not a number (use 'ints' for arrays)");
                }
                if (p.generator().equals("ints") && !dflt.isArray()) {
                    throw new KeyException(g, "'ints' fills an array, but the default at " + p.at() + " is not an array (use 'int')");
                }
            }
            case "decimals" -> {
                JsonNode r = p.spec().path("range");
                double step = p.spec().path("step").asDouble(0);
                if (!r.isArray() || r.size() != 2 || !r.get(0).isNumber() || !r.get(1).isNumber()
                        || r.get(0).asDouble() > r.get(1).asDouble() || !(step > 0)
                        || (r.get(1).asDouble() - r.get(0).asDouble()) / step > 1e6) {
                    throw new KeyException(g, "'decimals' must be {\"range\": [lo, hi], \"step\": s} with lo ≤ hi and s > 0");
                }
            }
            case "one_of" -> {
                if (!p.spec().isArray() || p.spec().isEmpty()) {
                    throw new KeyException(g, "'one_of' must be a non-empty array of values");
                }
            }
            case "edges" -> {
                if (!isRange(p.spec()) || p.spec().get(0).asInt() < 1) {
                    throw new KeyException(g, "'edges' must be [min, max] edge counts with 1 ≤ min ≤ max");
                }
            }
            default -> throw new IllegalStateException(p.generator());
        }
    }

    private static boolean isRange(JsonNode r) {
        return r != null && r.isArray() && r.size() == 2 && r.get(0).canConvertToInt() && r.get(1).canConvertToInt()
                && r.get(0).isIntegralNumber() && r.get(1).isIntegralNumber() && r.get(0).asInt() <= r.get(1).asInt();
    }

    /**
     * Draws every parameter with {@code rng} ({@link ParamDraw}). Values are drawn once per
     * parameter, shaped like the default at its first place, and written to all its places.
     */
    public Map<String, JsonNode> draw(JsonNode compute, Random rng) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Param p : params) {
            values.put(p.name(), ParamDraw.draw(p, compute, rng));
        }
        return values;
    }

    /** The default values: what {@code compute} holds at each parameter's first place. */
    public Map<String, JsonNode> defaults(JsonNode compute) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Param p : params) {
            values.put(p.name(), compute.at(p.at().get(0)));
        }
        return values;
    }

    /** A copy of {@code compute} with each parameter's value at its places (places it lacks are skipped). */
    public JsonNode apply(JsonNode compute, Map<String, JsonNode> values) {
        if (compute == null) {
            return null;
        }
        JsonNode copy = compute.deepCopy();
        for (Param p : params) {
            for (String place : p.at()) {
                int slash = place.lastIndexOf('/');
                JsonNode parent = copy.at(place.substring(0, slash));
                String last = place.substring(slash + 1).replace("~1", "/").replace("~0", "~");
                if (parent instanceof ObjectNode o && o.has(last)) {
                    o.set(last, values.get(p.name()));
                } else if (parent instanceof ArrayNode a && last.matches("\\d+") && Integer.parseInt(last) < a.size()) {
                    a.set(Integer.parseInt(last), values.get(p.name()));
                }
            }
        }
        return copy;
    }
}
