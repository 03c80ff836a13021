package org.deepdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingTest {

    @ParameterizedTest(name = "{0} of {1} points, Easy pressed {2}: {3}")
    @CsvSource({
        "0,    2, false, AGAIN",
        "-0.5, 1, false, AGAIN",  // negative credit is below half
        "0.99, 2, false, AGAIN",  // just under half
        "1,    2, false, HARD",   // exactly half
        "1.5,  2, false, HARD",
        "1.5,  2, true,  HARD",   // Easy needs every point
        "2,    2, false, GOOD",
        "2,    2, true,  EASY",
        "0.30000000000000004, 0.3, false, GOOD"})  // 0.1 + 0.2 of 0.3 points is all of them
    void aGradedAnswerBecomesARatingByItsShareOfThePoints(double score, double points, boolean easy, Rating rating) {
        assertEquals(Optional.of(rating), Rating.ofGrade(score >= points, score, points, easy));
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void anAnswerThatCouldNotBeReadIsNoReview(boolean easy) {
        assertEquals(Optional.empty(), Rating.ofGrade(null, 0, 2, easy));
    }

    @ParameterizedTest
    @CsvSource({"1, AGAIN", "2, HARD", "3, GOOD", "4, EASY"})
    void ratingsAreNumberedOneToFour(int g, Rating rating) {
        assertEquals(rating, Rating.of(g));
        assertEquals(g, rating.value());
    }

    @ParameterizedTest
    @CsvSource({"0", "5", "7", "-1"})
    void aRatingOutsideOneToFourIsRefused(int g) {
        assertThrows(IllegalArgumentException.class, () -> Rating.of(g));
    }
}
