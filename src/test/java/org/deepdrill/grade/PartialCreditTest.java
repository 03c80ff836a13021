package org.deepdrill.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deepdrill.compute.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Points per entry for vector and matrix answers: in proportion to the right entries, rounded
 * down to the point step; nothing for a wrong shape or a recognised wrong computation.
 */
class PartialCreditTest {
    /** Sheet 000 Q7: the Laplacian of the 5-node graph, worth 10 points (worked by hand in the sheet's solution). */
    private static final Tensor LAPLACIAN = Tensor.matrix(new double[][] {
            {2, 0, -1, 0, -1}, {0, 2, -1, 0, -1}, {-1, -1, 3, -1, 0}, {0, 0, -1, 1, 0}, {-1, -1, 0, 0, 2}});
    private static final EntryCredit HALVES = new EntryCredit(0.5);

    private static Verdict laplacian(String typed, EntryCredit credit) {
        return Grader.grade(new Key.Matrix(LAPLACIAN, Tolerance.DEFAULT, 10, List.of(), credit), typed);
    }

    @ParameterizedTest(name = "{0}: {1} of 25 entries right earn {2} points")
    @CsvSource(delimiter = '|', textBlock = """
            all right                          | 25 | 10   | [[2,0,-1,0,-1],[0,2,-1,0,-1],[-1,-1,3,-1,0],[0,0,-1,1,0],[-1,-1,0,0,2]]
            one degree wrong: 24/25 = 9.6      | 24 | 9.5  | [[2,0,-1,0,-1],[0,2,-1,0,-1],[-1,-1,4,-1,0],[0,0,-1,1,0],[-1,-1,0,0,2]]
            a row of signs flipped, its 0 kept: 21/25 = 8.4 | 21 | 8 | [[2,0,-1,0,-1],[0,2,-1,0,-1],[1,1,-3,1,0],[0,0,-1,1,0],[-1,-1,0,0,2]]
            eight wrong: 17/25 = 6.8           | 17 | 6.5  | [[2,0,1,0,1],[0,2,1,0,1],[1,1,3,1,0],[0,0,1,1,0],[-1,-1,0,0,2]]
            all zero: the zeros are right      | 10 | 4    | [[0,0,0,0,0],[0,0,0,0,0],[0,0,0,0,0],[0,0,0,0,0],[0,0,0,0,0]]
            """)
    void aRightShapedMatrixEarnsItsRightEntriesShareRoundedDownToHalfPoints(String what, int right, double points, String typed) {
        Verdict v = laplacian(typed, HALVES);
        assertEquals(points, v.score(), 1e-12, what);
        if (right < 25) {
            assertEquals(new Verdict.Entries(right, 25), v.entries(), what);
            assertEquals(25 - right, v.wrongCells().size(), "every wrong cell is still outlined");
        }
    }

    @Test
    void theOutcomeSaysPartlyRightAndTheCommandLineCountsTheEntries() {
        Verdict v = laplacian("[[2,0,1,0,1],[0,2,1,0,1],[1,1,3,1,0],[0,0,1,1,0],[-1,-1,0,0,2]]", HALVES);
        assertEquals(Verdict.Outcome.PARTLY_RIGHT, v.outcome());
        assertEquals(Boolean.FALSE, v.correct());
        assertTrue(VerdictText.sentence(v).startsWith("17 of 25 entries right: score 6.5 of 10. The entries at (1,3)"),
                VerdictText.sentence(v));
    }

    @Test
    void withoutPartialCreditTheSameSlipEarnsNothing() {
        Verdict v = laplacian("[[2,0,-1,0,-1],[0,2,-1,0,-1],[-1,-1,4,-1,0],[0,0,-1,1,0],[-1,-1,0,0,2]]", null);
        assertEquals(0, v.score());
        assertEquals(Verdict.Outcome.WRONG, v.outcome());
        assertNull(v.entries());
    }

    @Test
    void aWrongShapeEarnsNothingAndSaysTheExpectedShape() {
        Verdict v = laplacian("[[2,0,-1,0,-1],[0,2,-1,0,-1],[-1,-1,3,-1,0],[0,0,-1,1,0]]", HALVES);
        assertEquals(0, v.score());
        assertTrue(v.detail().contains("expected 5×5"), v.detail());
    }

