package org.deepdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.function.Function;

/**
 * What compute, check and schedule share: read one request or an array of them, answer each (a
 * bad one gets an object with "error" and the others are still answered), print the answers in
 * the same shape, and exit 0 only when none failed.
 */
final class Batch {
    private Batch() {
    }

    static int run(String source, Io io, String command, Function<JsonNode, ? extends JsonNode> answer) {
        return runIndexed(source, io, command, (request, index) -> answer.apply(request));
    }

    /** Answers one request, told its position in the input array ({@link #ALONE} when not in one). */
    @FunctionalInterface
    interface IndexedAnswer {
        JsonNode answer(JsonNode request, int index);
    }

    /** The index {@link IndexedAnswer} gets for a lone request (not in an array). */
    static final int ALONE = -1;

    /** As {@link #run}, for answers whose messages name the request's position in the array. */
    static int runIndexed(String source, Io io, String command, IndexedAnswer answer) {
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
        int index = 0;
        for (JsonNode request : many ? input : List.of(input)) {
            JsonNode o = answer.answer(request, many ? index++ : ALONE);
            allOk &= !o.has("error");
            out.add(o);
        }
        io.out().println(Json.write(many ? out : out.get(0)));
        return allOk ? ExitCodes.OK : ExitCodes.CANNOT_RUN;
    }
}
