package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random checks of conv_output and receptive_field against brute-force counting. */
class CountingProperties {

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void convOutputCountsTheWindowPositionsThatFitInThePaddedInput(long seed) {
        Random rnd = new Random(seed);
        int size = 1 + rnd.nextInt(20);
        int kernel = 1 + rnd.nextInt(7);
        int stride = 1 + rnd.nextInt(4);
        int padding = rnd.nextInt(3);
        int dilation = 1 + rnd.nextInt(3);
        // slide a window over positions 0 .. size + 2p − 1, one stride at a time, while its last tap fits
        int windows = 0;
        for (int start = 0; start + dilation * (kernel - 1) <= size + 2 * padding - 1; start += stride) {
            windows++;
        }
        String args = "{'size': " + size + ", 'kernel': " + kernel + ", 'stride': " + stride
                + ", 'padding': " + padding + ", 'dilation': " + dilation + "}";
        if (windows == 0) {
            assertFails("conv_output", args, "'kernel'");
        } else {
            assertEquals(windows, run("conv_output", args).get("size").item(), args);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void receptiveFieldIsTheSpanOfInputsReachedByPropagatingOneOutputBackwards(long seed) {
        Random rnd = new Random(seed);
        int depth = 1 + rnd.nextInt(4);
        List<int[]> layers = new ArrayList<>();
        StringBuilder json = new StringBuilder("{'layers': [");
        for (int l = 0; l < depth; l++) {
            int[] layer = {1 + rnd.nextInt(5), 1 + rnd.nextInt(3), 1 + rnd.nextInt(3)};
            layers.add(layer);
            json.append(l > 0 ? ", " : "").append("{'kernel': ").append(layer[0])
                    .append(", 'stride': ").append(layer[1]).append(", 'dilation': ").append(layer[2]).append('}');
        }
        json.append("]}");
        // output unit 0 of the last layer reads positions j·s + t·d (t < k) of that layer's input
        TreeSet<Integer> reached = new TreeSet<>(List.of(0));
        for (int l = depth - 1; l >= 0; l--) {
            int[] layer = layers.get(l);
            TreeSet<Integer> below = new TreeSet<>();
            for (int j : reached) {
                for (int t = 0; t < layer[0]; t++) {
                    below.add(j * layer[1] + t * layer[2]);
                }
            }
            reached = below;
        }
        int span = reached.last() - reached.first() + 1;
        assertEquals(span, run("receptive_field", json.toString()).get("size").item(), json.toString());
    }
}
