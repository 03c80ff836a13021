package org.deepdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** An RNN figure draws outputs y_t only when the question's network has them. */
class FigureBuilderRnnTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean outputs(String compute) throws Exception {
        JsonNode c = compute == null ? null : JSON.readTree(compute.replace('\'', '"'));
        return FigureBuilder.hasOutputs(c);
    }

    @Test
    void anRnnWithoutAnOutputWeightHasNoOutputsAndOneWithItHas() throws Exception {
        assertEquals(false, outputs("{'op': 'rnn', 'args': {'w_hh': [[0]], 'w_xh': [[1]], 'x': [1, 0]}}"));
        assertEquals(true, outputs("{'op': 'rnn', 'args': {'w_hh': [[0]], 'w_xh': [[1]], 'x': [1, 0], 'w_hy': [[1]]}}"));
    }

    @Test
    void bpttAndTheLinearKernelHaveOutputsAndSoDoesAFigureWithNoRecurrentComputation() throws Exception {
        assertEquals(true, outputs("{'op': 'rnn_bptt', 'args': {}}"));
        assertEquals(true, outputs("{'op': 'linear_rnn_kernel', 'args': {}}"));
        assertEquals(true, outputs(null));
        assertEquals(true, outputs("{'op': 'matmul', 'args': {}}"));
        assertEquals(false, outputs("{'inputs': {}, 'steps': [{'name': 's', 'op': 'rnn', 'args': {}}, {'name': 't', 'op': 'sum', 'args': {}}]}"));
    }
}
