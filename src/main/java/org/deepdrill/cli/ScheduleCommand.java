package org.deepdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.deepdrill.study.Fsrs;
import org.deepdrill.study.MemoryState;
import org.deepdrill.study.Rating;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "schedule",
        header = "Print the FSRS-6 review states a review history gives.",
        description = {"Schedules review histories with FSRS-6 (long-term, no fuzz, retention 0.9, default weights):"
                + " reads {\"reviews\": [{\"at\": \"2026-03-12T08:30:00Z\", \"rating\": 3}, …]} or an array of them and"
                + " prints, for each history, the states after each of its reviews:"
                + " [{\"stability\": …, \"difficulty\": …, \"interval_days\": …, \"due\": \"…Z\"}, …]."
                + " Ratings: 1 Again, 2 Hard, 3 Good, 4 Easy; reviews in time order, times ISO-8601 (UTC)."
                + " A malformed history's place in the output holds {\"error\": …}, and the same line, naming the"
                + " history and review, goes to standard error."},
        footerHeading = "%nExample:%n",
        footer = {"  echo '{\"reviews\":[{\"at\":\"2026-03-12T08:30:00Z\",\"rating\":3}]}' \\",
            "    | java -jar target/deepdrill.jar schedule -"})
final class ScheduleCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-",
            description = "the history file, or - for standard input (the default)")
    String source;

    private final Io io;

    ScheduleCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return Batch.runIndexed(source, io, "schedule", this::answer);
    }

    /** A malformed history, the message already naming the history and review. */
    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private JsonNode answer(JsonNode history, int index) {
        String name = index == Batch.ALONE ? "the history" : "history [" + index + "]";
        try {
            return states(history, name);
        } catch (Malformed e) {
            String message = "schedule: " + e.getMessage();
            io.err().println(message);
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("error", message);
            return o;
        }
    }

    /** The state after each review of {@code history}, in order. */
    private static ArrayNode states(JsonNode history, String name) throws Malformed {
        JsonNode reviews = history.isObject() ? history.get("reviews") : null;
        if (reviews == null || !reviews.isArray()) {
            throw new Malformed(name + " is not an object {\"reviews\": [{\"at\": …, \"rating\": …}, …]}");
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        MemoryState state = null;
        Instant last = null;
        for (int i = 0; i < reviews.size(); i++) {
            String where = name + ", review [" + i + "]";
            JsonNode review = reviews.get(i);
            if (!review.isObject()) {
                throw new Malformed(where + " is not an object {\"at\": …, \"rating\": …}");
            }
            Instant at = time(review.get("at"), where);
            Rating rating = rating(review.get("rating"), where);
            long t = 0;
            if (last != null) {
                if (at.isBefore(last)) {
                    throw new Malformed(where + ": time goes backwards: " + at + " is before the previous review, " + last);
                }
                t = Fsrs.elapsedDays(last, at);
            }
            Fsrs.Review r = Fsrs.review(state, t, at, rating);
            state = r.state();
            last = at;
            ObjectNode o = out.addObject();
            o.put("stability", state.stability());
            o.put("difficulty", state.difficulty());
            o.put("interval_days", r.intervalDays());
            o.put("due", r.due().toString());
        }
        return out;
    }

    private static Instant time(JsonNode at, String where) throws Malformed {
        if (at == null || at.isNull()) {
            throw new Malformed(where + " has no \"at\" (a time such as \"2026-03-12T08:30:00Z\")");
        }
        try {
            if (at.isTextual()) {
                // to the millisecond, as the progress store keeps times and JavaScript's Date reads them
                return OffsetDateTime.parse(at.asText()).toInstant().truncatedTo(ChronoUnit.MILLIS);
            }
        } catch (DateTimeParseException e) {
            // the message below says what was expected
        }
        throw new Malformed(where + ": \"at\" " + at + " is not a readable time (expected ISO-8601 with a zone,"
                + " such as \"2026-03-12T08:30:00Z\")");
    }

    private static Rating rating(JsonNode g, String where) throws Malformed {
        if (g == null || g.isNull()) {
            throw new Malformed(where + " has no \"rating\" (1 Again, 2 Hard, 3 Good, 4 Easy)");
        }
        if (!g.isNumber() || g.asDouble() != Math.rint(g.asDouble())) {
            throw new Malformed(where + ": rating " + g + " is not a whole number 1-4 (1 Again, 2 Hard, 3 Good, 4 Easy)");
        }
        double v = g.asDouble();
        if (v < 1 || v > 4) {
            throw new Malformed(where + ": rating " + g + " is outside 1-4 (1 Again, 2 Hard, 3 Good, 4 Easy)");
        }
        return Rating.of((int) v);
    }
}