    @Test
    void aTransposedMatrixEarnsNothingForTheEntriesItMatchesByAccident() {
        // [[1,2],[3,4]] typed as [[1,3],[2,4]]: the diagonal (2 of 4) matches, worth 2 of 4 points by entries
        Key key = new Key.Matrix(Tensor.matrix(new double[][] {{1, 2}, {3, 4}}), Tolerance.DEFAULT, 4, List.of(), HALVES);
        Verdict v = Grader.grade(key, "[[1,3],[2,4]]");
        assertEquals(0, v.score());
        assertTrue(v.detail().contains("transpose"), v.detail());
    }

    @Test
    void aRecognisedMistakeEarnsItsOwnPointsNotItsEntries() {
        // the signless Laplacian D + A shares the diagonal (5 of 25) and the zeros (10) with L = D − A
        Tensor signless = Tensor.matrix(new double[][] {
                {2, 0, 1, 0, 1}, {0, 2, 1, 0, 1}, {1, 1, 3, 1, 0}, {0, 0, 1, 1, 0}, {1, 1, 0, 0, 2}});
        String typed = "[[2,0,1,0,1],[0,2,1,0,1],[1,1,3,1,0],[0,0,1,1,0],[1,1,0,0,2]]";
        Key nothing = new Key.Matrix(LAPLACIAN, Tolerance.DEFAULT, 10, List.of(new Mistake<>("signless", signless, "D + A")), HALVES);
        Verdict v = Grader.grade(nothing, typed);
        assertEquals("signless", v.mistake());
        assertEquals(0, v.score(), "15 of 25 entries would have earned 6 points");
        Key some = new Key.Matrix(LAPLACIAN, Tolerance.DEFAULT, 10, List.of(new Mistake<>("signless", signless, "D + A", 2)), HALVES);
        Verdict two = Grader.grade(some, typed);
        assertEquals(2, two.score());
        assertEquals(Verdict.Outcome.PARTLY_RIGHT, two.outcome());
    }

    @ParameterizedTest(name = "vector [1, 2, 3, 4] worth {2} with step {3}: ''{0}'' earns {1}")
    @CsvSource(delimiter = '|', textBlock = """
            [1, 2, 3, 4]  | 2    | 2  | 0.5
            [1, 2, 3, 5]  | 1.5  | 2  | 0.5
            [1, 9, 9, 9]  | 0.5  | 2  | 0.5
            [9, 9, 9, 9]  | 0    | 2  | 0.5
            [1, 2, 3, 5]  | 2    | 3  | 1
            [1, 2, 3, 5]  | 2.25 | 3  | 0.25
            [1, 2, 3]     | 0    | 2  | 0.5
            """)
    void aVectorEarnsItsShareToo(String typed, double expected, double points, double step) {
        Key key = new Key.Vector(Tensor.vector(1, 2, 3, 4), Tolerance.DEFAULT, points, List.of(), new EntryCredit(step));
        assertEquals(expected, Grader.grade(key, typed).score(), 1e-12);
    }

    @ParameterizedTest(name = "key 2 within rtol 1e-3: ''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2.0019 | right
            1.9981 | right
            2.0021 | wrong
            1.9979 | wrong
            """)
    void anEntryAtTheEdgeOfTheToleranceCountsAsTheNumberCheckerCountsIt(String entry, String verdict) {
        Key key = new Key.Vector(Tensor.vector(2, 4), Tolerance.DEFAULT, 2, List.of(), HALVES);
        double expected = verdict.equals("right") ? 2 : 1;
        assertEquals(expected, Grader.grade(key, "[" + entry + ", 4]").score(), 1e-12);
    }

    @Test
    void fifteenOfTwentyIsExactlyThreeQuartersDespiteFloatingPoint() {
        // 10 · 15/20 = 7.5 in exact arithmetic; the rounding down must not fall to 7
        assertEquals(7.5, new EntryCredit(0.5).score(15, 20, 10), 1e-12);
        assertEquals(0.3, new EntryCredit(0.1).score(3, 10, 1), 1e-12);
    }
}
