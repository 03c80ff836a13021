package org.deepdrill.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.deepdrill.grade.Verdict;
import org.junit.jupiter.api.Test;

/** What the feedback line under the "✓ Correct" / "✗ Not correct" headline says (no FX needed). */
class FeedbackTextTest {

    @Test
    void aRightOrWrongAnswerWithNothingMoreToSayShowsNoLineUnderTheHeadline() {
        assertEquals("", FeedbackView.detailOf(Verdict.right(1, "")));
        assertEquals("", FeedbackView.detailOf(Verdict.wrong(1, "")));
    }

    @Test
    void theGradersDetailIsShownAsItIs() {
        assertEquals("(a) is not the answer. A node-level task predicts a property of one node.",
                FeedbackView.detailOf(Verdict.wrong(5, "(a) is not the answer. A node-level task predicts a property of one node.")));
        assertEquals("The entry at (3,3) is wrong (row, column); the other entries are right.",
                FeedbackView.detailOf(Verdict.wrong(10, "The entry at (3,3) is wrong (row, column); the other entries are right.")));
    }

    @Test
    void eachScoredOptionComesOnALineOfItsOwnWithItsPointsAndNote() {
        Verdict multi = new Verdict(Verdict.Outcome.WRONG, 0, 2, "",
                List.of(new Verdict.Mark("(a)", 2, "True"), new Verdict.Mark("(b)", -2, "False.")), List.of(), -1, null);
        assertEquals("- (a) +2: True.\n- (b) −2: False.", FeedbackView.detailOf(multi));
        Verdict full = new Verdict(Verdict.Outcome.RIGHT, 2, 2, "", List.of(new Verdict.Mark("(a)", 2, "")), List.of(), -1, null);
        assertEquals("- (a) +2", FeedbackView.detailOf(full));
    }

    @Test
    void aTotalOfOnePointIsSingular() {
        assertEquals("1 point", FeedbackView.pointsOf(1));
        assertEquals("2.5 points", FeedbackView.pointsOf(2.5));
        assertEquals("10 points", FeedbackView.pointsOf(10));
    }
}
