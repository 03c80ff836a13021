package org.deepdrill.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SoftmaxTest {
    @Test
    void softmaxOfOneAndTwoAndThreeMatchesTheTextbookValues() throws Exception {
        var args = new ObjectMapper().readTree("{\"x\": [[1,2,3],[0,0,0]]}");
        Tensor out = OpRegistry.standard().run("softmax", args).get("output");
        // e^1, e^2, e^3 over their sum 30.19287485057736
        assertEquals(0.09003057317038046, out.get(0, 0), 1e-15);
        assertEquals(0.6652409557748219, out.get(0, 2), 1e-15);
        assertEquals(1.0 / 3, out.get(1, 1), 1e-15);
    }
}
