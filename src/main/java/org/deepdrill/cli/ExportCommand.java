package org.deepdrill.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.deepdrill.bank.Bank;
import org.deepdrill.bank.BankLoader;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.export.ExportReport;
import org.deepdrill.export.MoodleExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export FORMAT}: the banks in another system's format; today Moodle's XML. */
@Command(name = "export",
        header = "Write question banks in another system's format (Moodle XML).",
        description = {"Writes the questions of banks in a format another system imports. The format is a"
                + " command of its own: export moodle."},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExample:%n",
        footer = {"  java -jar target/deepdrill.jar export moodle questions/ --out quiz.xml"})
final class ExportCommand implements Callable<Integer> {
    private final Io io;

    ExportCommand(Io io) {
        this.io = io;
    }

    /** The command with its formats, ready to add to the command line. */
    static picocli.CommandLine of(Io io) {
        return new picocli.CommandLine(new ExportCommand(io)).addSubcommand(new Moodle(io));
    }

    @Override
    public Integer call() {
        io.err().println("export: name a format: export moodle PATH... --out FILE.xml");
        return ExitCodes.CANNOT_RUN;
    }

    @Command(name = "moodle",
            header = "Write question banks as Moodle XML, one category per bank.",
            description = {"Writes Moodle's XML question format, which a Moodle course imports as-is: number as"
                    + " numerical, choice and multi as multichoice, vector and matrix as cloze (one numerical field per"
                    + " entry), shape as short answer, open as essay; expression questions are skipped, since Moodle"
                    + " compares their text, not their value. A question is named by its id; with --variants N each"
                    + " parametric question also as ID@1 … ID@N. Each question left out or changed on the way is named"
                    + " with the reason on standard error, then one summary line."},
            footerHeading = "%nExample:%n",
            footer = {"  java -jar target/deepdrill.jar export moodle questions/ --out quiz.xml"})
    static final class Moodle implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PATH", description = "bank files or folders")
        List<String> paths;

        @Option(names = "--out", required = true, paramLabel = "FILE.xml", description = "the file to write (replaced if it exists)")
        String out;

        @Option(names = "--variants", paramLabel = "N",
                description = "also N drawn variants (seeds 1..N, 1 to 100) of each parametric question")
        Integer variants;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        private final Io io;

        Moodle(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            if (variants != null && (variants < 1 || variants > MoodleExport.MAX_VARIANTS)) {
                io.err().println("export moodle: --variants must be 1 to " + MoodleExport.MAX_VARIANTS + ", got " + variants);
                return ExitCodes.CANNOT_RUN;
            }
            Path target;
            List<Path> files;
            try {
                target = writable(out);
                files = BankLoader.bankFiles(BankPaths.of("export moodle", paths), issue -> io.err().println(issue));
            } catch (BankPaths.Problem e) {
                io.err().println(e.getMessage());
                return ExitCodes.CANNOT_RUN;
            } catch (IOException e) {
                io.err().println("export moodle: cannot read " + e.getMessage());
                return ExitCodes.CANNOT_RUN;
            }
            BankLoader loader = new BankLoader();
            List<Bank> banks = new ArrayList<>();
            boolean clean = true;
            for (Path file : files) {
                BankLoader.Result r = loader.load(file);
                r.issues().forEach(i -> io.err().println(i));
                clean &= r.issues().isEmpty();
                r.bank().ifPresent(banks::add);
            }
            ExportReport report;
            try {
                report = write(target, banks);
            } catch (IOException e) {
                io.err().println("export moodle: cannot write " + out + ": " + e.getMessage());
                return ExitCodes.CANNOT_RUN;
            }
            report.notices().forEach(n -> io.err().println(n));
            io.err().println("export moodle: " + report.exported() + " question(s) exported to " + out
                    + (report.variants() > 0 ? " (" + report.variants() + " of them drawn variants)" : "")
                    + ", " + report.skipped() + " skipped, from " + banks.size() + " bank(s)");
            return clean && report.broken() == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }

        /** Written beside the target first, so a failure never leaves half a file under its name. */
        private ExportReport write(Path target, List<Bank> banks) throws IOException {
            // a sibling made as any new file is (the umask's permissions, not createTempFile's owner-only ones)
            Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".part");
            try {
                ExportReport report;
                try (OutputStream os = Files.newOutputStream(temp)) {
                    report = new MoodleExport(new Variants(new KeyComputer(OpRegistry.standard())), variants == null ? 0 : variants)
                            .write(banks, os);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return report;
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        /** The output path, if a file can be written there; checked before any key is computed. */
        private static Path writable(String typed) throws BankPaths.Problem {
            Path p;
            try {
                p = Path.of(typed);
            } catch (InvalidPathException e) {
                throw new BankPaths.Problem("export moodle: not a valid output path: " + typed);
            }
            Path parent = p.toAbsolutePath().getParent();
            if (Files.isDirectory(p)) {
                throw new BankPaths.Problem("export moodle: cannot write " + typed + ": it is a folder");
            }
            if (parent == null || !Files.isDirectory(parent)) {
                throw new BankPaths.Problem("export moodle: cannot write " + typed + ": no such folder " + parent);
            }
            if (!Files.isWritable(parent) || Files.exists(p) && !Files.isWritable(p)) {
                throw new BankPaths.Problem("export moodle: cannot write " + typed + ": permission denied");
            }
            return p;
        }
    }
}
