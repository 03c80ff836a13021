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
    void theGradersOwnWordingIsWhatIsTrimmed() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        // a multiple-response answer worth 0 of 2: the line under the headline is the list alone
        var multi = org.deepdrill.grade.Grader.check((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                "{\"kind\": \"multi\", \"key\": [2, -2], \"answer\": \"a, b\", \"points\": 2, \"feedback\": [\"True\", \"False\"]}"));
        assertEquals("- (a) +2: True.\n- (b) −2: False.", FeedbackView.withoutVerdict(multi));
        var full = org.deepdrill.grade.Grader.check((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                "{\"kind\": \"multi\", \"key\": [2, -2], \"answer\": \"a\", \"points\": 2}"));
        assertEquals("- (a) +2", FeedbackView.withoutVerdict(full));
        var choice = org.deepdrill.grade.Grader.check((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                "{\"kind\": \"choice\", \"key\": 1, \"answer\": \"a\", \"feedback\": [\"Too slow.\", \"\"]}"));
        assertEquals("(a) is not the answer. Too slow.", FeedbackView.withoutVerdict(choice));
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

    @Test
    void aTotalOfOnePointIsSingular() {
        assertEquals("1 point", FeedbackView.pointsOf(1));
        assertEquals("2.5 points", FeedbackView.pointsOf(2.5));
        assertEquals("10 points", FeedbackView.pointsOf(10));
    }
}
