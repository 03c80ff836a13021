package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each op of a registry takes and gives, found by running it rather than written down, so
 * it cannot drift from the code: for every op, small valid requests ({@link #REQUESTS}) that use
 * every argument it takes. An argument is one the op declares ({@link Args#declared}); it is
 * required when every request gives it and the op refuses the request without it, and its shape
 * is what the op's own complaint expects then (else the kind of the example's value). Results
 * and step labels are those of the requests. {@code ops} prints this; the op tables of
 * compute-ops.md and questions/README.md are generated from it (OpReferenceTest).
 */
public final class OpCatalog {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A request for every op (several for an op whose arguments depend on a choice, such as
     * param_count's module, so that an argument only some choices need is listed as optional): small, valid, and using every argument the op takes, so that the
     * op declares all of them and returns all its results.
     */
    public static final List<String[]> REQUESTS = List.of(
            r("softmax", "{'x': [1, 2], 'dim': -1, 'beta': 2}"),
            r("attention", "{'q': [[1, 0]], 'k': [[1, 0], [0, 1]], 'v': [[1, 2], [3, 4]], 'scale': 'inv_sqrt_d', 'mask': 'causal', 'hard': false}"),
            r("multi_head_attention", "{'x': [[1, 0], [0, 1]], 'wq': [[[1], [0]]], 'wk': [[[1], [0]]], 'wv': [[[1], [0]]], 'wo': [[1, 0]], 'mask': 'causal'}"),
            r("attention_mask", "{'kind': 'global_sliding', 'n': 4, 'window': 2, 'dilation': 1, 'global': [0]}"),
            r("attention_mask", "{'kind': 'causal', 'n': 3}"),
            r("graph", "{'n': 3, 'edges': [[0, 1], [1, 2]], 'directed': false, 'weights': [1, 2], 'k': 2}"),
            r("graph", "{'nodes': ['a', 'b'], 'edges': [['a', 'b']]}"),
            r("laplacian_apply", "{'n': 2, 'edges': [[0, 1]], 'features': [[1], [2]]}"),
            r("laplacian_apply", "{'nodes': ['a', 'b'], 'edges': [['a', 'b']], 'directed': true, 'weights': [2], 'features': [[1], [2]]}"),
            r("gnn_layer", "{'h': [[1], [2]], 'adjacency': [[0, 1], [1, 0]], 'w_self': [[1]], 'w_neigh': [[1]], 'aggregate': 'sum', 'activation': 'relu'}"),
            r("rnn", "{'w_hh': [[0.5]], 'w_xh': [[1]], 'b': [0], 'x': [[1], [2]], 'h0': [0], 'activation': 'tanh', 'w_hy': [[1]]}"),
            r("rnn_bptt", "{'w': [[1]], 'u': [[0.5]], 'v': [[1]], 'x': [[1], [2]], 'z': [[0], [1]], 'h0': [0]}"),
            r("linear_rnn_kernel", "{'w': [[0.5]], 'u': [1], 'c': [1], 't': 2}"),
            r("norm_stats", "{'x': [[1, 2], [3, 4]], 'kind': 'group', 'groups': 1, 'eps': 1e-5, 'unbiased': false}"),
            r("norm_stats", "{'x': [[1, 2], [3, 4]], 'kind': 'batch'}"),
            r("conv_output", "{'size': 32, 'kernel': 3, 'stride': 1, 'padding': 1, 'dilation': 1}"),
            r("receptive_field", "{'layers': [{'kernel': 3, 'stride': 1, 'dilation': 1}]}"),
            r("param_count", "{'module': 'linear', 'in': 4, 'out': 2, 'bias': true}"),
            r("param_count", "{'module': 'multi_head_attention', 'D': 8, 'h': 2, 'd': 4, 'bias': true}"),
            r("param_count", "{'module': 'lora', 'a': 8, 'b': 8, 'r': 2}"),
            r("param_count", "{'module': 'batch_norm', 'C': 3}"),
            r("param_count", "{'module': 'layer_norm', 'shape': [3]}"),
            r("param_count", "{'module': 'conv2d', 'in': 3, 'out': 8, 'kernel': 3, 'bias': true}"),
            r("init_std", "{'scheme': 'kaiming_normal', 'fan_in': 4, 'fan_out': 2, 'nonlinearity': 'leaky_relu', 'negative_slope': 0.1, 'mode': 'fan_in'}"),
            r("init_std", "{'scheme': 'xavier_uniform', 'fan_in': 4, 'fan_out': 2}"),
            r("matmul", "{'a': [[1, 2]], 'b': [[3], [4]]}"),
            r("add", "{'a': [1, 2], 'b': [3, 4]}"),
            r("sub", "{'a': [1, 2], 'b': [3, 4]}"),
            r("mul", "{'a': [1, 2], 'b': [3, 4]}"),
            r("scale", "{'x': [1, 2], 'by': 3}"),
            r("transpose", "{'x': [[1, 2]]}"),
            r("dot", "{'a': [1, 2], 'b': [3, 4]}"),
            r("outer", "{'a': [1, 2], 'b': [3, 4]}"),
            r("relu", "{'x': [-1, 2]}"),
            r("sigmoid", "{'x': [0]}"),
            r("tanh", "{'x': [0]}"),
            r("exp", "{'x': [0]}"),
            r("sum", "{'x': [[1, 2]], 'dim': 1}"),
            r("mean", "{'x': [[1, 2]], 'dim': 1}"),
            r("var", "{'x': [[1, 2]], 'dim': 1, 'unbiased': true}"),
            r("max", "{'x': [[1, 2]], 'dim': 1}"),
            r("argmax", "{'x': [[1, 2]], 'dim': 1}"),
            r("power", "{'x': [[1, 1], [0, 1]], 'p': 2, 'matrix': true}"),
            r("concat", "{'tensors': [[1], [2]], 'dim': 0}"),
            r("slice", "{'x': [1, 2, 3], 'dim': 0, 'start': 0, 'end': 2}"));

    private OpCatalog() {
    }

    private static String[] r(String op, String args) {
        return new String[] {op, args.replace('\'', '"')};
    }

    /** One argument: its name, whether a request must give it, and what it is ("a matrix", "text"). */
    public record Argument(String name, boolean required, String shape) {
    }

    /** One result: its name and its shape in the example ("a number", "a 2×2 matrix"). */
    public record Result(String name, String shape) {
    }

    /** An op: its arguments, results and the labels of its worked steps (for the example request). */
    public record Entry(String op, List<Argument> arguments, List<Result> results, List<String> steps) {
    }

    /** One entry per op of the registry, in the order of {@link #REQUESTS}; fails for an op with no request. */
    public static List<Entry> entries(OpRegistry registry) {
        Map<String, List<JsonNode>> byOp = new LinkedHashMap<>();
        for (String[] request : REQUESTS) {
            if (registry.find(request[0]).isEmpty()) {
                throw new IllegalStateException("OpCatalog has a request for '" + request[0] + "', which the registry does not have");
            }
            try {
                byOp.computeIfAbsent(request[0], n -> new ArrayList<>()).add(JSON.readTree(request[1]));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("OpCatalog's request for " + request[0] + " is not JSON", e);
            }
        }
        List<String> missing = new ArrayList<>(registry.names());
        missing.removeAll(byOp.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the registry has ops OpCatalog has no request for: " + missing
                    + "; add one to OpCatalog.REQUESTS");
        }
        List<Entry> out = new ArrayList<>();
        byOp.forEach((name, requests) -> out.add(entry(registry.find(name).orElseThrow(), requests)));
        return out;
    }

    private static Entry entry(Op op, List<JsonNode> requests) {
        Map<String, String> declared = new LinkedHashMap<>();
        Map<String, Result> results = new LinkedHashMap<>();
        List<String> steps = new ArrayList<>();
        for (JsonNode request : requests) {
            Args args = new Args(op.name(), request);
            OpResult result = op.apply(args);
            args.declared().forEach(a -> declared.putIfAbsent(a, null));
            result.results().forEach((n, t) -> results.putIfAbsent(n, new Result(n, shape(t))));
            if (steps.isEmpty()) {
                result.steps().forEach(s -> steps.add(s.label()));
            }
        }
        List<Argument> arguments = new ArrayList<>();
        for (String a : declared.keySet()) {
            String expected = null;
            boolean required = true;
            for (JsonNode request : requests) {
                if (!request.has(a)) {
                    required = false;
                    continue;
                }
                ObjectNode without = ((ObjectNode) request).deepCopy();
                without.remove(a);
                try {
                    op.apply(new Args(op.name(), without));
                    required = false;
                } catch (OpException e) {
                    String m = e.getMessage();
                    int at = m.indexOf("'" + a + "' is missing: expected ");
                    if (at >= 0 && expected == null) {
                        expected = m.substring(at + a.length() + "'' is missing: expected ".length());
                    }
                }
            }
            String shape = expected != null ? expected : requests.stream().filter(q -> q.has(a)).findFirst()
                    .map(q -> kind(q.get(a))).orElse("a value");
            arguments.add(new Argument(a, required, shape));
        }
        return new Entry(op.name(), arguments, List.copyOf(results.values()), steps);
    }

    /** What a JSON value is, in words: "a number", "a vector", "a matrix", "text", "true or false". */
    static String kind(JsonNode v) {
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "true or false";
        }
        if (v.isTextual()) {
            return "text";
        }
        if (v.isArray() && !v.isEmpty() && v.get(0).isObject()) {
            return "a list of objects";
        }
        if (v.isArray()) {
            int rank = 0;
            for (JsonNode n = v; n.isArray() && !n.isEmpty(); n = n.get(0)) {
                rank++;
            }
            return rank == 1 ? "a vector" : rank == 2 ? "a matrix" : "a rank-" + rank + " array";
        }
        return "an object";
    }

    private static String shape(Tensor t) {
        return switch (t.rank()) {
            case 0 -> "a number";
            case 1 -> "a vector";
            case 2 -> "a matrix";
            default -> "a rank-" + t.rank() + " array";
        };
    }
}
