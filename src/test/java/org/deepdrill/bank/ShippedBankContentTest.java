package org.deepdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.grade.Verdict;
import org.deepdrill.grade.VerdictText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the shipped banks say, checked against the exam sheets' own wording, points and keys
 * (issue 13, section 3): a sheet's full-mark answer reaches full points, a prompt asks the
 * sheet's question without adding an assumption, a keyed option is true under the one reading
 * it states, and an item cites a label the sheet prints.
 */
class ShippedBankContentTest {
    private static List<Question> all;

    @BeforeAll
    static void loadOnce() throws Exception {
        BankValidator.Report report = new BankValidator().validate(List.of(Path.of("questions")));
        all = report.banks().stream().flatMap(b -> b.questions().stream()).toList();
    }

    @Test
    void theSheetsFullMarkAnswerTicksRubricItemsWorthTheFullPoints() {
        // The sheet's key for each part (sheet 001), 2 points each: the rubric item that quotes it
        // must be worth the question's points on its own.
        Map<String, String> sheetKey = Map.of(
                "graphs.001-laplacian-e.complete-uniform", "−1 everywhere and n−1 in the diagonal",
                "attention.001-g.kv-cache-batch", "memory issues",
                "initialization.001-init.zero-init", "symmetry problem",
                "normalization.001-theory.bn-first-layer", "should work fine");
        sheetKey.forEach((id, key) -> {
            Question q = byId(id);
            assertEquals(2.0, q.points(), id);
            double ticked = open(q).rubric().stream()
                    .filter(r -> r.text().toLowerCase(Locale.ROOT).contains(key.toLowerCase(Locale.ROOT)))
                    .mapToDouble(Kind.RubricItem::points).sum();
            assertEquals(q.points(), Math.min(ticked, q.points()), id + ": the sheet's answer \"" + key + "\"");
        });
    }

    @Test
    void everyOpenQuestionsRubricCanReachItsFullPoints() {
        List<String> short_ = new ArrayList<>();
        for (Question q : all) {
            if (q.kind() instanceof Kind.Open) {
                double sum = open(q).rubric().stream().mapToDouble(Kind.RubricItem::points).sum();
                if (sum < q.points() - 1e-9) {
                    short_.add(q.id() + ": rubric " + sum + " of " + q.points());
                }
            }
        }
        assertEquals(List.of(), short_);
    }

    @Test
    void theKvCacheSavingIsOneMinusTwoOverSPlusOneAndTheSheetsTwoThirdsEarnsOnlyPartialCredit() {
        // Hand count: without a cache step t processes t tokens, 1 + 2 + … + s = s(s+1)/2 token
        // passes; with it one token per step, s in all.
        for (int s : new int[] {10, 100}) {
            double naive = s * (s + 1) / 2.0;
            double saving = 1 - s / naive;
            assertEquals(1 - 2.0 / (s + 1), saving, 1e-12);
        }
        assertEquals(82, Math.round(100 * (1 - 10 / 55.0)));
        assertEquals(98, Math.round(100 * (1 - 100 / 5050.0)));

        Question q = byId("attention.001-f.kv-cache-saving");
        for (String text : List.of(open(q).modelAnswer(), q.explanation())) {
            assertTrue(text.contains("1 - \\frac{2}{s+1}"), text);
            assertTrue(text.contains("82%") && text.contains("98%"), text);
        }
        assertFalse(open(q).modelAnswer().contains("2/3"), "the model answer argues the per-token saving only");
        double sheetsReading = open(q).rubric().stream().filter(r -> r.text().contains("2/3"))
                .mapToDouble(Kind.RubricItem::points).sum();
        double derivation = open(q).rubric().stream().filter(r -> !r.text().contains("2/3"))
                .mapToDouble(Kind.RubricItem::points).sum();
        assertEquals(1.0, sheetsReading, "the sheet's 2/3 is the partial point");
        assertEquals(q.points(), derivation, "the derivation is full marks");
        // consistent with part (e): the forward pass runs for the current token only
        assertTrue(open(byId("attention.001-e.kv-cache-why")).modelAnswer().contains("only for the newest token"));
        assertTrue(open(q).modelAnswer().contains("the new token only"));
    }

