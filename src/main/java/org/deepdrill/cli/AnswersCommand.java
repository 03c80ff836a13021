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
import org.deepdrill.bank.Question;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "answers",
        header = "Print the answer key of every question as JSON lines.",
        description = {"Prints one line {\"id\": …, \"source\": {\"seed\": …, \"item\": …}, \"answer\": …} per"
                + " question (source where the question has one); problems go to standard error as"
                + " file:line:column: message."},
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
                    ComputedKey key = variants.instance(q, seed).key();
                    io.out().println(Json.write(line(q, key)));
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

    /** Choices as letters, ticked options as a list of letters; everything else as the grader's key. */
    private static JsonNode readable(Question q, ComputedKey key) {
        return switch (q.type()) {
            case "choice" -> new TextNode(key.typedForm());
            case "multi" -> {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                for (int i = 0; i < key.key().size(); i++) {
                    if (key.key().get(i).asDouble() > 0) {
                        a.add(String.valueOf((char) ('a' + i)));
                    }
                }
                yield a;
            }
            default -> key.key();
        };
    }
}
