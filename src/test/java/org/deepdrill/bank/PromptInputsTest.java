package org.deepdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {{input:name}} shows the computation's own numbers, and a literal that drifted from them is caught. */
class PromptInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    @Test
    void anInputIsTypesetAsADrawnParameterIsAMatrixAsABmatrixAVectorAsOneRow() throws Exception {
        JsonNode compute = json("{'op': 'rnn', 'args': {'w_hh': [[0, -1], [-1, 0.5]], 'x': [1, 0], 'activation': 'identity'}}");
        assertEquals("$W = \\begin{bmatrix}0 & -1 \\\\ -1 & 0.5\\end{bmatrix}$, $x = \\begin{bmatrix}1 & 0\\end{bmatrix}$",
                PromptText.renderInputs("$W = {{input:w_hh}}$, $x = {{ input:x }}$", compute));
    }

    @Test
    void aStepProgramsInputsAreItsInputsAndAnUnknownNameListsThem() throws Exception {
        JsonNode program = json("{'inputs': {'a': [[1, 2]], 'b': 3}, 'steps': []}");
        assertEquals("3 and \\begin{bmatrix}1 & 2\\end{bmatrix}", PromptText.renderInputs("{{input:b}} and {{input:a}}", program));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PromptText.renderInputs("{{input:c}}", program));
        assertEquals("'{{input:c}}' is not an input of the computation; its inputs are [a, b]", e.getMessage());
    }

    @Test
    void aLiteralOfAnInputsShapeWithOtherNumbersIsDriftButTheInputItselfItsTransposeOrOneOfItsRowsIsNot() throws Exception {
        JsonNode compute = json("{'op': 'attention', 'args': {'q': [[1, 2]], 'k': [[1, 2], [3, 4]], 'v': [[5, 6], [7, 8]]}}");
        assertEquals(Optional.empty(), PromptNumbers.drift("$K = \\begin{bmatrix}1 & 2 \\\\ 3 & 4\\end{bmatrix}$", compute));
        assertEquals(Optional.empty(), PromptNumbers.drift("$K^\\top = \\begin{bmatrix}1 & 3 \\\\ 2 & 4\\end{bmatrix}$", compute));
        assertEquals(Optional.empty(), PromptNumbers.drift("$k_2 = \\begin{bmatrix}3 \\\\ 4\\end{bmatrix}$", compute));
        Optional<String> drift = PromptNumbers.drift("$K = \\begin{bmatrix}1 & 2 \\\\ 3 & 5\\end{bmatrix}$", compute);
        assertTrue(drift.isPresent() && drift.get().contains("like the input 'k'") && drift.get().endsWith("write {{input:k}} so the text shows what is computed"),
                drift.toString());
        assertEquals(Optional.empty(), PromptNumbers.drift("a 3×3 $\\begin{bmatrix}1 & 0 & 0\\\\0 & 1 & 0\\\\0 & 0 & 1\\end{bmatrix}$", compute),
                "a literal no input is shaped like is not the computation's");
    }
}
