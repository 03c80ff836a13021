package org.deepdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The help text, compared with golden files in src/test/resources/cli-help/ (one per command),
 * at 80 columns without colour. A deliberate change to the help is committed by regenerating
 * them (the failure message gives the command) and reading the diff.
 */
class HelpTextTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "cli-help");
    static final String REGENERATE = "mvn -q -o test -Dtest=HelpTextTest -Ddeepdrill.regenerate=true";

    /** What {@code deepdrill args…} prints on standard output, at a fixed width and without colour. */
    static String help(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = DeepDrillCommand.commandLine(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        cl.setUsageHelpAutoWidth(false);
        cl.setUsageHelpWidth(80);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        int status = cl.execute(args);
        assertEquals(0, status, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    static List<String> subcommands() {
        return new ArrayList<>(DeepDrillCommand.commandLine(System.in, System.out, System.err).getSubcommands().keySet());
    }

    @Test
    void theTopLevelHelpMatchesItsGoldenFile() throws IOException {
        assertGolden("deepdrill.txt", help("--help"));
    }

    @Test
    void everySubcommandsHelpMatchesItsGoldenFile() throws IOException {
        List<String> mismatched = new ArrayList<>();
        for (String name : subcommands()) {
            if (!matchesGolden(name + ".txt", help(name, "--help"))) {
                mismatched.add(name);
            }
        }
        assertEquals(List.of(), mismatched, "help differs from " + GOLDEN + "; if the change is meant, run " + REGENERATE);
    }

    @Test
    void theExportFormatsHelpMatchesItsGoldenFile() throws IOException {
        assertGolden("export-moodle.txt", help("export", "moodle", "--help"));
    }

    @Test
    void helpIsACommandAndPrintsWhatDashDashHelpPrints() {
        assertEquals(help("--help"), help("help"));
        for (String name : subcommands()) {
            assertEquals(help(name, "--help"), help("help", name), name);
        }
    }

    @Test
    void onlyTheTopCommandOffersTheVersion() {
        assertTrue(help("--help").contains("-V, --version"));
        for (String name : subcommands()) {
            assertFalse(help(name, "--help").contains("--version"), name);
        }
    }

    @Test
    void theCommandListGivesEachCommandOneWholeSentence() {
        String top = help("--help");
        String list = top.substring(top.indexOf("Commands:\n") + "Commands:\n".length(), top.indexOf("\n\n", top.indexOf("Commands:\n")));
        for (String line : list.split("\n")) {
            assertTrue(line.matches("  [a-z]+ +[A-Z][^.]*\\."), "one line per command, a sentence with its full stop: '" + line + "'");
        }
        assertEquals(subcommands().size(), list.split("\n").length);
    }

    @Test
    void noExampleSplitsACommandAcrossLinesWithoutAContinuation() {
        for (String args : List.of("", "compute", "check", "validate", "answers", "export")) {
            String text = args.isEmpty() ? help("--help") : help(args, "--help");
            String examples = text.substring(text.indexOf("\nExample"));
            String[] lines = examples.split("\n");
            for (int i = 2; i < lines.length; i++) {
                // a line of an example is a command (java, echo), or the second half of one after a trailing backslash
                boolean continued = lines[i - 1].endsWith(" \\");
                assertTrue(lines[i].startsWith("  java -jar ") || lines[i].startsWith("  echo '")
                        || continued && lines[i].startsWith("    | java -jar "), args + ": '" + lines[i] + "'");
            }
        }
    }

    @Test
    void theVersionComesFromTheJarsManifestOrSaysDev() {
        // from compiled classes there is no manifest; the packaged jar's version is checked in PackagedJarIT
        assertEquals("DeepDrill dev\n", help("--version"));
        assertEquals("dev", DeepDrillCommand.Version.of(null));
    }

    private static void assertGolden(String file, String actual) throws IOException {
        if (!matchesGolden(file, actual)) {
            assertEquals(Files.readString(GOLDEN.resolve(file)), actual,
                    "help differs from " + GOLDEN.resolve(file) + "; if the change is meant, run " + REGENERATE);
        }
    }

    /** Compares with the golden file, or writes it when regenerating. */
    private static boolean matchesGolden(String file, String actual) throws IOException {
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("deepdrill.regenerate")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
            return true;
        }
        if (!Files.exists(golden)) {
            fail(golden + " does not exist; run " + REGENERATE);
        }
        return Files.readString(golden).equals(actual);
    }
}
