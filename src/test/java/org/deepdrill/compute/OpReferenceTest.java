package org.deepdrill.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The op table of the compute reference says what the registry does: regenerated, it is the committed file. */
class OpReferenceTest {
    static final Path DOC = Path.of("src", "site", "markdown", "compute-ops.md");
    static final String REGENERATE = "mvn -q -o test -Dtest=OpReferenceTest -Ddeepdrill.regenerate=true";

    @Test
    void theCommittedOpTableIsTheOneTheRegistryGenerates() throws Exception {
        String committed = Files.readString(DOC);
        String generated = OpReference.regenerate(OpReference.rows(OpRegistry.standard()), committed);
        if (Boolean.getBoolean("deepdrill.regenerate")) {
            Files.writeString(DOC, generated);
            committed = generated;
        }
        assertEquals(generated, committed, DOC + " and the op registry disagree; run " + REGENERATE
                + " and describe any new op in the table's last column");
        assertFalse(committed.contains(OpReference.UNDESCRIBED), DOC + " has an op with no description");
    }

    static final Path GUIDE = Path.of("questions", "README.md");

    @Test
    void theFormatGuidesTableOfOpsIsTheOneTheRegistryGenerates() throws Exception {
        String committed = Files.readString(GUIDE);
        String generated = OpReference.regenerateGuide(OpCatalog.entries(OpRegistry.standard()), committed);
        if (Boolean.getBoolean("deepdrill.regenerate")) {
            Files.writeString(GUIDE, generated);
            committed = generated;
        }
        assertEquals(generated, committed, GUIDE + " and the op registry disagree; run " + REGENERATE);
    }

    @Test
    void scaleTakesXAndByAndTheRequiredArgumentsAreTheOnesAnOpRefusesToDoWithout() {
        var entries = OpCatalog.entries(OpRegistry.standard());
        var scale = entries.stream().filter(e -> e.op().equals("scale")).findFirst().orElseThrow();
        assertEquals(List.of(new OpCatalog.Argument("x", true, "a number or nested array of numbers"),
                new OpCatalog.Argument("by", true, "a number")), scale.arguments());
        var attention = entries.stream().filter(e -> e.op().equals("attention")).findFirst().orElseThrow();
        // by hand from the contract: q, k, v are needed; scale, mask and hard have defaults
        assertEquals(List.of("q", "k", "v"), attention.arguments().stream().filter(OpCatalog.Argument::required)
                .map(OpCatalog.Argument::name).toList());
        assertEquals("an n×d matrix (one query per row)", attention.arguments().get(0).shape());
        assertEquals(List.of("S = QK^\\top/\\sqrt{d}", "M", "S_{ij} = -\\infty \\text{ where } M_{ij} = 0",
                "A = \\mathrm{softmax}(S)", "O = AV"), attention.steps());
        var graph = entries.stream().filter(e -> e.op().equals("graph")).findFirst().orElseThrow();
        // n or nodes: neither alone is required
        assertEquals(List.of("edges"), graph.arguments().stream().filter(OpCatalog.Argument::required)
                .map(OpCatalog.Argument::name).toList());
    }

    @Test
    void everyOpOfTheRegistryHasARowAndNoOtherDoes() throws Exception {
        List<OpReference.Row> rows = OpReference.rows(OpRegistry.standard());
        assertEquals(OpRegistry.standard().names(), Set.copyOf(rows.stream().map(OpReference.Row::op).toList()));
    }

    @Test
    void theGeneratedArgumentsAreTheOnesTheOpAcceptsAndTheResultsTheOnesItGives() throws Exception {
        OpReference.Row graph = OpReference.rows(OpRegistry.standard()).stream()
                .filter(r -> r.op().equals("graph")).findFirst().orElseThrow();
        // by hand from the contract: graph takes n or nodes, edges, directed, weights, k
        assertEquals(Set.of("n", "nodes", "edges", "directed", "weights", "k"), graph.arguments());
        assertEquals(List.of("adjacency", "degree", "laplacian", "laplacian_sym", "laplacian_rw", "walks"),
                List.copyOf(graph.results()));
        OpReference.Row paramCount = OpReference.rows(OpRegistry.standard()).stream()
                .filter(r -> r.op().equals("param_count")).findFirst().orElseThrow();
        assertTrue(paramCount.arguments().containsAll(List.of("module", "in", "out", "bias", "D", "h", "d", "a", "b", "r", "C", "shape", "kernel")));
    }

    @Test
    void aDescriptionWrittenInTheDocSurvivesRegeneration() {
        String doc = "intro\n" + OpReference.BEGIN + "\n| op | arguments | results | what it computes |\n|---|---|---|---|\n"
                + "| `exp` | `y` | `z` | e to the x, entry by entry |\n" + OpReference.END + "\nafter\n";
        var rows = List.of(new OpReference.Row("exp", Set.of("x"), Set.of("result")),
                new OpReference.Row("tanh", Set.of("x"), Set.of("result")));
        assertEquals("intro\n" + OpReference.BEGIN + "\n| op | arguments | results | what it computes |\n|---|---|---|---|\n"
                + "| `exp` | `x` | `result` | e to the x, entry by entry |\n"
                + "| `tanh` | `x` | `result` | " + OpReference.UNDESCRIBED + " |\n" + OpReference.END + "\nafter\n",
                OpReference.regenerate(rows, doc));
    }
}
