package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A computation a question composes from ops, as named steps:
 * <pre>{
 *   "inputs": {"Q": [[1, 0]], "K": [[1, 2], [0, 1]]},
 *   "steps": [
 *     {"name": "KT", "op": "transpose", "args": {"x": "$K"}},
 *     {"name": "S",  "op": "matmul",    "args": {"a": "$Q", "b": "$KT"}, "label": "S = QK^\\top"}
 *   ]
 * }</pre>
 * An argument written {@code "$name"} is replaced by the input or earlier step of that name
 * (a step's first result, usually {@code output}); {@code "$name.result"} picks another named
 * result of that step. The outcome has one result per input and step, under its name, and
 * one worked step per step, labelled with the step's {@code label} or, without one, its name.
 */
public final class StepProgram {
    /** Most steps one program may have: a worked solution longer than this is not one. */
    public static final int MAX_STEPS = 64;

    private final OpRegistry registry;

    public StepProgram(OpRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code program}; an error names the step and its op. */
    public OpResult run(JsonNode program) {
        if (program == null || !program.isObject()) {
            throw new OpException("steps", null, "needs an object with \"steps\" (and optional \"inputs\")");
        }
        Map<String, OpResult> done = new HashMap<>();
        Map<String, Tensor> values = new HashMap<>();
        OpResult.Builder out = OpResult.builder();
        JsonNode inputs = program.path("inputs");
        if (!inputs.isMissingNode()) {
            if (!inputs.isObject()) {
                throw new OpException("steps", "inputs", "must be an object of named tensors");
            }
            Args in = new Args("steps", inputs);
            for (Iterator<String> it = inputs.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                Tensor t = in.tensor(name);
                values.put(name, t);
                out.resultOnly(name, t);
            }
        }
        JsonNode steps = program.path("steps");
        if (!steps.isArray() || steps.isEmpty()) {
            throw new OpException("steps", "steps", "must be a non-empty array of {name, op, args}");
        }
        if (steps.size() > MAX_STEPS) {
            throw new OpException("steps", "steps", "has " + steps.size() + " steps, over the limit of " + MAX_STEPS);
        }
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String name = step.path("name").asText("");
            String op = step.path("op").asText("");
            String where = "step " + (i + 1) + (name.isEmpty() ? "" : " '" + name + "'");
            if (name.isEmpty() || op.isEmpty()) {
                throw new OpException("steps", "steps", where + " needs a \"name\" and an \"op\"");
            }
            if (values.containsKey(name)) {
                throw new OpException("steps", "steps", where + " reuses the name '" + name + "'");
            }
            JsonNode args = resolve(step.path("args"), values, done, where);
            OpResult r;
            try {
                r = registry.run(op, args);
            } catch (OpException e) {
                throw new OpException("steps", "steps", "in " + where + ": " + e.getMessage());
            }
            done.put(name, r);
            Tensor first = r.results().values().iterator().next();
            values.put(name, first);
            String label = step.path("label").asText(name);
            out.result(name, label, first);
        }
        return out.build();
    }

    private JsonNode resolve(JsonNode node, Map<String, Tensor> values, Map<String, OpResult> done, String where) {
        if (node.isTextual() && node.asText().startsWith("$")) {
            String ref = node.asText().substring(1);
            int dot = ref.indexOf('.');
            String base = dot < 0 ? ref : ref.substring(0, dot);
            if (!values.containsKey(base)) {
                throw new OpException("steps", "steps", where + " refers to '$" + ref + "', which is not an input or an earlier step");
            }
            if (dot < 0) {
                return TensorJson.toJson(values.get(base));
            }
            OpResult r = done.get(base);
            String result = ref.substring(dot + 1);
            if (r == null || !r.results().containsKey(result)) {
                throw new OpException("steps", "steps", where + " refers to '$" + ref + "', but '" + base + "' has no result '" + result + "'");
            }
            return TensorJson.toJson(r.get(result));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), resolve(e.getValue(), values, done, where)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> copy.add(resolve(e, values, done, where)));
            return copy;
        }
        return node;
    }
}
