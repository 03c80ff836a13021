package org.deepdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.deepdrill.compute.OpRegistry;
import org.junit.jupiter.api.Test;

/** ops tells a TA what an op takes without guessing: scale takes x and by. */
class OpsCommandTest {

    @Test
    void opsScaleSaysItTakesXAndByBothRequired() {
        CommandLineTest.Run r = CommandLineTest.run("", "ops", "scale");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                scale
                  required  x: a number or nested array of numbers
                  required  by: a number
                  results   result (a vector)
                  step      3\\, X

                """, r.out());
    }

    @Test
    void theJsonListHasEveryOpOfTheRegistryWithItsArgumentsResultsAndSteps() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("", "ops", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode all = r.json();
        assertEquals(OpRegistry.standard().names().size(), all.size());
        JsonNode softmax = all.get(0);
        assertEquals("softmax", softmax.get("op").asText());
        assertEquals("x", softmax.at("/arguments/0/name").asText());
        assertEquals(true, softmax.at("/arguments/0/required").asBoolean());
        assertEquals("dim", softmax.at("/arguments/1/name").asText());
        assertEquals(false, softmax.at("/arguments/1/required").asBoolean());
        assertEquals("output", softmax.at("/results/0/name").asText());
        assertEquals("z = \\beta x", softmax.at("/steps/0").asText());
    }

    @Test
    void anUnknownOpIsABadRequestNamingTheOps() {
        CommandLineTest.Run r = CommandLineTest.run("", "ops", "lapalcian");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("ops: unknown op 'lapalcian'; the ops are " + String.join(", ", OpRegistry.standard().names())
                + System.lineSeparator(), r.err());
    }
}
