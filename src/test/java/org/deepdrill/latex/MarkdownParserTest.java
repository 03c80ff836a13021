package org.deepdrill.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.deepdrill.latex.MarkdownParser.Formula;
import org.deepdrill.latex.MarkdownParser.ListItem;
import org.deepdrill.latex.MarkdownParser.Paragraph;
import org.deepdrill.latex.MarkdownParser.Span;
import org.junit.jupiter.api.Test;

/** The Markdown subset of prompts, and LaTeX mistakes jlatexmath would let through. */
class MarkdownParserTest {

    private static Span plain(String s) {
        return new Span(s, false, false, false);
    }

    @Test
    void blankLinesSeparateParagraphsAndLinesWithinOneAreJoined() {
        var blocks = MarkdownParser.parse("one\ntwo\n\nthree");
        assertEquals(List.of(new Paragraph(List.of(plain("one two"))), new Paragraph(List.of(plain("three")))), blocks);
    }

    @Test
    void bulletAndNumberedLinesAreListItems() {
        var blocks = MarkdownParser.parse("Pick:\n- first $a$\n2. second");
        assertEquals(new ListItem("•", List.of(plain("first "), new Formula("a", false))), blocks.get(1));
        assertEquals(new ListItem("2.", List.of(plain("second"))), blocks.get(2));
    }

    @Test
    void allFourMathDelimitersAreRecognised() {
        assertEquals(List.of(new Formula("a", false), plain(" "), new Formula("b", false), plain(" "),
                new Formula("c", true), new Formula("d", true)),
                MarkdownParser.inlines("$a$ \\(b\\) $$c$$\\[d\\]"));
    }

    @Test
    void boldItalicAndCodeAreStyledSpans() {
        assertEquals(List.of(new Span("b", true, false, false), plain(" "), new Span("i", false, true, false),
                plain(" "), new Span("x*y", false, false, true)),
                MarkdownParser.inlines("**b** *i* `x*y`"));
    }

    @Test
    void dollarsThatOpenNothingStayText() {
        assertEquals(List.of(plain("costs $5 and $10 today, a lone * star")),
                MarkdownParser.inlines("costs $5 and $10 today, a lone * star"));
        assertEquals(List.of(plain("$x$ is not math")), MarkdownParser.inlines("\\$x\\$ is not math"));
    }

    @Test
    void aDisplayFormulaOverSeveralLinesIsNotSplitByItsLines() {
        var blocks = MarkdownParser.parse("$$\nA =\n- B\n$$");
        assertEquals(List.of(new Paragraph(List.of(new Formula("A =\n- B", true)))), blocks);
    }

    @Test
    void unclosedGroupsDanglingScriptsAndUnendedEnvironmentsAreFlagged() {
        assertEquals("a '{' is never closed", LatexCheck.problem("\\frac{1}{"));
        assertEquals("'^' at the end has nothing to apply to", LatexCheck.problem("x^"));
        assertEquals("\\begin{bmatrix} is never ended", LatexCheck.problem("\\begin{bmatrix}1"));
        assertNull(LatexCheck.problem("\\{ x \\} \\begin{bmatrix}1\\end{bmatrix}"));
    }
}