    @Test
    void theHeVarianceItemAsksForTheForwardAndTheBackwardPassAsTheSheetDoes() {
        Question q = byId("initialization.001-init.he-variance");
        assertTrue(q.prompt().contains("for the **forward and backward pass**"), q.prompt());
        ComputedKey key = key(q);
        // the sheet's answer σ² = 2/D_h, full marks
        Verdict sheets = key.check("2/D");
        assertEquals(Boolean.TRUE, sheets.correct());
        assertEquals(2.0, sheets.score());
        assertEquals(Boolean.FALSE, key.check("2/(2*D)").correct(), "a wrong variance still fails");
        assertTrue(q.explanation().contains("2/D_{f'}"), "the backward (fan-out) condition is explained");
    }

    @Test
    void theHeadsItemAsksTheSheetsQuestionAndItsKeyHoldsUnderBothReadingsOfTheHeadSize() {
        Question q = byId("attention.000-Q2.1.heads");
        // sheet 000, Q2.1, word for word
        assertEquals("What is the time complexity of Transformers as a function of the number of heads $h$?", q.prompt());
        assertTrue(q.explanation().contains("$d = D/h$") && q.explanation().contains("keeps its own size $d$"), q.explanation());
        int keyed = optionIndex(q, "$O(h)$");
        assertEquals(Boolean.TRUE, key(q).check(String.valueOf((char) ('a' + keyed))).correct());
    }

    @Test
    void sheet000Q7sLaplacianWithOneWrongDegreeEarnsNineAndAHalfOfTen() {
        // the sheet's L = D − A with node 3's degree written 4 instead of 3: 24 of 25 entries,
        // 10 · 24/25 = 9.6, rounded down to the half point
        Verdict v = key(byId("graphs.000-q7.laplacian"))
                .check("[[2,0,-1,0,-1],[0,2,-1,0,-1],[-1,-1,4,-1,0],[0,0,-1,1,0],[-1,-1,0,0,2]]");
        assertEquals(9.5, v.score(), 1e-12);
        assertEquals(new Verdict.Entries(24, 25), v.entries());
    }

    @Test
    void aCausalMaskIsAllOrNothingBecauseOneWrongCellMeansTheRuleWasMisread() {
        // the mask of sheet 001 (a): one future position let through is a different mask, not 90% of this one
        Question q = byId("attention.001-a.causal-mask");
        assertEquals(null, ((Kind.Matrix) q.kind()).credit());
    }

    @Test
    void bothReadingsOfTheCompleteGraphOfFourTokensEarnFullPointsWithFeedbackNamingEach() {
        // 4 tokens: to every other token 4·3 = 12 directed edges; with a self-loop each, 4·4 = 16
        Question q = byId("graphs.004-2.3.complete-edges");
        ComputedKey key = key(q);
        String twelve = letter(q, "12");
        String sixteen = letter(q, "16");

        Verdict v12 = key.check(twelve);
        assertEquals(3.0, v12.score());
        assertTrue(VerdictText.sentence(v12).contains("every *other* token"), VerdictText.sentence(v12));
        Verdict v16 = key.check(sixteen);
        assertEquals(3.0, v16.score());
        assertTrue(VerdictText.sentence(v16).contains("also related to itself"), VerdictText.sentence(v16));

        assertEquals(0.0, key.check(letter(q, "6")).score(), "6 unordered pairs");
        assertEquals(0.0, key.check(letter(q, "6") + ", " + twelve).score(), "a wrong count cancels a right one");
        assertEquals(0.0, key.check(letter(q, "10") + ", " + twelve + ", " + sixteen).score());
    }

