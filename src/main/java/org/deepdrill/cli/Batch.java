package org.deepdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * What compute and check share: read one request or an array of them, answer each (a bad one
 * gets an object with "error" and the others are still answered), print the answers in the
 * same shape, and exit 0 only when none failed.
 */
final class Batch {
    private Batch() {
    }

    static int run(String source, Io io, String command, Function<JsonNode, ObjectNode> answer) {
        JsonNode input;
        try {
            input = Json.read(source, io.in(), command);
        } catch (Json.InputException e) {
            io.err().println(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        boolean many = input.isArray();
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        boolean allOk = true;
        for (JsonNode request : many ? input : List.of(input)) {
            ObjectNode o = answer.apply(request);
            allOk &= !o.has("error");
            out.add(o);
        }
        io.out().println(Json.write(many ? out : out.get(0)));
        return allOk ? ExitCodes.OK : ExitCodes.CANNOT_RUN;
    }
}
