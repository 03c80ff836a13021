package org.deepdrill.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Tensors as JSON: nested arrays, row-major; a scalar is a number. Entries that are not
 * finite (−∞ for a masked score, NaN for a fully masked softmax row) are written as
 * {@code null}, since JSON has no such numbers.
 */
public final class TensorJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TensorJson() {
    }

    public static JsonNode toJson(Tensor t) {
        double[] data = t.data();
        if (t.rank() == 0) {
            return number(data[0]);
        }
        int[] shape = t.shape();
        return nest(data, shape, 0, 0);
    }

    private static JsonNode nest(double[] data, int[] shape, int depth, int offset) {
        ArrayNode arr = F.arrayNode(shape[depth]);
        int stride = 1;
        for (int i = depth + 1; i < shape.length; i++) {
            stride *= shape[i];
        }
        for (int i = 0; i < shape[depth]; i++) {
            if (depth == shape.length - 1) {
                arr.add(number(data[offset + i]));
            } else {
                arr.add(nest(data, shape, depth + 1, offset + i * stride));
            }
        }
        return arr;
    }

    private static JsonNode number(double x) {
        return Double.isFinite(x) ? F.numberNode(x) : F.nullNode();
    }

    /** The named results of an op as one JSON object, in the op's order. */
    public static ObjectNode toJson(Map<String, Tensor> results) {
        ObjectNode o = F.objectNode();
        results.forEach((k, v) -> o.set(k, toJson(v)));
        return o;
    }
}
