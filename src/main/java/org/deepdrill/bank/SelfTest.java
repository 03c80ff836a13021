package org.deepdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Wrong answers near a key, for a question to test that its grader tells them apart. */
final class SelfTest {
    private SelfTest() {
    }

    /** A near miss of the key as a student would type it, or null where none makes sense. */
    static String perturbed(ComputedKey key) {
        JsonNode k = key.key();
        return switch (key.question().type()) {
            case "number" -> String.valueOf(away(k.asDouble()));
            case "vector", "matrix" -> bumpFirst(k.deepCopy()).toString();
            case "expression" -> "(" + k.asText() + ")*1.01";
            case "shape" -> {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < k.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append("(").append(k.get(i).asText()).append(")").append(i == 0 ? "+1" : "");
                }
                yield sb.append(")").toString();
            }
            case "choice" -> String.valueOf((char) ('a' + (k.asInt() + 1) % key.question().options().size()));
            case "multi" -> "";
            default -> null;
        };
    }

    /** x moved away from itself by 1% + 0.01, in the direction of its sign: outside any sane rtol/atol. */
    private static double away(double x) {
        return x + Math.copySign(Math.abs(x) * 0.01 + 0.01, x);
    }

    private static JsonNode bumpFirst(JsonNode node) {
        ArrayNode a = (ArrayNode) node;
        if (a.get(0).isArray()) {
            bumpFirst(a.get(0));
        } else {
            a.set(0, a.numberNode(a.get(0).asDouble() + 1));
        }
        return node;
    }
}
