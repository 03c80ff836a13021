package org.deepdrill.cli;

import static org.deepdrill.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.deepdrill.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code export moodle} as a TA runs it: bad input gets one line and exit 2, a bad question is named and skipped. */
class ExportCommandTest {
    /** A number, an expression Moodle cannot grade fairly, and a key that cannot be computed (node 5 of 2). */
    private static final String MIXED_BANK = """
            {"id": "mini", "title": "Mini", "topic": "graphs", "questions": [
              {"id": "mini-edges", "type": "number", "prompt": "How many edges has the path 0-1-2?",
               "compute": {"op": "graph", "args": {"n": 3, "edges": [[0, 1], [1, 2]]}},
               "answer": {"result": "degree", "index": [1, 1]}},
              {"id": "mini-cost", "type": "expression", "prompt": "Cost of $n$ dot products of size $d$?",
               "vars": ["n", "d"], "answer": {"expression": "n*d"}},
              {"id": "mini-broken", "type": "matrix", "prompt": "Laplacian?",
               "compute": {"op": "graph", "args": {"n": 2, "edges": [[0, 5]]}},
               "answer": {"result": "laplacian"}}
            ]}
            """;

    @TempDir
    Path dir;

    private static String oneLine(Run r) {
        String e = r.err().strip();
        assertTrue(!e.isEmpty() && !e.contains("\n"), "one line on stderr: " + r.err());
        return e;
    }

    private Path bank() throws Exception {
        Path p = dir.resolve("mini.json");
        Files.writeString(p, MIXED_BANK);
        return p;
    }

    @Test
    void anUnknownBankPathIsOneLineAndExitTwo() {
        Path out = dir.resolve("q.xml");
        Run r = run("", "export", "moodle", "nosuch/", "--out", out.toString());
        assertEquals(2, r.status());
        assertEquals("export moodle: no such file or folder: nosuch/", oneLine(r));
        assertFalse(Files.exists(out));
    }

    @Test
    void aVariantCountBelowOneOrAboveAHundredIsOneLineAndExitTwo() throws Exception {
        for (String n : List.of("0", "101", "-3")) {
            Run r = run("", "export", "moodle", bank().toString(), "--variants", n, "--out", dir.resolve("q.xml").toString());
            assertEquals(2, r.status(), n);
            assertEquals("export moodle: --variants must be 1 to 100, got " + n, oneLine(r));
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndExitTwo() throws Exception {
        Run missingFolder = run("", "export", "moodle", bank().toString(), "--out", dir.resolve("no/such/q.xml").toString());
        assertEquals(2, missingFolder.status());
        assertTrue(oneLine(missingFolder).startsWith("export moodle: cannot write " + dir.resolve("no/such/q.xml") + ": no such folder"),
                missingFolder.err());
        Run folder = run("", "export", "moodle", bank().toString(), "--out", dir.toString());
        assertEquals(2, folder.status());
        assertEquals("export moodle: cannot write " + dir + ": it is a folder", oneLine(folder));
    }

    @Test
    void exportWithoutAFormatSaysWhichThereAre() {
        Run r = run("", "export");
        assertEquals(2, r.status());
        assertTrue(oneLine(r).contains("export moodle"), r.err());
    }

    @Test
    void questionsThatCannotBeExportedAreNamedWithTheReasonAndTheRestIsWritten() throws Exception {
        Path out = dir.resolve("q.xml");
        Run r = run("", "export", "moodle", bank().toString(), "--out", out.toString());
        // a key that cannot be computed is a problem in the bank: exit 1, as answers gives
        assertEquals(1, r.status(), r.err());
        List<String> lines = r.err().strip().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("mini-cost: skipped: an expression is graded by value")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("mini-broken: skipped: its key cannot be computed")), r.err());
        assertEquals("export moodle: 1 question(s) exported to " + out + ", 2 skipped, from 1 bank(s)", lines.get(lines.size() - 1));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        // the category and the one number question; node 1 of the path 0-1-2 has degree 2
        assertEquals(2, doc.getElementsByTagName("question").getLength());
        assertEquals("mini-edges", doc.getElementsByTagName("name").item(0).getTextContent().strip());
        assertEquals("2", doc.getElementsByTagName("answer").item(0).getFirstChild().getNextSibling().getTextContent());
    }

    @Test
    void aCleanBankExitsZeroAndCountsItsVariants() throws Exception {
        Path out = dir.resolve("graphs.xml");
        Run r = run("", "export", "moodle", "questions/graphs.json", "--variants", "1", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        // written as any new file is: no owner-only temp-file permissions, no part file left beside it
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("graphs.xml", "plain.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String summary = r.err().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(summary.matches("export moodle: \\d+ question\\(s\\) exported to .* \\(\\d+ of them drawn variants\\), 0 skipped, from 1 bank\\(s\\)"),
                summary);
    }
}
