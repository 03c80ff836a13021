package org.deepdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.deepdrill.grade.Grader;
import org.deepdrill.grade.Verdict;
import org.deepdrill.grade.VerdictText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        header = "Grade typed answers against their keys.",
        description = {"Reads one request {\"kind\": …, \"key\": …, \"answer\": \"…\", \"vars\": […], \"rtol\": …,"
                + " \"atol\": …} or an array of them and prints {\"correct\": …, \"score\": …, \"feedback\": \"…\"}"
                + " for each, in the same order.",
                "kind is one of number, vector, matrix, expression, shape, choice, multi. correct is null when the"
                + " answer could not be read: an answer that cannot be read is not a wrong one.",
                "A vector or matrix request with \"partial\": \"entries\" earns the points in proportion to the"
                + " entries within tolerance, rounded down to \"point_step\" (default 0.5)."},
        footerHeading = "%nExample:%n",
        footer = {"  echo '{\"kind\":\"matrix\",\"key\":[[1,2],[3,4]],\"answer\":\"1 3; 2 4\"}' \\",
                "    | java -jar target/deepdrill.jar check -"})
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-",
            description = "the request file, or - for standard input (the default)")
    String source;

    private final Io io;

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return Batch.run(source, io, "check", CheckCommand::answer);
    }

    private static ObjectNode answer(JsonNode request) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        try {
            Verdict v = Grader.grade(CheckRequest.key(request), CheckRequest.typed(request));
            if (v.correct() == null) {
                o.putNull("correct");
            } else {
                o.put("correct", v.correct());
            }
            o.put("score", v.score());
            o.put("feedback", VerdictText.sentence(v));
            if (v.entries() != null) {
                o.put("entries_right", v.entries().right());
                o.put("entries", v.entries().total());
            }
            if (v.mistake() != null) {
                o.put("mistake", v.mistake());
            }
            if (!v.wrongCells().isEmpty()) {
                ArrayNode cells = o.putArray("wrong_cells");
                v.wrongCells().forEach(c -> cells.addArray().add(c.row()).add(c.column()));
            }
            if (v.errorPosition() >= 0) {
                o.put("position", v.errorPosition());
            }
        } catch (GradeRequestException | IllegalArgumentException e) {
            o.put("error", e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            o.put("error", "check: could not grade this request (" + e.getClass().getSimpleName() + ")");
        }
        return o;
    }
}
