package org.deepdrill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.deepdrill.bank.Bank;
import org.deepdrill.bank.BankLoader;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.Question;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.compute.Tensor;
import org.deepdrill.grade.Key;
import org.deepdrill.grade.Tolerance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The round trip: the shipped banks exported with two variants per drill, the XML parsed back
 * (DOM) and every answer compared with the key, as Moodle would read it.
 */
class MoodleExportTest {
    /** One embedded numerical field: its weight, value and tolerance, then its other answers. */
    private static final Pattern FIELD = Pattern.compile("\\{(\\d+):NUMERICAL:=([-0-9.eE]+):([0-9.eE-]+)((?:~(?:\\\\.|[^}\\\\])*)?)}");

    private static final Variants VARIANTS = new Variants(new KeyComputer(OpRegistry.standard()));
    private static List<Bank> banks;
    private static ExportReport report;
    private static Document doc;
    private static Map<String, Element> byName;

    @BeforeAll
    static void exportTheShippedBanks() throws Exception {
        banks = new ArrayList<>();
        for (Path f : BankLoader.bankFiles(List.of(Path.of("questions")), i -> { })) {
            banks.add(new BankLoader().load(f).bank().orElseThrow());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report = new MoodleExport(VARIANTS, 2).write(banks, out);
        // a parser that fails on anything not well-formed, as Moodle's import does
        doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        byName = new HashMap<>();
        NodeList qs = doc.getElementsByTagName("question");
        for (int i = 0; i < qs.getLength(); i++) {
            Element q = (Element) qs.item(i);
            if (!q.getAttribute("type").equals("category")) {
                byName.put(text(child(q, "name")), q);
            }
        }
    }

    @Test
    void theFileIsAQuizWithOneCategoryPerBankBeforeItsQuestions() {
        assertEquals("quiz", doc.getDocumentElement().getTagName());
        List<String> categories = new ArrayList<>();
        NodeList qs = doc.getElementsByTagName("question");
        for (int i = 0; i < qs.getLength(); i++) {
            Element q = (Element) qs.item(i);
            if (q.getAttribute("type").equals("category")) {
                categories.add(text(child(q, "category")));
            }
        }
        assertEquals(banks.size(), categories.size());
        assertTrue(categories.contains("$course$/top/Graphs, Laplacians and GNNs"), categories.toString());
        Element first = (Element) qs.item(0);
        assertEquals("category", first.getAttribute("type"));
    }

    @Test
    void sheet000Q7sLaplacianIsAClozeOfTwentyFiveFieldsLaidOutAsTheMatrix() {
        Element q = byName.get("graphs.000-q7.laplacian");
        assertEquals("cloze", q.getAttribute("type"));
        String html = text(child(q, "questiontext"));
        // edges (1,5), (1,3), (2,3), (2,5), (3,4): degrees 2, 2, 3, 1, 2, and −1 for each edge, worked by hand
        double[][] laplacian = {
            {2, 0, -1, 0, -1},
            {0, 2, -1, 0, -1},
            {-1, -1, 3, -1, 0},
            {0, 0, -1, 1, 0},
            {-1, -1, 0, 0, 2}};
        String[] rows = html.substring(html.indexOf("<tbody>")).split("<tr>");
        assertEquals(1 + 5, rows.length, "five table rows");
        for (int i = 0; i < 5; i++) {
            Matcher m = FIELD.matcher(rows[i + 1]);
            for (int j = 0; j < 5; j++) {
                assertTrue(m.find(), "row " + (i + 1) + " has a field in column " + (j + 1));
                assertEquals("1", m.group(1), "each entry weighs the same");
                assertEquals(laplacian[i][j], Double.parseDouble(m.group(2)), 0.0, "L[" + i + "][" + j + "]");
                // the bank's default tolerance: rtol 1e-3 of the entry, at least 1e-9
                assertEquals(Math.max(1e-9, 1e-3 * Math.abs(laplacian[i][j])), Double.parseDouble(m.group(3)), 0.0);
            }
            assertFalse(m.find(), "row " + (i + 1) + " has five fields");
        }
    }

    @Test
    void aLaplacianEntryTheSignlessLaplacianGetsWrongCarriesItsFeedbackAtZeroPercent() {
        String html = text(child(byName.get("graphs.000-q7.laplacian"), "questiontext"));
        Matcher m = FIELD.matcher(html);
        // entry (1,3): L = −1, D + A = +1
        for (int i = 0; i < 3; i++) {
            assertTrue(m.find());
        }
        assertEquals(-1, Double.parseDouble(m.group(2)));
        assertTrue(m.group(4).contains("~%0%1:0.001#This is the signless Laplacian"), m.group(4));
        // LaTeX braces inside an embedded answer's feedback are escaped for Moodle's parser
        assertTrue(m.group(4).contains("D^{-1/2\\} A D^{-1/2\\}"), m.group(4));
    }

    @Test
    void everyNumericalAnswerIsTheComputedKeyWithItsToleranceAsAnAbsoluteMargin() throws Exception {
        int checked = 0;
        for (Bank b : banks) {
            for (Question q : b.questions()) {
                for (String name : names(q)) {
                    Element e = byName.get(name);
                    if (e == null || !e.getAttribute("type").equals("numerical")) {
                        continue;
                    }
                    Variants.Instance inst = VARIANTS.instance(q, seed(name));
                    Key.Number key = (Key.Number) inst.key().key();
                    Tolerance tol = ((org.deepdrill.bank.Kind.Number) inst.question().kind()).tolerance();
                    Element right = answers(e).get(0);
                    assertEquals("100", right.getAttribute("fraction"), name);
                    double v = Double.parseDouble(text(right));
                    assertEquals(key.value(), v, 1e-11 * Math.max(1, Math.abs(key.value())), name);
                    // |key|·rtol or atol, the larger, rounded up to 6 digits: never stricter than DeepDrill
                    double margin = Math.max(tol.atol(), tol.rtol() * Math.abs(key.value()));
                    double written = Double.parseDouble(text(child(right, "tolerance")));
                    assertTrue(written >= margin && written <= margin * (1 + 1e-5), name + ": tolerance " + written + " for " + margin);
                    assertEquals(Math.round(q.points() * 1e6) / 1e6, Double.parseDouble(text(child(e, "defaultgrade"))), 1e-9, name);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "numerical questions checked: " + checked);
    }

    @Test
    void theSoftmaxWeightsSumIsOneAndTheSummedRawScoresTwoGetItsFeedback() {
        Element e = byName.get("attention.000-Q4.1.weights-sum");
        List<Element> a = answers(e);
        // softmax weights sum to 1; x1 = (1, 0) scores x1·x1 + x1·x2 + x1·x3 = 1 + 0 + 1 = 2
        assertEquals(1, Double.parseDouble(text(a.get(0))));
        assertEquals("0", a.get(1).getAttribute("fraction"));
        assertEquals(2, Double.parseDouble(text(a.get(1))));
        assertTrue(text(child(a.get(1), "feedback")).startsWith("You added the raw scores"));
    }

    @Test
    void everyClozeFieldIsAnEntryOfTheComputedVectorOrMatrixInRowMajorOrder() throws Exception {
        int checked = 0;
        for (Bank b : banks) {
            for (Question q : b.questions()) {
                for (String name : names(q)) {
                    Element e = byName.get(name);
                    if (e == null || !e.getAttribute("type").equals("cloze")) {
                        continue;
                    }
                    Key key = VARIANTS.instance(q, seed(name)).key().key();
                    Tensor t = key instanceof Key.Matrix m ? m.value() : ((Key.Vector) key).value();
                    String html = text(child(e, "questiontext"));
                    Matcher m = FIELD.matcher(html);
                    double[] d = t.data();
                    for (int i = 0; i < d.length; i++) {
                        assertTrue(m.find(), name + ": field " + i);
                        assertEquals(d[i], Double.parseDouble(m.group(2)), 1e-11 * Math.max(1, Math.abs(d[i])), name + ": field " + i);
                    }
                    assertFalse(m.find(), name + ": one field per entry");
                    int rows = t.rank() == 2 ? (t.dim(1) == 1 && key instanceof Key.Vector ? t.size() : t.dim(0)) : 1;
                    assertEquals(rows, html.split("<tr>", -1).length - 1, name + ": rows of the table");
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "cloze questions checked: " + checked);
    }

    @Test
    void multichoiceFractionsAreMoodlesAndAddUpAsMoodleRequires() {
        int single = 0;
        int multiple = 0;
        for (Element e : byName.values()) {
            if (!e.getAttribute("type").equals("multichoice")) {
                continue;
            }
            List<Double> fractions = answers(e).stream().map(a -> Double.parseDouble(a.getAttribute("fraction"))).toList();
            for (double f : fractions) {
                assertTrue(MoodleFractions.ALLOWED.stream().anyMatch(x -> Math.abs(x - Math.abs(f)) < 1e-9), f + " is on Moodle's list");
            }
            if (text(child(e, "single")).equals("true")) {
                assertEquals(1, fractions.stream().filter(f -> f == 100).count(), text(child(e, "name")));
                single++;
            } else {
                double positive = fractions.stream().filter(f -> f > 0).mapToDouble(Double::doubleValue).sum();
                // Moodle rounds the sum of the positive grades (as fractions of 1) to 2 decimals and wants exactly 1
                assertEquals(1.0, Math.round(positive / 100 * 100) / 100.0, text(child(e, "name")));
                multiple++;
            }
        }
        assertEquals(22, single, "every choice question");
        assertEquals(12, multiple, "every multi question");
    }

    @Test
    void theDilatedReceptiveFieldKeepsItsNegativePointsAsNegativeGrades() {
        List<Element> a = answers(byName.get("attention.001-c.dilated-receptive-field"));
        // options −2, −2, +2, −2 points of 2: −100%, −100%, 100%, −100%
        assertEquals(List.of("-100", "-100", "100", "-100"), a.stream().map(x -> x.getAttribute("fraction")).toList());
    }

    @Test
    void questionsAreNamedByIdAndDrawnVariantsByIdAtSeed() {
        Set<String> expected = new HashSet<>();
        int expressions = 0;
        for (Bank b : banks) {
            for (Question q : b.questions()) {
                if (q.type().equals("expression")) {
                    expressions += q.isParametric() ? 3 : 1;
                    continue;
                }
                expected.addAll(names(q));
            }
        }
        assertEquals(expected, byName.keySet());
        assertTrue(byName.containsKey("graphs.000-q7.laplacian"));
        assertEquals(expected.size(), report.exported());
        assertEquals(expressions, report.skipped(), "the expression questions, and nothing else");
        assertEquals(0, report.broken());
    }

    @Test
    void aShapeAcceptsItsSpellingsWithTheWildcardEscaped() {
        Element e = byName.get("lora.000-Q10.1.wo-shape");
        assertEquals("shortanswer", e.getAttribute("type"));
        assertEquals("1", text(child(e, "usecase")));
        List<String> accepted = answers(e).stream().map(MoodleExportTest::text).toList();
        assertTrue(accepted.containsAll(List.of("(h\\*d, D)", "(hd, D)", "(dh, D)", "hd × D", "hd x D", "[h\\*d, D]")), accepted.toString());
        assertFalse(accepted.contains("(h*d, D)"), "a bare * would be Moodle's wildcard");
    }

    @Test
    void anOpenQuestionIsAnEssayWithTheModelAnswerAndRubricForTheGrader() {
        Element e = byName.get("attention.000-Q4.2.output");
        assertEquals("essay", e.getAttribute("type"));
        String info = text(child(e, "graderinfo"));
        assertTrue(info.contains("\\[a_t = \\sum_{i=1}^{n} \\alpha^t_i\\, h_i \\in \\mathbb{R}^h\\]"), info);
        assertTrue(info.contains("(3 points)</li>") && info.contains("(2 points)</li>"), info);
    }

    @Test
    void theWorkedSolutionIsInTheGeneralFeedbackAsDisplayMath() {
        String feedback = text(child(byName.get("attention.000-Q4.1.weights-sum"), "generalfeedback"));
        // w_ij = x_i·x_j for x = (1,0), (0,2), (1,1)
        assertTrue(feedback.contains("\\[w_{ij} = x_i^\\top x_j = \\begin{bmatrix}1 &amp; 0 &amp; 1 \\\\ 0 &amp; 4 &amp; 2 \\\\ 1 &amp; 2 &amp; 2\\end{bmatrix}\\]"),
                feedback);
    }

    @Test
    void everyFigureIsNamedInAWarningSinceNoneIsEmbedded() {
        long withFigures = banks.stream().flatMap(b -> b.questions().stream())
                .filter(q -> q.figure() != null && !q.type().equals("expression"))
                .mapToLong(q -> names(q).size()).sum();
        long warned = report.notices().stream().filter(n -> n.message().startsWith("its figure is not embedded")).count();
        assertEquals(withFigures, warned);
        assertTrue(withFigures > 0);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static List<String> names(Question q) {
        List<String> n = new ArrayList<>(List.of(q.id()));
        if (q.isParametric()) {
            n.add(q.id() + "@1");
            n.add(q.id() + "@2");
        }
        return n;
    }

    private static Long seed(String name) {
        int at = name.indexOf('@');
        return at < 0 ? null : Long.valueOf(name.substring(at + 1));
    }

    private static Element child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        assertTrue(l.getLength() > 0, "<" + tag + "> in " + e.getTagName());
        return (Element) l.item(0);
    }

    private static List<Element> answers(Element q) {
        List<Element> out = new ArrayList<>();
        NodeList l = q.getElementsByTagName("answer");
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    /** The text of an element's first {@code <text>} (or its own text when it has none). */
    private static String text(Element e) {
        NodeList t = e.getElementsByTagName("text");
        Element el = t.getLength() > 0 ? (Element) t.item(0) : e;
        assertNotNull(el);
        return el.getTextContent();
    }
}
