package org.deepdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.deepdrill.compute.OpException;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.compute.OpResult;
import org.deepdrill.compute.Step;
import org.deepdrill.compute.StepProgram;
import org.deepdrill.compute.TensorJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compute",
        header = "Run ops of the compute vocabulary on JSON requests.",
        description = {"Reads one request {\"op\": …, \"args\": {…}} or an array of them and prints, in the same"
                + " order, {\"op\": …, \"result\": {…}} or {\"op\": …, \"error\": \"…\"} for each. The op"
                + " \"steps\" runs a composed program {\"inputs\": {…}, \"steps\": […]}.",
                "The ops, their arguments and results: src/site/markdown/compute-ops.md"},
        footerHeading = "%nExample:%n",
        footer = {"  echo '{\"op\":\"graph\",\"args\":{\"n\":3,\"edges\":[[0,1],[1,2]]}}' \\",
                "    | java -jar target/deepdrill.jar compute --steps -"})
final class ComputeCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-",
            description = "the request file, or - for standard input (the default)")
    String source;

    @Option(names = "--steps", description = "also print the worked steps of each result")
    boolean steps;

    private final Io io;

    ComputeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return Batch.run(source, io, "compute", this::answer);
    }

    private ObjectNode answer(JsonNode request) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        JsonNode opNode = request == null ? null : request.get("op");
        String op = opNode != null && opNode.isTextual() ? opNode.asText() : null;
        o.put("op", op);
        if (!request.isObject()) {
            o.put("error", "a request must be an object {\"op\": …, \"args\": {…}}");
            return o;
        }
        if (op == null) {
            o.put("error", "the request has no \"op\" (a string naming the op)");
            return o;
        }
        try {
            OpResult r = "steps".equals(op)
                    ? new StepProgram(OpRegistry.standard()).run(request.has("args") ? request.get("args") : request)
                    : OpRegistry.standard().run(op, request.get("args"));
            o.set("result", TensorJson.toJson(r.results()));
            if (steps) {
                ArrayNode s = o.putArray("steps");
                for (Step step : r.steps()) {
                    ObjectNode so = s.addObject();
                    so.put("name", step.name());
                    so.put("label", step.label());
                    so.set("value", TensorJson.toJson(step.value()));
                }
            }
        } catch (OpException e) {
            o.put("error", e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // an op must never take the other requests down with it
            o.put("error", op + ": could not be computed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        return o;
    }
}
