package org.deepdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deepdrill.compute.Step;
import org.deepdrill.compute.Tensor;
import org.junit.jupiter.api.Test;

class NotationTest {
    /** Sheet 000's Q8: s_t = W s_{t-1} + U x_t, where the rnn op writes h, W_{hh} and W_{xh}. */
    private static final Map<String, String> SHEET = ordered("h", "s", "W_{hh}", "W", "W_{xh}", "U");

    @Test
    void theRnnOpsStepIsWrittenInTheSheetsLetters() {
        assertEquals("s_{1} = W s_{0} + U x_{1}", Notation.rewrite("h_{1} = W_{hh} h_{0} + W_{xh} x_{1}", SHEET));
    }

    @Test
    void aSymbolInsideACommandOrALongerNameIsLeftAlone() {
        // the h of \tanh, of "th" and of W_{hh} is not the state h
        assertEquals("s_{2} = \\tanh(W s_{1} + U x_{2}) \\text{with } s", Notation.rewrite(
                "h_{2} = \\tanh(W_{hh} h_{1} + W_{xh} x_{2}) \\text{with } h", SHEET));
        assertEquals("\\hat{s}_t", Notation.rewrite("\\hat{h}_t", SHEET));
    }

    @Test
    void eachPlaceIsReplacedOnceSoSwappedLettersStaySwapped() {
        // sheet 004 calls the recurrent matrix U and the input matrix W: a swap, not a chain
        assertEquals("U h + W x", Notation.rewrite("W h + U x", ordered("W", "U", "U", "W")));
    }

    @Test
    void stepsKeepTheirNamesAndValuesAndNoNotationKeepsTheList() {
        List<Step> steps = List.of(new Step("h_1", "h_{1} = W_{hh} h_{0}", Tensor.vector(1, 1)));
        assertEquals("s_{1} = W s_{0}", Notation.rewrite(steps, SHEET).get(0).label());
        assertEquals("h_1", Notation.rewrite(steps, SHEET).get(0).name());
        assertSame(steps, Notation.rewrite(steps, Map.of()));
    }

    @Test
    void aSymbolNoLabelUsesIsReportedAsTheLikelyTypo() {
        List<Step> steps = List.of(new Step("h_1", "h_{1} = W_{hh} h_{0}", Tensor.vector(1, 1)));
        assertEquals(Optional.empty(), Notation.check(ordered("h", "s", "W_{hh}", "W"), steps));
        assertEquals(Optional.of("notation: 'W_{hx}' does not occur in the worked steps' labels, which read h_{1} = W_{hh} h_{0}"),
                Notation.check(ordered("W_{hx}", "U"), steps));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
