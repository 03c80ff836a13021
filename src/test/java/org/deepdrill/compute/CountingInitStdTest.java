package org.deepdrill.compute;

import static org.deepdrill.compute.ComputeAssertions.assertFails;
import static org.deepdrill.compute.ComputeAssertions.assertScalar;
import static org.deepdrill.compute.ComputeAssertions.run;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** init_std against sheet 001's initialization exercise and the torch.nn.init formulas. */
class CountingInitStdTest {

    @Test
    void sheet001sReluInitializationHasVarianceTwoOverDh() {
        // σ_W² = 2/D_h; D_h = 128 → σ = √(2/128) = 1/8
        OpResult r = run("init_std", "{'scheme': 'kaiming_normal', 'fan_in': 128, 'nonlinearity': 'relu'}");
        assertScalar(Math.sqrt(2), r.get("gain"));
        assertScalar(0.125, r.get("std"));
        assertFalse(r.results().containsKey("bound"), "a normal scheme has no bound");
    }

    @Test
    void kaimingDefaultsToTorchsLeakyReluWithSlopeZeroThatIsRelu() {
        // kaiming_uniform_(w) with fan_in 128: gain √2, std 1/8, bound √3/8 = √(6/128)
        OpResult r = run("init_std", "{'scheme': 'kaiming_uniform', 'fan_in': 128}");
        assertScalar(Math.sqrt(2), r.get("gain"));
        assertScalar(0.125, r.get("std"));
        assertScalar(Math.sqrt(3) / 8, r.get("bound"));
    }

    @Test
    void xavierUniformOfThreeByFiveHasStdOneHalf() {
        // gain 1: std = √(2/(3 + 5)) = 1/2; bound = √(6/8) = √3/2
        OpResult r = run("init_std", "{'scheme': 'xavier_uniform', 'fan_in': 3, 'fan_out': 5}");
        assertScalar(1, r.get("gain"));
        assertScalar(0.5, r.get("std"));
        assertScalar(Math.sqrt(3) / 2, r.get("bound"));
    }

    @Test
    void xavierNormalForTanhScalesByFiveThirds() {
        // 5/3 · √(2/20)
        OpResult r = run("init_std", "{'scheme': 'xavier_normal', 'fan_in': 10, 'fan_out': 10, 'nonlinearity': 'tanh'}");
        assertScalar(5.0 / 3, r.get("gain"));
        assertScalar(5.0 / 3 * Math.sqrt(0.1), r.get("std"));
    }

    @Test
    void kaimingFanOutModeDividesByFanOut() {
        // √2 / √200 = √(1/100) = 0.1
        OpResult r = run("init_std", "{'scheme': 'kaiming_normal', 'fan_in': 3, 'fan_out': 200, 'mode': 'fan_out'}");
        assertScalar(0.1, r.get("std"));
    }

    @Test
    void leakyReluGainUsesTheGivenSlope() {
        // √(2/(1 + 0.2²)) = √(2/1.04); std = gain/√50
        OpResult r = run("init_std",
                "{'scheme': 'kaiming_normal', 'fan_in': 50, 'nonlinearity': 'leaky_relu', 'negative_slope': 0.2}");
        assertScalar(Math.sqrt(2 / 1.04), r.get("gain"));
        assertScalar(Math.sqrt(2 / 1.04) / Math.sqrt(50), r.get("std"));
    }

    @Test
    void leakyReluWithoutASlopeUsesCalculateGainsDefaultOfOneHundredth() {
        // calculate_gain('leaky_relu') = √(2/(1 + 0.01²)) = √(2/1.0001)
        assertScalar(Math.sqrt(2 / 1.0001), run("init_std",
                "{'scheme': 'xavier_normal', 'fan_in': 4, 'fan_out': 4, 'nonlinearity': 'leaky_relu'}").get("gain"));
    }

    @Test
    void seluGainIsThreeQuartersAndSigmoidAndConvGainsAreOne() {
        assertScalar(0.75, run("init_std", "{'scheme': 'kaiming_normal', 'fan_in': 9, 'nonlinearity': 'selu'}").get("gain"));
        // 0.75/√9 = 0.25
        assertScalar(0.25, run("init_std", "{'scheme': 'kaiming_normal', 'fan_in': 9, 'nonlinearity': 'selu'}").get("std"));
        assertScalar(1, run("init_std", "{'scheme': 'kaiming_normal', 'fan_in': 9, 'nonlinearity': 'sigmoid'}").get("gain"));
        assertScalar(1, run("init_std", "{'scheme': 'kaiming_normal', 'fan_in': 9, 'nonlinearity': 'conv2d'}").get("gain"));
        assertScalar(1, run("init_std", "{'scheme': 'kaiming_normal', 'fan_in': 9, 'nonlinearity': 'identity'}").get("gain"));
    }

    @Test
    void xavierWithoutFanOutIsRefusedNamingIt() {
        assertFails("init_std", "{'scheme': 'xavier_uniform', 'fan_in': 3}", "init_std", "'fan_out'", "missing", "whole number ≥ 1");
    }

    @Test
    void kaimingFanOutModeWithoutFanOutIsRefused() {
        assertFails("init_std", "{'scheme': 'kaiming_uniform', 'fan_in': 3, 'mode': 'fan_out'}", "'fan_out'", "missing");
    }

    @Test
    void aZeroFanIsRefused() {
        assertFails("init_std", "{'scheme': 'kaiming_uniform', 'fan_in': 0}", "'fan_in'", "whole number from 1");
    }

    @Test
    void aSlopeWithoutLeakyReluIsIgnored() {
        // relu gain √2 whatever the slope: std = √2/√2 = 1 for fan_in 2
        double std = ComputeAssertions.run("init_std", "{'scheme': 'kaiming_normal', 'fan_in': 2, 'negative_slope': 0.1}").get("std").item();
        org.junit.jupiter.api.Assertions.assertEquals(1.0, std, ComputeAssertions.TOL);
    }

    @Test
    void anUnknownNonlinearityIsRefusedListingTheKnownOnes() {
        assertFails("init_std", "{'scheme': 'kaiming_uniform', 'fan_in': 3, 'nonlinearity': 'gelu'}",
                "'nonlinearity'", "tanh", "\"gelu\"");
    }

    @Test
    void aModeForXavierIsIgnored() {
        // xavier always uses both fans: √(2/(3+5)) = 1/2
        double std = ComputeAssertions.run("init_std", "{'scheme': 'xavier_normal', 'fan_in': 3, 'fan_out': 5, 'mode': 'fan_in'}").get("std").item();
        org.junit.jupiter.api.Assertions.assertEquals(0.5, std, ComputeAssertions.TOL);
    }

    @Test
    void anUnknownSchemeIsRefused() {
        assertFails("init_std", "{'scheme': 'he_normal', 'fan_in': 3}", "'scheme'", "kaiming_normal");
    }
}
