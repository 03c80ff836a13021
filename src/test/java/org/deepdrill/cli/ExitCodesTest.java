package org.deepdrill.cli;

import static org.deepdrill.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.deepdrill.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit-code table (0 done, 1 problems in the banks, 2 cannot run or bad input), command by
 * command, and the same table in the README and the CLI reference as in --help.
 */
class ExitCodesTest {
    private static final String CLEAN_BANK = """
            {"id": "mini", "title": "Mini", "topic": "graphs", "questions": [
              {"id": "mini-lap", "type": "matrix", "prompt": "Laplacian of the path 0-1?",
               "compute": {"op": "graph", "args": {"n": 2, "edges": [[0, 1]]}},
               "answer": {"result": "laplacian"}}
            ]}
            """;
    /** A key that cannot be computed: a graph's edge names node 5 of a 2-node graph. */
    private static final String BROKEN_KEY_BANK = CLEAN_BANK.replace("[[0, 1]]", "[[0, 5]]");

    @TempDir
    Path dir;

    private Path bank(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** The one line a command prints on standard error. */
    private static String oneLine(Run r) {
        String e = r.err().strip();
        assertTrue(!e.isEmpty() && !e.contains("\n"), "one line on stderr: " + r.err());
        return e;
    }

    // ---- compute and check: 0 when every request is answered, 2 otherwise --------------------

    @Test
    void computeExitsZeroWhenEveryRequestIsAnsweredAndTwoWhenOneGetsAnError() {
        assertEquals(0, run("{\"op\": \"softmax\", \"args\": {\"x\": [1, 2]}}", "compute").status());
        assertEquals(2, run("[{\"op\": \"softmax\", \"args\": {\"x\": [1, 2]}}, {\"op\": \"nosuch\"}]", "compute").status());
    }

    @Test
    void checkExitsZeroForAWrongOrUnreadableAnswerAndTwoForAMalformedRequest() {
        // a wrong answer and an answer that cannot be read are still graded: that is the command's job done
        assertEquals(0, run("[{\"kind\": \"number\", \"key\": 1, \"answer\": \"2\"},"
                + " {\"kind\": \"number\", \"key\": 1, \"answer\": \"2/\"}]", "check").status());
        assertEquals(2, run("{\"kind\": \"number\", \"answer\": \"2\"}", "check").status());
    }

    @Test
    void aRequestFileThatIsMarkdownIsSaidNotToBeJson() throws Exception {
        Path md = bank("notes.md", "# Notes\n\nnot a request\n");
        for (String command : new String[] {"compute", "check"}) {
            Run r = run("", command, md.toString());
            assertEquals(2, r.status());
            assertEquals(command + ": " + md + " is not JSON: it starts with '#'; expected a JSON request {…}"
                    + " or an array of them [{…}, …]", oneLine(r));
        }
    }

    @Test
    void computeAndCheckExitTwoOnAMissingFileAndOnAnUnknownOption() {
        for (String command : new String[] {"compute", "check"}) {
            Run missing = run("", command, "nosuch.json");
            assertEquals(2, missing.status());
            assertEquals(command + ": no such file: nosuch.json", oneLine(missing));
            assertEquals(2, run("", command, "--nosuch").status());
        }
    }

    // ---- validate and answers: 0 clean, 1 problems in the banks, 2 nothing to check ---------

    @Test
    void validateExitsZeroOnACleanBankAndOneWhenAKeyCannotBeComputed() throws Exception {
        assertEquals(0, run("", "validate", bank("clean.json", CLEAN_BANK).toString()).status());
        Run broken = run("", "validate", bank("broken.json", BROKEN_KEY_BANK).toString());
        assertEquals(1, broken.status());
        assertTrue(broken.out().startsWith(dir.resolve("broken.json") + ":"), broken.out());
    }

    @Test
    void answersExitsZeroWhenEveryKeyIsPrintedAndOneWhenOneCannotBeComputed() throws Exception {
        assertEquals(0, run("", "answers", bank("clean.json", CLEAN_BANK).toString()).status());
        Run broken = run("", "answers", bank("broken.json", BROKEN_KEY_BANK).toString());
        assertEquals(1, broken.status());
        assertTrue(broken.err().startsWith(dir.resolve("broken.json") + ":"), broken.err());
    }

    @Test
    void aBankFileThatDoesNotExistIsNothingToCheckSoBothExitTwoWithOneLine() {
        for (String command : new String[] {"validate", "answers"}) {
            Run r = run("", command, "nosuch.json");
            assertEquals(2, r.status(), command);
            assertEquals(command + ": no such file or folder: nosuch.json", oneLine(r));
            assertEquals("", r.out());
        }
    }

    @Test
    void aMissingFolderIsNamedAsTypedWithItsSlash() {
        Run r = run("", "validate", "question/");
        assertEquals(2, r.status());
        assertEquals("validate: no such file or folder: question/", oneLine(r));
    }

    @Test
    void aFolderWithNoBanksExitsTwoSayingSo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a bank");
        for (String command : new String[] {"validate", "answers"}) {
            Run r = run("", command, empty + "/");
            assertEquals(2, r.status(), command);
            assertEquals(command + ": no banks in " + empty + "/ (a bank is a .json file in the folder or below it)", oneLine(r));
        }
    }

    @Test
    void aMarkdownFileGivenAsABankIsSaidNotToBeJson() throws Exception {
        Path md = bank("README.md", "# Writing question banks\n\nA bank is one JSON file.\n");
        Run r = run("", "validate", md.toString());
        // a problem in a file given as a bank, like any bank that does not parse: exit 1, with where
        assertEquals(1, r.status());
        assertEquals(md + ":1:1: not JSON: it starts with '#', and a bank is a JSON object starting with '{'", r.out().strip());
    }

    @Test
    void validateAndAnswersWithoutAPathAreUsageErrors() {
        for (String command : new String[] {"validate", "answers"}) {
            Run r = run("", command);
            assertEquals(2, r.status(), command);
            assertTrue(r.err().startsWith("Missing required parameter: 'PATH'"), r.err());
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(2, run("", "nosuch").status());
    }

    // ---- one table ------------------------------------------------------------------------------

    @Test
    void theCodesOfTheTableAreTheCodesReturned() {
        assertEquals(Map.of("0", 0, "1", 1, "2", 2).keySet(), ExitCodes.TABLE.keySet());
        assertEquals(0, ExitCodes.OK);
        assertEquals(1, ExitCodes.PROBLEMS);
        assertEquals(2, ExitCodes.CANNOT_RUN);
        // picocli's own usage errors are the table's 2
        assertEquals(ExitCodes.CANNOT_RUN, picocli.CommandLine.ExitCode.USAGE);
    }

    @Test
    void theReadmeAndTheCliReferenceQuoteTheTableOfTheHelp() throws Exception {
        for (Path doc : new Path[] {Path.of("README.md"), Path.of("src", "site", "markdown", "cli.md")}) {
            String text = Files.readString(doc);
            for (Map.Entry<String, String> row : ExitCodes.TABLE.entrySet()) {
                String line = "| " + row.getKey() + " | " + row.getValue() + " |";
                assertTrue(text.contains(line), doc + " lacks the row\n" + line);
            }
        }
    }
}
