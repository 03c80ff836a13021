package org.deepdrill.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A TA's LaTeX slips, each named with its fix; text the app shows well passes. */
class TextCheckTest {

    @Test
    void aFormFeedThatWasBackslashFIsNamedWithTheEscapedSpelling() {
        assertEquals(Optional.of("JSON reads \"\\frac\" as a form feed followed by 'rac': write \\\\frac in JSON"),
                TextCheck.markdown("$\frac{1}{2}$"));
    }

    @Test
    void aTabThatWasBackslashTAndABackspaceThatWasBackslashBAreNamedToo() {
        assertEquals(Optional.of("JSON reads \"\\top\" as a tab followed by 'op': write \\\\top in JSON"), TextCheck.markdown("$A^\top$"));
        assertEquals(Optional.of("JSON reads \"\\begin\" as a backspace followed by 'egin': write \\\\begin in JSON"),
                TextCheck.formula("\begin{bmatrix}1\\end{bmatrix}"));
    }

    @Test
    void aLineBreakIsASlipOnlyInsideAFormulaWhereItSpellsACommand() {
        assertEquals(Optional.of("JSON reads \"\\nabla\" as a line break followed by 'abla': write \\\\nabla in JSON"),
                TextCheck.markdown("the gradient $\nabla f$"));
        assertEquals(Optional.empty(), TextCheck.markdown("First line.\nnext paragraph with $x$"));
        assertEquals(Optional.empty(), TextCheck.markdown("$$\nA = B\n$$"));
    }

    @Test
    void anOddNumberOfDollarsIsReportedButAnEscapedDollarIsNotCounted() {
        assertEquals(Optional.of("has 3 '$', an odd number: a formula is opened and never closed"
                + " (close it with '$', or write \\\\$ in JSON for a dollar sign)"), TextCheck.markdown("$a$ and $b"));
        assertEquals(Optional.empty(), TextCheck.markdown("costs \\$5 and $x$"));
    }

    @Test
    void unbalancedBracesUnknownCommandsAndMismatchedEnvironmentsAreReportedWithTheFormula() {
        assertEquals(Optional.of("cannot typeset $\\frac{1}{5$: a '{' is never closed"), TextCheck.markdown("$\\frac{1}{5$"));
        assertEquals(Optional.of("cannot typeset $\\fracc{1}{5}$: unknown command \\fracc"), TextCheck.markdown("$\\fracc{1}{5}$"));
        assertEquals(Optional.of("cannot typeset $$\\begin{bmatrix}1\\end{pmatrix}$$: \\begin{bmatrix} is closed by \\end{pmatrix}:"
                + " both must name the same environment"), TextCheck.markdown("$$\\begin{bmatrix}1\\end{pmatrix}$$"));
    }

    @Test
    void wellFormedTextWithMathPasses() {
        assertEquals(Optional.empty(), TextCheck.markdown("Let $W \\in \\mathbb{R}^{n \\times d}$ and\n\n"
                + "$$\\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d}}\\right)V$$\n- a bullet with `code`"));
        assertEquals(Optional.empty(), TextCheck.formula("W_{hh}"));
    }
}
