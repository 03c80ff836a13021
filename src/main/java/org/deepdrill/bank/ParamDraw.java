package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How each generator of {@link Params} draws a value: apart from reading and checking the
 * parameters because it changes for another reason (a new generator, a fairer draw), not when
 * the bank format does.
 */
final class ParamDraw {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ParamDraw() {
    }

    /** A new value for {@code p}, shaped like the default at its first place in {@code compute}. */
    static JsonNode draw(Params.Param p, JsonNode compute, Random rng) {
        String first = p.at().get(0);
        JsonNode dflt = compute.at(first);
        return switch (p.generator()) {
            case "int" -> F.numberNode(between(rng, p.spec()));
            case "ints" -> notAllZero(() -> fill(dflt, () -> F.numberNode(between(rng, p.spec()))));
            case "decimals" -> {
                double lo = p.spec().get("range").get(0).asDouble();
                double hi = p.spec().get("range").get(1).asDouble();
                double step = p.spec().get("step").asDouble();
                int k = (int) Math.floor((hi - lo) / step + 1e-9);
                yield dflt.isArray()
                        ? notAllZero(() -> fill(dflt, () -> F.numberNode(round(lo + step * rng.nextInt(k + 1)))))
                        : F.numberNode(round(lo + step * rng.nextInt(k + 1)));
            }
            case "one_of" -> p.spec().get(rng.nextInt(p.spec().size())).deepCopy();
            case "edges" -> edges(compute, first, p.spec(), rng);
            default -> throw new IllegalStateException(p.generator());
        };
    }

    /** Draws asked of {@link #notAllZero} before it settles for zeros (a range holding only 0). */
    static final int ZERO_REDRAWS = 20;

    /**
     * An array draw that is not all zeros: a zero weight matrix, input or state makes a drill
     * degenerate (an RNN whose U is 0 ignores its inputs, attention over zero scores is
     * uniform), so such a draw is made again. A single number may still be 0.
     */
    private static JsonNode notAllZero(java.util.function.Supplier<JsonNode> draw) {
        JsonNode v = draw.get();
        for (int i = 1; i < ZERO_REDRAWS && v.isArray() && allZero(v) && v.size() > 0; i++) {
            v = draw.get();
        }
        return v;
    }

    private static boolean allZero(JsonNode v) {
        if (v.isArray()) {
            for (JsonNode e : v) {
                if (!allZero(e)) {
                    return false;
                }
            }
            return true;
        }
        return v.asDouble() == 0;
    }

    private static int between(Random rng, JsonNode range) {
        int lo = range.get(0).asInt();
        int hi = range.get(1).asInt();
        return lo + rng.nextInt(hi - lo + 1);
    }

    private static double round(double x) {
        return Math.round(x * 1e9) / 1e9;
    }

    private static JsonNode fill(JsonNode shape, java.util.function.Supplier<JsonNode> draw) {
        if (!shape.isArray()) {
            return draw.get();
        }
        ArrayNode a = F.arrayNode();
        for (JsonNode e : shape) {
            a.add(fill(e, draw));
        }
        return a;
    }

    /** Distinct edges (no self-loops, each unordered pair once) between the graph's nodes. */
    private static JsonNode edges(JsonNode compute, String place, JsonNode range, Random rng) {
        JsonNode args = compute.at(place.substring(0, place.lastIndexOf('/')));
        List<JsonNode> nodes = new ArrayList<>();
        if (args.path("nodes").isArray()) {
            args.get("nodes").forEach(nodes::add);
        } else {
            int n = args.path("n").asInt(0);
            for (int i = 0; i < n; i++) {
                nodes.add(F.numberNode(i));
            }
        }
        int pairs = nodes.size() * (nodes.size() - 1) / 2;
        int want = Math.min(pairs, between(rng, range));
        Set<Long> chosen = new LinkedHashSet<>();
        ArrayNode out = F.arrayNode();
        while (chosen.size() < want) {
            int i = rng.nextInt(nodes.size());
            int j = rng.nextInt(nodes.size());
            if (i == j || !chosen.add((long) Math.min(i, j) * 100_000 + Math.max(i, j))) {
                continue;
            }
            out.addArray().add(nodes.get(i)).add(nodes.get(j));
        }
        return out;
    }
}
