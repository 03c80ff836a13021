package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertVector;
import static org.deepdrill.compute.ComputeAssertions.run;

import org.junit.jupiter.api.Test;

class RnnLinearKernelTest {
    /**
     * Sheet 000 Q9.1, read as W = [[0,−1],[−1,0]], U = (−1,1)ᵀ, C = (−1,1): W² = I and WU = U, so
     * every entry is C U = 1 + 1 = 2 and K2 = [2, 2, 2].
     */
    @Test
    void kernelOfSheet000Q9IsTwoTwoTwo() {
        OpResult r = run("linear_rnn_kernel", "{'w': [[0,-1],[-1,0]], 'u': [-1, 1], 'c': [-1, 1], 't': 2}");
        assertVector(new double[] {2, 2, 2}, r.get("kernel"));
    }

    @Test
    void scalarRnnKernelIsCTimesPowersOfW() {
        // [C W² U, C W U, C U] = [3·4, 3·2, 3]
        assertVector(new double[] {12, 6, 3}, run("linear_rnn_kernel", "{'w': [[2]], 'u': [1], 'c': [3], 't': 2}").get("kernel"));
    }

    @Test
    void oldestInputGetsTheHighestPower() {
        // W = [[1,1],[0,1]]: W^k U = (k, 1) for U = (0,1), and C = (1,0) reads k
        OpResult r = run("linear_rnn_kernel", "{'w': [[1,1],[0,1]], 'u': [0, 1], 'c': [1, 0], 't': 3}");
        assertVector(new double[] {3, 2, 1, 0}, r.get("kernel"));
    }

    @Test
    void kernelAtTimeZeroIsCU() {
        assertVector(new double[] {5}, run("linear_rnn_kernel", "{'w': [[9,0],[0,9]], 'u': [[1],[2]], 'c': [[1, 2]], 't': 0}")
                .get("kernel"));
    }

    @Test
    void uMustHaveTheHiddenSize() {
        assertFails("linear_rnn_kernel", "{'w': [[1,0],[0,1]], 'u': [1, 2, 3], 'c': [1, 0], 't': 1}",
                "linear_rnn_kernel", "'u'", "length 2", "3");
    }

    @Test
    void negativeTimeIsRefused() {
        assertFails("linear_rnn_kernel", "{'w': [[1]], 'u': [1], 'c': [1], 't': -1}", "linear_rnn_kernel", "'t'", "from 0 to 255");
    }

    @Test
    void overflowingKernelIsReported() {
        assertFails("linear_rnn_kernel", "{'w': [[1e10]], 'u': [1], 'c': [1], 't': 255}", "linear_rnn_kernel", "'t'", "overflow");
    }
}
