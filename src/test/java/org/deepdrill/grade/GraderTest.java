package org.deepdrill.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.deepdrill.cli.CheckRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What students type and the verdict they must get. Columns: key (JSON), what was typed,
 * verdict (right / wrong / invalid), a fragment the feedback must contain.
 */
class GraderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Verdict grade(String kind, String keyJson, String typed, String extraJson) {
        try {
            ObjectNode r = (ObjectNode) JSON.readTree(extraJson == null ? "{}" : extraJson);
            r.put("kind", kind);
            r.set("key", JSON.readTree(keyJson));
            r.put("answer", typed);
            return Grader.grade(CheckRequest.key(r), CheckRequest.typed(r));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void assertVerdict(String expected, String fragment, Verdict v) {
        switch (expected) {
            case "right" -> assertEquals(Boolean.TRUE, v.correct(), () -> VerdictText.sentence(v));
            case "wrong" -> assertEquals(Boolean.FALSE, v.correct(), () -> VerdictText.sentence(v));
            case "invalid" -> assertNull(v.correct(), () -> VerdictText.sentence(v));
            default -> throw new IllegalArgumentException(expected);
        }
        if (fragment != null) {
            String said = VerdictText.sentence(v);
            assertTrue(said.contains(fragment), () -> "feedback '" + said + "' lacks '" + fragment + "'");
        }
    }

    @ParameterizedTest(name = "number key {0}, typed ''{1}'' is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0.8                | 0.8              | right   |
            0.8                | 4/5              | right   |
            0.8                | 8e-1             | right   |
            0.8                | \\frac{4}{5}      | right   |
            0.8                | 0,8              | right   |
            0.8                | '  0.8  '        | right   |
            -0.125             | -\\tfrac{1}{8}    | right   |
            0.7071067811865476 | \\sqrt{2}/2       | right   |
            0.7071067811865476 | 0.7071           | right   |
            0.7071067811865476 | 0.707            | right   |
            0.7071067811865476 | 0.71             | wrong   | 2 significant figures
            1.0833333333333335 | 1.0833           | right   |
            1.0833333333333335 | 1.083            | right   |
            1.0833333333333335 | 1.08             | wrong   | not precise enough
            1.0833333333333335 | 13/12            | right   |
            2.5                | 2.5              | right   |
            2.5                | 2.6              | wrong   | Not correct
            2.5                | -2.5             | wrong   | sign
            2.5                | 2.5.             | invalid | position
            2.5                | two and a half   | invalid |
            2.5                | ''               | invalid |
            0                  | 0.0000000001     | right   |
            0                  | 0.001            | wrong   |
            """)
    void numbersAreReadInEveryNotationAndJudgedWithinTheRelativeTolerance(String key, String typed, String verdict, String fragment) {
        assertVerdict(verdict, fragment, grade("number", key, typed == null ? "" : typed, null));
    }

    @Test
    void anAbsoluteToleranceWidensTheAcceptedBand() {
        assertVerdict("right", null, grade("number", "100", "100.4", "{\"atol\": 0.5}"));
        assertVerdict("wrong", null, grade("number", "100", "100.6", "{\"atol\": 0.5}"));
    }

    @ParameterizedTest(name = "vector key {0}, typed ''{1}'' is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            [1, 4, 3] | [1, 4, 3]                              | right   |
            [1, 4, 3] | 1 4 3                                  | right   |
            [1, 4, 3] | \\begin{bmatrix}1\\\\4\\\\3\\end{bmatrix} | right   |
            [1, 4, 3] | [1, 4, 4]                              | wrong   | Entry 3 is not right
            [1, 4, 3] | [2, 4, 4]                              | wrong   | Entries 1, 3
            [1, 4, 3] | [1, 4]                                 | wrong   | Expected 3 entries, got 2
            [1, 4, 3] | [1, 4, 3                               | invalid |
            """)
    void vectorsNameTheirWrongEntries(String key, String typed, String verdict, String fragment) {
        assertVerdict(verdict, fragment, grade("vector", key, typed, null));
    }

    @ParameterizedTest(name = "matrix key {0}, typed ''{1}'' is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            [[1,2],[3,4]]         | [[1,2],[3,4]]                                  | right   |
            [[1,2],[3,4]]         | 1 2; 3 4                                       | right   |
            [[1,2],[3,4]]         | \\begin{pmatrix}1 & 2\\\\ 3 & 4\\end{pmatrix}    | right   |
            [[0.5,2],[3,4]]       | \\begin{bmatrix}\\frac12 & 2\\\\ 3 & 4\\end{bmatrix} | right |
            [[1,2],[3,4]]         | [[1,2],[3,5]]                                  | wrong   | (2,2)
            [[1,2],[3,4]]         | [[1,3],[2,4]]                                  | wrong   | transpose
            [[1,2,3],[4,5,6]]     | [[1,4],[2,5],[3,6]]                            | wrong   | transpose
            [[1,2,3],[4,5,6]]     | [[1,2],[4,5]]                                  | wrong   | Wrong shape: expected 2×3, got 2×2
            [[1,2],[3,4]]         | [[1,2],[3]]                                    | invalid |
            [[1,2],[3,4]]         | [[0,0],[0,0]]                                  | wrong   | All 4 entries are wrong.
            """)
    void matricesNameWrongCellsAWrongShapeOrATransposedAnswer(String key, String typed, String verdict, String fragment) {
        assertVerdict(verdict, fragment, grade("matrix", key, typed, null));
    }

    @Test
    void wrongCellsAreReportedForTheGridEditor() {
        Verdict v = grade("matrix", "[[1,2],[3,4]]", "[[1,0],[3,0]]", null);
        assertEquals(List.of(new Verdict.Cell(0, 1), new Verdict.Cell(1, 1)), v.wrongCells());
    }

    @ParameterizedTest(name = "expression key {0}, typed ''{1}'' is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            4*h*d*D         | 4hdD                 | right   |
            4*h*d*D         | 4 h d D              | right   |
            4*h*d*D         | 4\\cdot h\\cdot d\\cdot D | right |
            4*h*d*D         | 4hdd                 | wrong   |
            4*h*d*D         | 2hdD                 | wrong   | constant factor
            3*h*r*(D+d)     | 3hr(D+d)             | right   |
            3*h*r*(D+d)     | 3 h r D + 3 h r d    | right   |
            3*h*r*(D+d)     | 3hrDd                | wrong   |
            2*x             | 2.001x               | wrong   |
            2*x             | 2x                   | right   |
            r*(a+b)/(a*b)   | \\frac{r(a+b)}{ab}    | right   |
            r*(a+b)/(a*b)   | r/b + r/a            | right   |
            r*(a+b)/(a*b)   | r(1+\\frac{b}{a})/b   | right   |
            r*(a+b)/(a*b)   | r(1+\\frac{a}{b})/b   | wrong   |
            x^2             | x**2                 | right   |
            x^2             | x*                   | invalid | position
            x^2             | y^2                  | invalid | y
            """)
    void expressionsAreEquivalentWhenTheyAgreeAtRandomPoints(String key, String typed, String verdict, String fragment) {
        String vars = key.contains("x") ? "[\"x\"]" : key.contains("r") ? "[\"h\",\"r\",\"D\",\"d\",\"a\",\"b\"]" : "[\"h\",\"d\",\"D\"]";
        assertVerdict(verdict, fragment, grade("expression", "\"" + key + "\"", typed, "{\"vars\": " + vars + "}"));
    }

    @ParameterizedTest(name = "shape key {0}, typed ''{1}'' is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ["h*d","D"] | (hd, D)           | right   |
            ["h*d","D"] | hd \\times D       | right   |
            ["h*d","D"] | hd × D            | right   |
            ["h*d","D"] | hd x D            | right   |
            ["h*d","D"] | (D, hd)           | wrong   | wrong order
            ["h*d","D"] | (hd, d)           | wrong   | Dimension 2
            ["h*d","D"] | (hd, D, 1)        | wrong   | Expected 2 dimensions
            ["4","2","3"] | 4x2x3           | right   |
            ["4","2","3"] | [4, 2, 3]       | right   |
            """)
    void shapesCompareEachDimensionAsAnExpression(String key, String typed, String verdict, String fragment) {
        assertVerdict(verdict, fragment, grade("shape", key, typed, "{\"vars\": [\"h\",\"d\",\"D\"]}"));
    }

    @ParameterizedTest(name = "choice key {0}, typed ''{1}'' is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | b     | right   |
            1 | (B)   | right   |
            1 | 1     | right   |
            1 | a     | wrong   | (a)
            1 | a, b  | invalid | exactly one
            1 | e     | invalid | option from a to d
            1 | ''    | invalid |
            """)
    void aChoiceHasExactlyOneKeyedOption(String key, String typed, String verdict, String fragment) {
        assertVerdict(verdict, fragment, grade("choice", key, typed == null ? "" : typed, "{\"options\": 4}"));
    }

    /** The seeds' ±2 scheme: 001 "Dilated sliding window", options −2, −2, +2, −2, worth 2 points. */
    @ParameterizedTest(name = "multi typed ''{0}'' scores {1}")
    @CsvSource(delimiter = '|', textBlock = """
            c       | 2.0 | right
            c, a    | 0.0 | wrong
            ''      | 0.0 | wrong
            a, b, d | 0.0 | wrong
            """)
    void multiSumsTheTickedOptionsClampedToZeroAndMax(String typed, double score, String verdict) {
        Verdict v = grade("multi", "[-2, -2, 2, -2]", typed == null ? "" : typed, "{\"points\": 2}");
        assertVerdict(verdict, null, v);
        assertEquals(score, v.score(), 1e-12);
    }

    @Test
    void multiListsEachTickedOptionWithItsPointsAndNoteOnALineOfItsOwn() {
        Verdict v = grade("multi", "[2, -2, -2, -2]", "a, c", "{\"points\": 2, \"feedback\": "
                + "[\"Right: the pattern only decides which scores are computed.\", \"ViT attends fully\", \"Banded, not circulant;\", \"\"]}");
        // +2 − 2 = 0 of 2; the notes keep their words, end in one full stop, and come one per line
        assertEquals("Score 0 of 2.\n- (a) +2: Right: the pattern only decides which scores are computed.\n- (c) −2: Banded, not circulant.",
                VerdictText.sentence(v));
        assertEquals("Correct.\n- (a) +2", VerdictText.sentence(grade("multi", "[2, -2]", "a", "{\"points\": 2}")));
    }

    /** 001 "1×1 k-MLP": −2, +1.5, −2, +2 with 3 points: ticking b and d gives 3.5, clamped to 3. */
    @Test
    void multiNeverScoresAboveTheQuestionsPoints() {
        Verdict v = grade("multi", "[-2, 1.5, -2, 2]", "b, d", "{\"points\": 3}");
        assertEquals(3.0, v.score(), 1e-12);
        assertEquals(Boolean.TRUE, v.correct());
        Verdict half = grade("multi", "[-2, 1.5, -2, 2]", "b", "{\"points\": 3}");
        assertEquals(1.5, half.score(), 1e-12);
        assertEquals(Boolean.FALSE, half.correct());
    }

    @Test
    void aRecognisedMistakeAnswersWithItsOwnFeedback() {
        Verdict v = grade("number", "1.0833333333333335", "1.3",
                "{\"mistakes\": [{\"name\": \"unbiased\", \"value\": 1.3, \"feedback\": \"You divided by n − 1.\"}]}");
        assertEquals(Boolean.FALSE, v.correct());
        assertEquals("unbiased", v.mistake());
        assertEquals("You divided by n − 1.", v.detail());
    }

    @Test
    void anInvalidAnswerScoresNothingAndIsNotAnAttempt() {
        Verdict v = grade("matrix", "[[1]]", "[[1", null);
        assertNull(v.correct());
        assertEquals(0.0, v.score());
        assertTrue(v.errorPosition() >= 0);
    }

}
