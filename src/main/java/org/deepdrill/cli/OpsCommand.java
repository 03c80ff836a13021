package org.deepdrill.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.deepdrill.compute.OpCatalog;
import org.deepdrill.compute.OpRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ops",
        header = "List the ops with their arguments, results and steps.",
        description = {"Lists every op of the compute vocabulary (the building blocks too): its arguments, each"
                + " required or optional with what it must be, its results, and the labels of the worked steps it"
                + " shows (for a small example). Found by running each op, so it is what the core accepts."
                + " With OP, only those ops; with --json, one JSON array for tools."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/deepdrill.jar ops scale",
                "  java -jar target/deepdrill.jar ops --json"})
final class OpsCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "OP", description = "ops to list (default: all)")
    List<String> only;

    @Option(names = "--json", description = "print a JSON array of {op, arguments, results, steps}")
    boolean json;

    private final Io io;

    OpsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        OpRegistry registry = OpRegistry.standard();
        if (only != null) {
            for (String name : only) {
                if (registry.find(name).isEmpty()) {
                    io.err().println("ops: unknown op '" + name + "'; the ops are " + String.join(", ", registry.names()));
                    return ExitCodes.CANNOT_RUN;
                }
            }
        }
        List<OpCatalog.Entry> entries = OpCatalog.entries(registry).stream()
                .filter(e -> only == null || only.contains(e.op())).toList();
        if (json) {
            io.out().println(Json.write(toJson(entries)));
        } else {
            entries.forEach(e -> io.out().print(text(e)));
        }
        return ExitCodes.OK;
    }

    /** One op as a TA reads it: a block of indented lines. */
    static String text(OpCatalog.Entry e) {
        StringBuilder b = new StringBuilder(e.op()).append('\n');
        for (OpCatalog.Argument a : e.arguments()) {
            b.append("  ").append(a.required() ? "required  " : "optional  ").append(a.name()).append(": ").append(a.shape()).append('\n');
        }
        b.append("  results   ");
        b.append(String.join(", ", e.results().stream().map(r -> r.name() + " (" + r.shape() + ")").toList())).append('\n');
        for (String label : e.steps()) {
            b.append("  step      ").append(label).append('\n');
        }
        return b.append('\n').toString();
    }

    private static ArrayNode toJson(List<OpCatalog.Entry> entries) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode out = f.arrayNode();
        for (OpCatalog.Entry e : entries) {
            ObjectNode o = out.addObject().put("op", e.op());
            ArrayNode args = o.putArray("arguments");
            e.arguments().forEach(a -> args.addObject().put("name", a.name()).put("required", a.required()).put("shape", a.shape()));
            ArrayNode results = o.putArray("results");
            e.results().forEach(r -> results.addObject().put("name", r.name()).put("shape", r.shape()));
            ArrayNode steps = o.putArray("steps");
            e.steps().forEach(steps::add);
        }
        return out;
    }
}
