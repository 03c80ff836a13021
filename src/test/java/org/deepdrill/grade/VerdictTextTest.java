package org.deepdrill.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the command line words a verdict: the outcome, the detail and the scored parts in one text. */
class VerdictTextTest {

    @Test
    void aRightAnswerSaysCorrectAndThenItsNote() {
        assertEquals("Correct.", VerdictText.sentence(Verdict.right(1, "")));
        assertEquals("Correct. Every head computes its own scores.",
                VerdictText.sentence(Verdict.right(5, "Every head computes its own scores.")));
    }

    @Test
    void aWrongAnswerSaysWhyOrNotCorrectWhenThereIsNothingMore() {
        assertEquals("Not correct.", VerdictText.sentence(Verdict.wrong(1, "")));
        assertEquals("Entry 2 is not right; the others are.", VerdictText.sentence(Verdict.wrong(1, "Entry 2 is not right; the others are.")));
    }

    @Test
    void aPartScoreGivesTheScoreAndEachTickedOptionOnItsOwnLine() {
        // 001 "1×1 k-MLP": (b) +1.5 of 3 points
        Verdict half = new Verdict(Verdict.Outcome.PARTLY_RIGHT, 1.5, 3, "",
                List.of(new Verdict.Mark("(b)", 1.5, "Right;")), List.of(), -1, null);
        assertEquals("Score 1.5 of 3.\n- (b) +1.5: Right.", VerdictText.sentence(half));
        Verdict none = new Verdict(Verdict.Outcome.WRONG, 0, 2, "",
                List.of(new Verdict.Mark("(a)", 2, ""), new Verdict.Mark("(c)", -2, "Banded, not circulant")), List.of(), -1, null);
        assertEquals("Score 0 of 2.\n- (a) +2\n- (c) −2: Banded, not circulant.", VerdictText.sentence(none));
    }

    @Test
    void anUnreadableAnswerSaysOnlyWhatCouldNotBeRead() {
        assertEquals("Could not read this as a number: at 2: expected a number.",
                VerdictText.sentence(Verdict.invalid(1, "Could not read this as a number: at 2: expected a number.", 2)));
    }

    @Test
    void pointsAreWrittenWithAtMostTwoDecimals() {
        assertEquals("2", VerdictText.points(2));
        assertEquals("2.5", VerdictText.points(2.5));
        assertEquals("0.33", VerdictText.points(1.0 / 3));
    }
}
