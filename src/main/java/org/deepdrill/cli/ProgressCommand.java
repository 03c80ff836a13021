package org.deepdrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.deepdrill.bank.LocatedJson;
import org.deepdrill.store.ProgressStore;
import org.deepdrill.study.ProgressHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "progress",
        header = "Export a student's progress as JSON, or import such a file.",
        description = {"Moves a student's progress between computers: export prints every attempt, review state and"
                + " exam sitting as JSON; import merges such a file into this computer's progress. Both use the app's"
                + " data folder (-Ddeepdrill.data=DIR moves it)."},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExample (moving to a new laptop):%n",
        footer = {"  java -jar target/deepdrill.jar progress export --out progress.json    # on the old one",
            "  java -jar target/deepdrill.jar progress import progress.json          # on the new one"})
final class ProgressCommand implements Callable<Integer> {
    private final Io io;

    ProgressCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.err().println("progress: say export or import (deepdrill progress --help)");
        return 2;
    }

    @Command(name = "export",
            header = "Print all progress as JSON.",
            description = {"Prints all progress as JSON: {\"attempts\": [{\"question\", \"at\", \"seed\", \"answer\", \"score\","
                    + " \"points\", \"correct\"}, …], \"reviews\": [{\"question\", \"stability\", \"difficulty\", \"last_review\","
                    + " \"due\", \"reps\", \"lapses\"}, …], \"exams\": []}; times in ISO-8601 UTC. exams stays empty:"
                    + " this version has no exam mode."},
            footerHeading = "%nExample:%n",
            footer = {"  java -jar target/deepdrill.jar progress export --out progress.json"})
    int export(@Option(names = "--out", paramLabel = "FILE",
            description = "write to FILE (replaced only once the export is complete) instead of standard output")
            Path out) {
        ProgressStore store = ProgressStore.open(ProgressStore.defaultFile());
        try (store) {
            if (store.recoveryNotice().isPresent()) {
                // the student's progress is not in what was opened: exporting it would hand over nothing
                io.err().println("progress export: " + store.recoveryNotice().get());
                return 2;
            }
            String json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    ProgressJson.write(store.attempts(), store.reviews(), store.examScores()));
            if (out == null) {
                io.out().println(json);
                return 0;
            }
            writeWhole(out, json + System.lineSeparator());
            return 0;
        } catch (IOException e) {
            io.err().println("progress export: cannot write " + out + ": " + reason(e));
            return 2;
        }
    }

    @Command(name = "import",
            header = "Merge an export into this computer's progress.",
            description = {"Merges an export into this computer's progress. Attempts already here (same question,"
                    + " time, seed and answer) are skipped, so importing a file twice adds nothing; the review"
                    + " state of every question that gained an attempt is rebuilt by replaying all its attempts in"
                    + " time order. Attempts at questions the banks no longer have are kept too. Bad input changes"
                    + " nothing."},
            footerHeading = "%nExample:%n",
            footer = {"  java -jar target/deepdrill.jar progress import progress.json"})
    int importFile(@Parameters(paramLabel = "FILE|-", description = "an export, or - for standard input") String source) {
        String name = "-".equals(source) ? "standard input" : source;
        ProgressJson.Contents contents;
        try {
            contents = ProgressJson.read(readJson(source, name));
        } catch (Unreadable e) {
            io.err().println("progress import: " + e.getMessage());
            return 2;
        } catch (ProgressJson.Malformed e) {
            io.err().println("progress import: " + name + ": " + e.getMessage() + "; nothing was imported");
            return 2;
        }
        ProgressStore store = ProgressStore.open(ProgressStore.defaultFile());
        try (store) {
            if (store.file().isEmpty()) {
                io.err().println("progress import: " + store.recoveryNotice().orElse("the progress file cannot be used")
                        + " Nothing was imported.");
                return 2;
            }
            store.recoveryNotice().ifPresent(n -> io.err().println("progress import: " + n));
            ProgressHistory.Merge m = store.merge(contents.attempts());
            io.out().println("progress import: " + m.added() + " " + plural(m.added(), "attempt") + " added, "
                    + m.skipped() + " already here" + (contents.examsSkipped() > 0 ? "; " + contents.examsSkipped() + " "
                    + plural(contents.examsSkipped(), "exam sitting") + " skipped (this version has no exam mode)" : "")
                    + " (" + store.file().get() + ")");
            return 0;
        } catch (IllegalStateException e) { // the store's own message: what could not be done, and the file
            io.err().println("progress import: " + e.getMessage() + "; nothing was imported");
            return 2;
        }
    }

    private static String plural(int n, String what) {
        return n == 1 ? what : what + "s";
    }

    /** The input could not be read as JSON; the message names it and says why. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private JsonNode readJson(String source, String name) throws Unreadable {
        byte[] bytes;
        try {
            if ("-".equals(source)) {
                bytes = io.in().readAllBytes();
            } else {
                try (InputStream in = Files.newInputStream(Path.of(source))) {
                    bytes = in.readAllBytes();
                }
            }
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file: " + name);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new Unreadable("cannot read " + name + ": " + reason(e));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new Unreadable(name + " is empty: expected an export {\"attempts\": […], …}");
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new Unreadable(name + " is not valid JSON" + where + ": " + LocatedJson.plain(e.getOriginalMessage()));
        }
    }

    /** Writes the whole text next to {@code file} first, then puts it in place, so a failure leaves no half file. */
    private static void writeWhole(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException n) {
            return "no such folder or file " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
