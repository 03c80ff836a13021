package org.deepdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.deepdrill.bank.KeyComputer;
import org.deepdrill.bank.Variants;
import org.deepdrill.compute.OpRegistry;
import org.deepdrill.compute.Step;
import org.junit.jupiter.api.Test;

/** A shipped question's worked solution, as the app shows it, uses the question's own letters. */
class WorkedSolutionNotationTest {

    @Test
    void sheet000Q8sWorkedSolutionWritesTheStateAsSAndTheMatricesAsWAndU() throws Exception {
        Catalog catalog = Catalog.load(List.of(Path.of("questions/rnn.json")));
        Catalog.Entry q8 = catalog.find("rnn.000-q8.second-state").orElseThrow();
        Practice practice = new Practice(List.of(q8), new Variants(new KeyComputer(OpRegistry.standard())),
                new MemoryProgressLog(), Clock.systemUTC());

        List<Step> steps = practice.show().steps();

        // the sheet: s_t = W s_{t-1} + U x_t with W = [[0,-1],[-1,0]], U = (1,1)ᵀ, s_0 = 0, x = (1, 0):
        // s_1 = U·1 = (1, 1), s_2 = W s_1 + U·0 = (0·1 − 1·1, −1·1 + 0·1) = (−1, −1)
        assertEquals(List.of("s_{1} = W s_{0} + U x_{1}", "s_{2} = W s_{1} + U x_{2}"), steps.stream().map(Step::label).toList());
        assertEquals(List.of(-1.0, -1.0), List.of(steps.get(1).value().data()[0], steps.get(1).value().data()[1]));
    }
}
