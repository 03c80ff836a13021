package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every op of the vocabulary by name; the one entry point banks and the CLI compute through. */
public final class OpRegistry {
    private static final OpRegistry STANDARD = new OpRegistry(List.of(
            new AttentionOps(), new GraphOps(), new RnnOps(), new NormOps(), new CountingOps(), new BuildingBlocks()));

    private final Map<String, Op> ops;

    public OpRegistry(List<OpFamily> families) {
        Map<String, Op> map = new TreeMap<>();
        for (OpFamily family : families) {
            for (Op op : family.ops()) {
                if (map.put(op.name(), op) != null) {
                    throw new IllegalStateException("two ops named " + op.name());
                }
            }
        }
        this.ops = Collections.unmodifiableMap(map);
    }

    /** The registry of every op in src/site/markdown/compute-ops.md. */
    public static OpRegistry standard() {
        return STANDARD;
    }

    /** Loads the engine behind the ops (ND4J's natives) now, so the first op a student waits for is fast. */
    public static void warmUp() {
        Nd.warmUp();
    }

    public Optional<Op> find(String name) {
        return Optional.ofNullable(ops.get(name));
    }

    /** Op names in alphabetical order. */
    public java.util.Set<String> names() {
        return ops.keySet();
    }

    /**
     * Runs op {@code name} on {@code args}.
     *
     * @throws OpException for an unknown op or bad arguments
     */
    public OpResult run(String name, JsonNode args) {
        Op op = ops.get(name);
        if (op == null) {
            throw new OpException(String.valueOf(name), null, "is not an op; the ops are " + String.join(", ", ops.keySet()));
        }
        return op.apply(new Args(name, args));
    }
}