    @Test
    void theKeyedNormLayerOptionNamesTheGradientItMeansAndThatGradientGrowsBySqrtD() {
        Question q = byId("normalization.001-theory.norm-layers-mcq");
        List<Kind.Option> right = options(q).stream().filter(o -> o.points() > 0).toList();
        assertEquals(1, right.size());
        assertTrue(right.get(0).text().contains("with respect to their (rescaled) input is $\\sqrt{d}$ times"), right.get(0).text());

        // LayerNorm (no ε, no affine) of x ∈ R^4, loss w·N(y), gradients by central differences
        double[] x = {1.0, -2.0, 0.5, 3.0};
        double[] w = {0.3, -1.0, 2.0, 0.7};
        int d = x.length;
        double c = 1 / Math.sqrt(d);
        double[] rescaled = scaled(x, c);
        double[] atX = gradient(x, w);
        double[] atRescaled = gradient(rescaled, w);
        for (int i = 0; i < d; i++) {
            assertEquals(normalized(x)[i], normalized(rescaled)[i], 1e-12, "the output is unchanged");
            assertEquals(Math.sqrt(d) * atX[i], atRescaled[i], 1e-6, "w.r.t. the rescaled input: √d larger");
            assertEquals(atX[i], c * atRescaled[i], 1e-6, "w.r.t. the original activations: the same");
        }
    }

    @Test
    void aConstantInitKeepsHiddenUnitsIdenticalOnlyWhenTheLayerAboveIsConstantToo() {
        Question q = byId("initialization.drill.constant-init");
        assertTrue(q.prompt().contains("in every layer including the output layer"), q.prompt());
        // x ∈ R², 3 tanh hidden units, 2 linear outputs, squared loss to (1, −1), 5 steps of GD
        double[][] w1 = {{0.01, 0.01}, {0.01, 0.01}, {0.01, 0.01}};
        double[][] constantAbove = {{0.01, 0.01, 0.01}, {0.01, 0.01, 0.01}};
        double[][] randomAbove = {{0.3, -0.5, 0.8}, {-0.2, 0.6, 0.1}};
        double[][] trainedBelowConstant = train(copy(w1), constantAbove);
        double[][] trainedBelowRandom = train(copy(w1), randomAbove);
        assertTrue(trainedBelowConstant[0][0] != 0.01, "the weights do move");
        for (int j = 1; j < 3; j++) {
            assertEquals(trainedBelowConstant[0][0], trainedBelowConstant[j][0], 1e-15, "unit " + j + " stays a copy");
            assertEquals(trainedBelowConstant[0][1], trainedBelowConstant[j][1], 1e-15);
        }
        assertTrue(Math.abs(trainedBelowRandom[0][0] - trainedBelowRandom[1][0]) > 1e-4,
                "with a random layer above, the units drift apart");
    }

