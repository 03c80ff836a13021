package org.deepdrill.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * When the first JVM of a tuned launch started, for start-up timing: the tuned app is the child
 * of the JVM the student started, and its timing should count from that one.
 *
 * <p>Read from Linux's {@code /proc} by the app itself, after its first frame, so the first JVM
 * does no timing work at all (asking a JVM for its own start time loads the management
 * classes, which the measured start-up would then include). A process's age is
 * {@code uptime − starttime / USER_HZ}: {@code /proc/uptime} gives seconds since boot, and field
 * 22 of {@code /proc/<pid>/stat} the clock ticks from boot to the process's start. Both have a
 * resolution of 10 ms.
 */
public final class FirstJvmClock {
    /** Clock ticks per second in {@code /proc}: USER_HZ, fixed at 100 by Linux's user-space ABI. */
    static final int USER_HZ = 100;

    private FirstJvmClock() {
    }

    /** When the first JVM started (ms since the epoch), when this JVM is a tuned relaunch on Linux. */
    public static OptionalLong startedAt() {
        if (!Boolean.getBoolean(TunedLaunch.TUNED)) {
            return OptionalLong.empty();
        }
        var parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long now = System.currentTimeMillis();
            String stat = Files.readString(Path.of("/proc", Long.toString(parent.get().pid()), "stat"), StandardCharsets.US_ASCII);
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
            return ageMs(stat, uptime).stream().map(age -> now - age).findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * A process's age in ms from its {@code /proc/<pid>/stat} line and {@code /proc/uptime}.
     * The command name (field 2) is in parentheses and may itself hold spaces or ')', so the
     * fields are counted from the last ')': state is field 3 there, starttime field 22.
     */
    static OptionalLong ageMs(String stat, String uptime) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return OptionalLong.empty();
        }
        String[] after = stat.substring(close + 1).trim().split(" ");
        if (after.length < 20) {
            return OptionalLong.empty();
        }
        String[] up = uptime.trim().split(" ");
        try {
            long startTicks = Long.parseLong(after[22 - 3]);
            long upMs = Math.round(Double.parseDouble(up[0]) * 1000);
            long age = upMs - startTicks * 1000 / USER_HZ;
            return age >= 0 ? OptionalLong.of(age) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
