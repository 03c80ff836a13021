package org.deepdrill.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.deepdrill.grade.Verdict;
import org.junit.jupiter.api.Test;

/** What the feedback line under the "✓ Correct" / "✗ Not correct" headline says (no FX needed). */
class FeedbackTextTest {

    @Test
    void theHeadlinesVerdictIsNotSaidTwice() {
        assertEquals("", FeedbackView.withoutVerdict(Verdict.right(1, "Correct.")));
        assertEquals("", FeedbackView.withoutVerdict(Verdict.wrong(1, "Not correct.")));
    }

    @Test
    void whatFollowsTheVerdictStays() {
        assertEquals("Every head computes its own scores.",
                FeedbackView.withoutVerdict(Verdict.right(5, "Correct. Every head computes its own scores.")));
        assertEquals("(a) is not the answer. A node-level task predicts a property of one node.",
                FeedbackView.withoutVerdict(Verdict.wrong(5, "Not correct: (a) is not the answer. A node-level task predicts a property of one node.")));
    }

    @Test
    void otherFeedbackIsLeftAsTheCheckerWroteIt() {
        assertEquals("The entry at (3,3) is wrong (row, column); the other entries are right.",
                FeedbackView.withoutVerdict(Verdict.wrong(10, "The entry at (3,3) is wrong (row, column); the other entries are right.")));
        // an unreadable answer has no verdict in its headline to repeat
        assertEquals("Not correct: cannot read '4/'", FeedbackView.withoutVerdict(Verdict.invalid(1, "Not correct: cannot read '4/'", 2)));
        // "Correct" is not stripped from a wrong answer's feedback, nor "Not correct" from a right one
        assertEquals("Correct sign, wrong magnitude.", FeedbackView.withoutVerdict(Verdict.wrong(1, "Correct sign, wrong magnitude.")));
    }
}
