package org.deepdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.deepdrill.bank.Bank;
import org.deepdrill.bank.BankLoader;
import org.deepdrill.bank.ComputedKey;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.KeyException;
import org.deepdrill.bank.Kind;
import org.deepdrill.bank.Question;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.compute.Tensor;
import org.deepdrill.compute.TensorJson;
import org.deepdrill.grade.Key;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "answers",
        header = "Print the answer key of every question as JSON lines.",
        description = {"Prints one line {\"id\": …, \"source\": {\"seed\": …, \"item\": …}, \"answer\": …} per"
                + " question (source where the question has one; with --seed, a parametric question's line adds"
                + " \"params\": {name: drawn value, …}); problems go to standard error as file:line:column: message."},
        footerHeading = "%nExample:%n",
        footer = {"  java -jar target/deepdrill.jar answers questions/graphs.json --seed 7"})
final class AnswersCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "bank files or folders")
    List<String> paths;

    @Option(names = "--seed", paramLabel = "N",
            description = "draw parametric questions with this seed (without it: the sheet's own numbers)")
    Long seed;

    private final Io io;

    AnswersCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<Path> files;
        try {
            files = BankLoader.bankFiles(BankPaths.of("answers", paths), issue -> io.err().println(issue));
        } catch (BankPaths.Problem e) {
            io.err().println(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (IOException e) {
            io.err().println("answers: cannot read " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        BankLoader loader = new BankLoader();
        Variants variants = new Variants(new KeyComputer(OpRegistry.standard()));
        boolean ok = true;
        for (Path file : files) {
            BankLoader.Result r = loader.load(file);
            r.issues().forEach(i -> io.err().println(i));
            ok &= r.issues().isEmpty();
            if (r.bank().isEmpty()) {
                continue;
            }
            Bank bank = r.bank().get();
            for (Question q : bank.questions()) {
                try {
                    Variants.Instance instance = variants.instance(q, seed);
                    ObjectNode line = line(q, instance.key());
                    if (seed != null && q.isParametric()) {
                        // the drawn numbers beside the key, so a variant can be checked without the app
                        ObjectNode params = line.putObject("params");
                        instance.values().forEach(params::set);
                    }
                    io.out().println(Json.write(line));
                } catch (KeyException e) {
                    io.err().println(bank.issue(e.pointer(), e.getMessage()));
                    ok = false;
                }
            }
        }
        return ok ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    private static ObjectNode line(Question q, ComputedKey key) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("id", q.id());
        if (q.source() != null) {
            o.putObject("source").put("seed", q.source().seed()).put("item", q.source().item());
        }
        o.set("answer", readable(q, key));
        return o;
    }

    /**
     * Choices as a letter, ticked options as a list of letters, numbers and arrays as JSON, an
     * expression as its text, a shape as its dimensions, an open question as its model answer.
     */
    private static JsonNode readable(Question q, ComputedKey computed) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Key key = computed.key();
        if (key instanceof Key.Choice || key instanceof Key.Expression) {
            return new TextNode(key.typed());
        }
        if (key instanceof Key.Multi m) {
            ArrayNode a = f.arrayNode();
            for (int i = 0; i < m.optionPoints().size(); i++) {
                if (m.optionPoints().get(i) > 0) {
                    a.add(String.valueOf((char) ('a' + i)));
                }
            }
            return a;
        }
        if (key instanceof Key.Number n) {
            return TensorJson.toJson(Tensor.scalar(n.value()));
        }
        if (key instanceof Key.Vector v) {
            return TensorJson.toJson(v.value());
        }
        if (key instanceof Key.Matrix m) {
            return TensorJson.toJson(m.value());
        }
        if (key instanceof Key.Shape s) {
            ArrayNode a = f.arrayNode();
            s.dims().forEach(a::add);
            return a;
        }
        if (key instanceof Key.SelfMarked && q.kind() instanceof Kind.Open o) {
            return new TextNode(o.modelAnswer() == null ? "" : o.modelAnswer());
        }
        throw new IllegalStateException("no readable form for " + key.getClass().getSimpleName());
    }
}
