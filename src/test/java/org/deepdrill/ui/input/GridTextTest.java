package org.deepdrill.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.deepdrill.grade.Verdict;
import org.junit.jupiter.api.Test;

/** The grid → text helper, without a toolkit. */
class GridTextTest {

    @Test
    void aMatrixIsWrittenAsNestedRowsWithCellsAsTyped() {
        GridText t = GridText.of(List.of(List.of("1", "\\frac{1}{2}"), List.of(" 3 ", "-4")), false);
        assertEquals("[[1, \\frac{1}{2}], [3, -4]]", t.text());
        assertTrue(Grading.isRight("matrix", "[[1, 0.5], [3, -4]]", t.text(), ""));
    }

    @Test
    void aRowOrColumnVectorIsWrittenAsOneFlatList() {
        assertEquals("[1, 2, 3]", GridText.of(List.of(List.of("1", "2", "3")), true).text());
        String column = GridText.of(List.of(List.of("1/4"), List.of("2"), List.of("3")), true).text();
        assertEquals("[1/4, 2, 3]", column);
        assertTrue(Grading.isRight("vector", "[0.25, 2, 3]", column, ""));
        assertTrue(Grading.isRight("vector", "[[0.25], [2], [3]]", column, ""));
    }

    @Test
    void nothingEnteredIsEmptyTextButOneEmptyCellIsSentForTheGraderToRefuse() {
        assertEquals("", GridText.of(List.of(List.of("", " "), List.of("", "")), false).text());
        GridText partly = GridText.of(List.of(List.of("1", ""), List.of("3", "4")), false);
        assertEquals("[[1, ], [3, 4]]", partly.text());
        Verdict v = Grading.grade("matrix", "[[1, 2], [3, 4]]", partly.text(), "");
        assertTrue(v.isInvalid());
        assertEquals(5, v.errorPosition());
        // The position of the grader's message leads back to the cell the student sees.
        assertEquals(Optional.of(new GridText.Cell(0, 1)), partly.cellAt(v.errorPosition()));
        assertEquals(Optional.of(new GridText.Cell(0, 1)), partly.firstEmptyCell());
    }

    @Test
    void aCellWithSpacesStaysOneEntry() {
        // Inside brackets "1 -2" would be two entries; in one cell it means 1 − 2.
        GridText t = GridText.of(List.of(List.of("1 -2", "3")), false);
        assertEquals("[[(1 -2), 3]]", t.text());
        assertTrue(Grading.isRight("matrix", "[[-1, 3]]", t.text(), ""));
        assertTrue(Grading.isRight("matrix", "[[0.5, 3]]", GridText.of(List.of(List.of("\\frac 1 2", "3")), false).text(), ""));
        // Two numbers side by side are refused, not read as two cells.
        assertTrue(Grading.grade("matrix", "[[2, 3, 3]]", GridText.of(List.of(List.of("2 3", "3")), false).text(), "").isInvalid());
    }

    @Test
    void aDecimalCommaInACellIsReadAsTheNumberCheckerReadsIt() {
        assertEquals("0.5", GridText.entry("0,5"));
        assertEquals("-12.25", GridText.entry("-12,25"));
        assertEquals("(1,000)", GridText.entry("1,000"));
        assertEquals("0.125", GridText.entry("0,125"));
    }

    @Test
    void anErrorInsideACellPointsAtThatCell() {
        GridText t = GridText.of(List.of(List.of("1", "2"), List.of("3", "4+")), false);
        Verdict v = Grading.grade("matrix", "[[1, 2], [3, 4]]", t.text(), "");
        assertTrue(v.isInvalid());
        assertEquals(Optional.of(new GridText.Cell(1, 1)), t.cellAt(v.errorPosition()));
    }

    @Test
    void pastedMatricesKeepTheirEntriesText() {
        assertEquals(Optional.of(List.of(List.of("1", "2"), List.of("3", "4"))), GridText.cellsOf("[[1,2],[3,4]]"));
        assertEquals(Optional.of(List.of(List.of("1", "2"), List.of("3", "4"))), GridText.cellsOf("1 2; 3 4"));
        assertEquals(Optional.of(List.of(List.of("\\frac{1}{2}", "0"), List.of("-1", "2"))),
                GridText.cellsOf("\\begin{bmatrix} \\frac{1}{2} & 0 \\\\ -1 & 2 \\end{bmatrix}"));
        assertEquals(Optional.of(List.of(List.of("1", "2", "3"))), GridText.cellsOf("[1, 2, 3]"));
    }

    @Test
    void aPasteWhoseEntriesCannotBeSeparatedByTextKeepsTheirValues() {
        // "1 - 2" is one entry for the parser; splitting on spaces would make three cells.
        assertEquals(Optional.of(List.of(List.of("-1", "5"))), GridText.cellsOf("1 - 2 5"));
    }

    @Test
    void textThatIsNotAMatrixIsNotAPastedGrid() {
        assertFalse(GridText.cellsOf("hello").isPresent());
        assertFalse(GridText.cellsOf("[[1, 2], [3]]").isPresent());
    }

    @Test
    void valuesAreWrittenWithoutNeedlessDecimals() {
        assertEquals("2", GridText.write(2.0));
        assertEquals("0.0001", GridText.write(1e-4));
        assertEquals("1.0E-5", GridText.write(1e-5));
    }
}
