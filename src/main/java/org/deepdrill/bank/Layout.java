package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A sheet that writes tokens as columns ({@code Q ∈ R^{d×n}}) is entered as written, with
 * {@code "layout": "columns"}; the ops see tokens as rows, so every matrix argument is
 * transposed on loading.
 */
final class Layout {
    private Layout() {
    }

    static JsonNode columnsToRows(JsonNode compute) {
        if (compute == null || !compute.has("args")) {
            return compute;
        }
        ObjectNode copy = compute.deepCopy();
        ObjectNode args = (ObjectNode) copy.get("args");
        args.fieldNames().forEachRemaining(name -> {
            JsonNode v = args.get(name);
            if (isMatrix(v)) {
                args.set(name, transpose(v));
            }
        });
        return copy;
    }

    private static boolean isMatrix(JsonNode v) {
        if (!v.isArray() || v.isEmpty() || !v.get(0).isArray()) {
            return false;
        }
        int cols = v.get(0).size();
        for (JsonNode row : v) {
            if (!row.isArray() || row.size() != cols) {
                return false;
            }
            for (JsonNode x : row) {
                if (!x.isNumber()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ArrayNode transpose(JsonNode m) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int j = 0; j < m.get(0).size(); j++) {
            ArrayNode row = out.addArray();
            for (JsonNode r : m) {
                row.add(r.get(j));
            }
        }
        return out;
    }
}