    /** Five steps of gradient descent (rate 0.1) on one example; returns the first layer's weights. */
    private static double[][] train(double[][] w1, double[][] w2Start) {
        double[][] w2 = copy(w2Start);
        double[] x = {1.0, 2.0};
        double[] t = {1.0, -1.0};
        for (int step = 0; step < 5; step++) {
            double[] h = new double[3];
            for (int j = 0; j < 3; j++) {
                h[j] = Math.tanh(w1[j][0] * x[0] + w1[j][1] * x[1]);
            }
            double[] dy = new double[2];
            for (int k = 0; k < 2; k++) {
                double y = 0;
                for (int j = 0; j < 3; j++) {
                    y += w2[k][j] * h[j];
                }
                dy[k] = 2 * (y - t[k]);
            }
            double[] dz = new double[3];
            for (int j = 0; j < 3; j++) {
                double dh = 0;
                for (int k = 0; k < 2; k++) {
                    dh += w2[k][j] * dy[k];
                }
                dz[j] = dh * (1 - h[j] * h[j]);
            }
            for (int k = 0; k < 2; k++) {
                for (int j = 0; j < 3; j++) {
                    w2[k][j] -= 0.1 * dy[k] * h[j];
                }
            }
            for (int j = 0; j < 3; j++) {
                for (int i = 0; i < 2; i++) {
                    w1[j][i] -= 0.1 * dz[j] * x[i];
                }
            }
        }
        return w1;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Test
    void softmaxPropertiesStatesTwoOrMoreEntriesSinceOneEntryIsExactlyOne() {
        // softmax of a single logit is e^x / e^x = 1, not strictly between 0 and 1
        Question q = byId("softmax.properties");
        assertTrue(options(q).stream().anyMatch(o -> o.text().contains("strictly between 0 and 1") && o.points() > 0));
        assertTrue(q.prompt().contains("$x \\in \\mathbb{R}^n$ with $n \\geq 2$"), q.prompt());
    }

    @Test
    void sheet000ItemsCiteALabelTheSheetPrintsOrALetteredPartOfOne() throws Exception {
        // every label printed on sheet 000; its Q10 prints Q10.1 and then three parts without labels
        Set<String> printed = Set.of("Q1", "Q1.1", "Q1.2", "Q2", "Q2.1", "Q2.2", "Q3", "Q3.1", "Q3.2", "Q4", "Q4.1", "Q4.2",
                "Q5.1", "Q5.2", "Q6", "Q6.1", "Q6.2", "Q7", "Q8", "Q9", "Q9.1", "Q9.2", "Q10", "Q10.1");
        Pattern part = Pattern.compile("(.+) \\(([a-z])\\)");
        List<String> invented = new ArrayList<>();
        for (Question q : all) {
            if (q.source() != null && "000_5d93ba6ba0cd2eee.txt".equals(q.source().seed())) {
                String item = q.source().item();
                Matcher m = part.matcher(item);
                if (!printed.contains(item) && !(m.matches() && printed.contains(m.group(1)))) {
                    invented.add(q.id() + ": " + item);
                }
            }
        }
        assertEquals(List.of(), invented);
        assertEquals("Q10.1", byId("lora.000-Q10.1.wo-shape").source().item());
        assertEquals("Q10 (b)", byId("lora.000-Q10.2.mha-params").source().item());
        assertEquals("Q10 (c)", byId("lora.000-Q10.3.lora-params").source().item());
        assertEquals("Q10 (d)", byId("lora.000-Q10.4.advantages").source().item());
        String guide = Files.readString(Path.of("questions", "README.md"));
        assertTrue(guide.contains("the part's letter in parentheses") && guide.contains("`Q10 (b)`"),
                "the format guide defines the part suffix");
    }

    private static double[] normalized(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean) / x.length;
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (x[i] - mean) / Math.sqrt(var);
        }
        return out;
    }

    private static double loss(double[] y, double[] w) {
        double[] n = normalized(y);
        double s = 0;
        for (int i = 0; i < n.length; i++) {
            s += w[i] * n[i];
        }
        return s;
    }

    private static double[] gradient(double[] y, double[] w) {
        double h = 1e-6;
        double[] g = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double[] up = y.clone();
            double[] down = y.clone();
            up[i] += h;
            down[i] -= h;
            g[i] = (loss(up, w) - loss(down, w)) / (2 * h);
        }
        return g;
    }

    private static double[] scaled(double[] x, double c) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = c * x[i];
        }
        return out;
    }

    private static ComputedKey key(Question q) {
        try {
            return new KeyComputer(OpRegistry.standard()).compute(q);
        } catch (KeyException e) {
            throw new AssertionError(q.id() + ": " + e.getMessage(), e);
        }
    }

    private static int optionIndex(Question q, String text) {
        for (int i = 0; i < options(q).size(); i++) {
            if (options(q).get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(q.id() + " has no option " + text);
    }

    private static String letter(Question q, String text) {
        return String.valueOf((char) ('a' + optionIndex(q, text)));
    }

    private static Question byId(String id) {
        return all.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no question " + id));
    }

    private static Kind.Open open(Question q) {
        return (Kind.Open) q.kind();
    }

    private static List<Kind.Option> options(Question q) {
        return q.kind() instanceof Kind.Choice c ? c.options() : ((Kind.Multi) q.kind()).options();
    }
}
