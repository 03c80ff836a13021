package org.deepdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.deepdrill.compute.OpRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The banks in questions/: they validate, cover the sheets, and never type a numeric key. */
class ShippedBanksTest {
    private static final Path QUESTIONS = Path.of("questions");
    private static BankValidator.Report report;
    private static List<Question> all;

    @BeforeAll
    static void validateOnce() throws Exception {
        report = new BankValidator().validate(List.of(QUESTIONS));
        all = report.banks().stream().flatMap(b -> b.questions().stream()).toList();
    }

    @Test
    void everyShippedBankValidatesWithoutAProblem() {
        assertEquals("", report.issues().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void aStepLabelWrittenInLatexKeepsItsWordsInText() throws Exception {
        // The worked solution typesets such a label as math, where "gradient at w^(0)" runs
        // together as italic letters: prose belongs in \text{…}, names in \mathrm{…}.
        List<String> runTogether = new ArrayList<>();
        try (var files = java.nio.file.Files.list(QUESTIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                stepLabels(new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile()), false, label -> {
                    if (label.matches(".*[\\\\^_{}].*")) {
                        String math = label.replaceAll("\\\\(text|mathrm|operatorname)\\{[^}]*\\}", "")
                                .replaceAll("\\\\[A-Za-z]+", "");
                        if (math.matches("(?s).*[A-Za-z]{3,}.*")) {
                            runTogether.add(f.getFileName() + ": " + label);
                        }
                    }
                });
            }
        }
        assertEquals(List.of(), runTogether);
    }

    /** Every {@code label} of an object inside a {@code steps} array, anywhere in {@code node}. */
    private static void stepLabels(com.fasterxml.jackson.databind.JsonNode node, boolean inSteps,
            java.util.function.Consumer<String> label) {
        if (node.isObject()) {
            if (inSteps && node.path("label").isTextual()) {
                label.accept(node.get("label").asText());
            }
            node.properties().forEach(e -> stepLabels(e.getValue(), e.getKey().equals("steps"), label));
        } else if (node.isArray()) {
            node.forEach(child -> stepLabels(child, inSteps, label));
        }
    }

    @Test
    void noNumericKeyIsTypedIntoABank() {
        for (Question q : all) {
            if (q.kind() instanceof Kind.Computed c) {
                assertTrue(c.compute() != null && c.result() != null, q.id() + " has no compute or result");
            }
        }
    }

    @Test
    void theLaplacianOfSheet000Q7IsTheHandWorkedOne() throws Exception {
        Question q = byId("graphs.000-q7.laplacian");
        // degrees of nodes 1..5 with edges (1,5),(1,3),(2,3),(2,5),(3,4): 2, 2, 3, 1, 2
        assertEquals("[[2.0,0.0,-1.0,0.0,-1.0],[0.0,2.0,-1.0,0.0,-1.0],[-1.0,-1.0,3.0,-1.0,0.0],"
                        + "[0.0,0.0,-1.0,1.0,0.0],[-1.0,-1.0,0.0,0.0,2.0]]",
                new KeyComputer(OpRegistry.standard()).compute(q).typedForm());
    }

    @Test
    void theBatchVarianceOfSheet004Item31IsTheHandWorkedOne() throws Exception {
        Question q = byId("normalization.004-3.1.batch-var");
        // channel 0: twelve entries summing to 30 with squares summing to 88: 88/12 − 2.5² = 13/12;
        // channel 1: squares sum to 92: 92/12 − 2.5² = 17/12
        var key = ((org.deepdrill.grade.Key.Vector) new KeyComputer(OpRegistry.standard()).compute(q).key()).value().data();
        assertEquals(13.0 / 12, key[0], 1e-12);
        assertEquals(17.0 / 12, key[1], 1e-12);
    }

    @Test
    void everyTopicHasAtLeastFifteenQuestionsAndAllTogetherAtLeast150() {
        Map<String, Integer> perTopic = new TreeMap<>();
        report.banks().forEach(b -> perTopic.merge(b.topic(), b.questions().size(), Integer::sum));
        perTopic.forEach((topic, n) -> assertTrue(n >= 15, topic + " has only " + n + " questions"));
        assertTrue(all.size() >= 150, "only " + all.size() + " questions in all");
    }

    @Test
    void atLeastThirtyQuestionsDrawNewNumbers() {
        assertTrue(all.stream().filter(Question::isParametric).count() >= 30);
    }

    @Test
    void everyItemOfEverySheetHasAQuestion() {
        Map<String, List<String>> required = Map.of(
                "000_5d93ba6ba0cd2eee.txt", List.of("Q1.1", "Q1.2", "Q2.1", "Q2.2", "Q3.1", "Q3.2", "Q4.1", "Q4.2", "Q5.1", "Q5.2",
                        "Q6.1", "Q6.2", "Q7", "Q8", "Q9.1", "Q9.2", "Q10"),
                "001_07b7ebab6056e974.txt", List.of("MCQ Softmax", "1x1 conv", "Understanding the Graph Laplacian",
                        "Attention and transformers", "Initialization", "Optimization basics", "Theory: Init & Bn", "CNNs", "LoRA", "MQA"),
                "002_b18bdfd7ccffa544.txt", List.of("1.1a", "1.1b", "1.1c", "1.1d", "1.1e", "1.1f", "1.2a", "1.2b", "1.3a", "1.3b", "1.3c",
                        "1.3d", "1.3e", "1.4a", "1.4b", "1.4c", "1.4d", "1.4e", "1.5a", "1.5b", "1.5c", "1.5d"),
                "003_42a881010ab34298.txt", List.of("1a", "1b", "2a", "2b", "2c", "2d", "2e", "2f", "3a", "3b"),
                "004_a5bc89d08f284eab.txt", List.of("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5",
                        "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4"));
        List<String> missing = new ArrayList<>();
        required.forEach((seed, items) -> {
            for (String item : items) {
                boolean covered = all.stream().anyMatch(q -> q.source() != null && q.source().seed().equals(seed)
                        && (q.source().item().equals(item) || q.source().item().startsWith(item + ".")
                                || q.source().item().startsWith(item + " ") || q.source().item().startsWith(item + "(")));
                if (!covered) {
                    missing.add(seed + " " + item);
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    private static Question byId(String id) {
        return all.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no question " + id));
    }
}
