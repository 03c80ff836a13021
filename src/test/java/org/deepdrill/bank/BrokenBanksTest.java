package org.deepdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder src/test/resources/broken-banks holds one broken bank per kind of mistake a TA
 * makes; expected.txt lists, for each, the exact messages validate must print.
 */
class BrokenBanksTest {
    private static final Path FOLDER = Path.of("src/test/resources/broken-banks");

    @Test
    void everyBrokenBankGivesExactlyItsExpectedMessages() throws Exception {
        List<String> expected = Files.readAllLines(FOLDER.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        BankValidator.Report report = new BankValidator().validate(List.of(FOLDER));
        List<String> actual = new ArrayList<>();
        report.issues().forEach(i -> actual.add(FOLDER.relativize(i.file()) + ":" + i.line() + ":" + i.column() + ": " + i.text()));
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void aBrokenBankDoesNotStopTheOthersLoading(@TempDir Path dir) throws Exception {
        Files.copy(FOLDER.resolve("truncated.json"), dir.resolve("a-truncated.json"));
        Files.copy(FOLDER.resolve("unknown-op.json"), dir.resolve("b-unknown-op.json"));
        Files.writeString(dir.resolve("c-good.json"), """
                {"id": "good", "title": "Good", "topic": "t", "questions": [
                  {"id": "g1", "type": "matrix", "prompt": "L?",
                   "compute": {"op": "graph", "args": {"n": 2, "edges": [[0, 1]]}}, "answer": {"result": "laplacian"}}]}
                """);
        BankValidator.Report report = new BankValidator().validate(List.of(dir));
        assertEquals(List.of("unknown-op", "good"), report.banks().stream().map(Bank::id).toList());
        assertEquals(2, report.issues().size(), report.issues().toString());
    }

    @Test
    void aBankOverTheSizeLimitIsRefusedWithoutBeingParsed(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.writeString(big, "{\"pad\": \"" + "x".repeat((int) BankLoader.MAX_FILE_BYTES) + "\"}");
        BankLoader.Result r = new BankLoader().load(big);
        assertTrue(r.bank().isEmpty());
        assertEquals(big + ":1:1: the file is 2048 KB, over the limit of 2048 KB for a bank", r.issues().get(0).toString());
    }

    @Test
    void aFileLinkedFromOutsideTheFolderIsNotRead(@TempDir Path dir) throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.json"), "{}");
        Path banks = Files.createDirectory(dir.resolve("banks"));
        Files.createSymbolicLink(banks.resolve("sneaky.json"), outside);
        BankValidator.Report report = new BankValidator().validate(List.of(banks));
        assertTrue(report.banks().isEmpty());
        assertEquals(1, report.issues().size());
        assertTrue(report.issues().get(0).message().contains("outside the folder"), report.issues().toString());
    }
}
