package org.deepdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A warning is printed and counted but leaves the exit code at 0. */
class ValidateWarningsTest {

    @Test
    void aBankWithOnlyAWarningPrintsItAndExitsZero() {
        String bank = "src/test/resources/broken-banks/figure-shows-key.json";
        CommandLineTest.Run r = CommandLineTest.run("", "validate", bank);
        assertEquals(0, r.status(), r.err());
        assertEquals(bank + ":8:16: warning: the figure shows the key before the answer: its \"matrix\" holds the answer's numbers;"
                + " draw it from the computation with \"result\" (the app shows that after the answer) or leave it out"
                + System.lineSeparator(), r.out());
        assertEquals("validate: 1 bank(s), 2 question(s), 0 problem(s), 1 warning(s)" + System.lineSeparator(), r.err());
    }
}
