package org.deepdrill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deepdrill.grade.Tolerance;
import org.junit.jupiter.api.Test;

/** The small conversions the export relies on: Markdown and LaTeX to HTML, Moodle's grades, shapes, numbers. */
class MoodleTextTest {

    @Test
    void markdownBecomesParagraphsListsBoldAndCodeWithMathForMathJax() {
        String md = "Give **the Laplacian** $L = D - A$ of `graph`.\n\n- one $a<b$\n- two\n\n1. first\n2. second\n\n$$x^2$$";
        assertEquals("<p>Give <strong>the Laplacian</strong> \\(L = D - A\\) of <code>graph</code>.</p>"
                + "<ul><li>one \\(a&lt;b\\)</li><li>two</li></ul>"
                + "<ol><li>first</li><li>second</li></ol>"
                + "<p>\\[x^2\\]</p>", HtmlText.blocks(md));
    }

    @Test
    void dollarsThatAreNotMathStayTextAndHtmlIsEscaped() {
        assertEquals("<p>costs $5 and $10 &lt;b&gt; &amp; more</p>", HtmlText.blocks("costs $5 and $10 <b> & more"));
    }

    @Test
    void starsInsideMathAreNotEmphasis() {
        assertEquals("\\(a*b*c\\) and <em>this</em>", HtmlText.line("$a*b*c$ and *this*"));
    }

    @Test
    void aFractionOffMoodlesListGoesToTheNearestListedGrade() {
        // 1.5 and 2 of 3.5 points: 42.857…% and 57.142…%
        assertEquals(40, MoodleFractions.nearest(100 * 1.5 / 3.5));
        assertEquals(-60, MoodleFractions.nearest(-100 * 2 / 3.5));
        assertFalse(MoodleFractions.isExact(100 * 1.5 / 3.5));
        // a third is on the list, to Moodle's five decimals
        assertEquals(33.33333, MoodleFractions.nearest(100.0 / 3));
        assertTrue(MoodleFractions.isExact(100.0 / 3));
        assertEquals("33.33333", MoodleFractions.text(MoodleFractions.nearest(100.0 / 3)));
        assertEquals("-100", MoodleFractions.text(MoodleFractions.nearest(-250)));
    }

    @Test
    void aProductDimensionIsAcceptedInEveryOrderAndJoinedEveryWay() {
        List<String> s = ShapeSpellings.of(List.of("h*d", "D"));
        assertEquals("(h*d, D)", s.get(0), "the bank's own form first");
        assertTrue(s.containsAll(List.of("(hd, D)", "(dh, D)", "(d*h, D)", "(h·d, D)", "hd × D", "hd x D", "[hd, D]", "(hd,D)")), s.toString());
        assertEquals("(h\\*d, D)", ShapeSpellings.moodleEscaped("(h*d, D)"));
        assertEquals(List.of("(N)", "(N,)", "N", "[N]"), ShapeSpellings.of(List.of("N")));
    }

    @Test
    void aDimensionThatIsNoPlainProductIsAcceptedOnlyAsWritten() {
        assertEquals(List.of("N/2"), ShapeSpellings.dimension("N/2"));
        assertEquals(List.of("(h+1) d", "(h+1)d"), ShapeSpellings.dimension("(h+1) d"));
        // 2*h may be written 2h, but h*2 never h2
        assertTrue(ShapeSpellings.dimension("2*h").contains("2h"));
        assertFalse(ShapeSpellings.dimension("2*h").contains("h2"));
    }

    @Test
    void theToleranceIsTheLargerOfRelativeAndAbsoluteAndNeverRoundedDown() {
        Tolerance t = new Tolerance(1e-3, 1e-9);
        assertEquals(0.002, Numbers.tolerance(t, -2));
        assertEquals(1e-9, Numbers.tolerance(t, 0));
        assertEquals(0.05, Numbers.tolerance(new Tolerance(0, 0.05), 123));
        assertEquals("0.002", Numbers.toleranceText(0.002));
        // 0.18107149… · 1e-3 has more digits than written: rounded up, Moodle accepts a hair more, never less
        assertEquals("0.000181072", Numbers.toleranceText(1.810714920850371E-4));
    }

    @Test
    void answersAreWrittenInPlainDecimal() {
        assertEquals("2", Numbers.answer(2.0));
        assertEquals("-0.5", Numbers.answer(-0.5));
        assertEquals("0.333333333333", Numbers.answer(1.0 / 3));
        assertEquals("0.0000001", Numbers.answer(1e-7));
    }

    @Test
    void aClozeFeedbackEscapesWhatWouldEndItsAnswer() {
        // Moodle ends a feedback at an unescaped } or ~ and unescapes \} and \#
        assertEquals("\\(D^{-1/2\\}\\) is \\#1, a b", MoodleQuestion.clozeFeedback("\\(D^{-1/2}\\) is #1, a~b"));
    }
}
