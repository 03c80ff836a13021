package org.deepdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.deepdrill.compute.OpException;
import org.deepdrill.compute.OpRegistry;
import org.junit.jupiter.api.Test;

/** A key that cannot be computed keeps the exception that stopped it, for the log. */
class KeyExceptionCauseTest {
    @Test
    void anOpsRejectionIsKeptAsTheCauseOfTheKeysFailure() throws Exception {
        var compute = new ObjectMapper().readTree("{\"op\": \"graph\", \"args\": {\"n\": 3, \"edges\": [[0, 1]], \"dimm\": 2}}");

        KeyException e = assertThrows(KeyException.class, () -> new KeyComputer(OpRegistry.standard()).run(compute, "/questions/0/compute"));

        OpException cause = assertInstanceOf(OpException.class, e.getCause());
        assertEquals(cause.getMessage(), e.getMessage());
    }
}
