package org.deepdrill.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class FirstJvmClockTest {
    // fields 3..22 of a stat line: state, ppid, pgrp, session, tty, tpgid, flags, four fault
    // counts, utime, stime, cutime, cstime, priority, nice, threads, itrealvalue, starttime
    private static final String FIELDS_AFTER_NAME = " S 1 4242 4242 0 -1 4194304 123 0 0 0 5 3 0 0 20 0 30 0 12345 5000000 900";

    @Test
    void aProcessStartedAt12345TicksIs76550MsOldWhenTheMachineHasBeenUp200Seconds() {
        // 200 s since boot − 12345 ticks × 10 ms = 200000 − 123450 ms
        assertEquals(OptionalLong.of(76_550), FirstJvmClock.ageMs("4242 (java)" + FIELDS_AFTER_NAME, "200.00 350.12\n"));
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        assertEquals(OptionalLong.of(76_550), FirstJvmClock.ageMs("4242 (my (odd) app)" + FIELDS_AFTER_NAME, "200.00 350.12"));
    }

    @Test
    void anUnreadableLineGivesNoAgeRatherThanAWrongOne() {
        assertEquals(OptionalLong.empty(), FirstJvmClock.ageMs("4242 java S 1", "200.00 1.00"));
        assertEquals(OptionalLong.empty(), FirstJvmClock.ageMs("4242 (java) S 1 2 3", "200.00 1.00"));
        assertEquals(OptionalLong.empty(), FirstJvmClock.ageMs("4242 (java)" + FIELDS_AFTER_NAME, "soon"));
        // a start after the uptime read is a clock mix-up, not a negative age
        assertEquals(OptionalLong.empty(), FirstJvmClock.ageMs("4242 (java)" + FIELDS_AFTER_NAME, "100.00 1.00"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void thisProcessIsAtLeastAsOldAsItsJvmSaysWithinTheTenMsResolution() throws IOException {
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        OptionalLong age = FirstJvmClock.ageMs(Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")));
        assertTrue(age.isPresent());
        // the process was made (exec) a little before its JVM began counting
        assertTrue(age.getAsLong() >= jvmUptime - 10, age + " vs JVM uptime " + jvmUptime);
        assertTrue(age.getAsLong() < jvmUptime + 5_000, age + " vs JVM uptime " + jvmUptime);
    }
}
