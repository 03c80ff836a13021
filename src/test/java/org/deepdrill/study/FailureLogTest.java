package org.deepdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures keep their stack traces in the data folder's log, and never reach the console. */
class FailureLogTest {
    @TempDir
    Path data;

    @AfterEach
    void closeTheLog() {
        FailureLog.stopWriting();
    }

    @Test
    void aFailingTaskWritesItsStackTraceToTheLogInTheDataFolderAndNothingToStderr() throws IOException {
        assertTrue(FailureLog.writeTo(data));
        List<Throwable> handed = new ArrayList<>();

        String stderr = stderrDuring(() -> TaskRunner.SAME_THREAD.run(FailureLogTest::computeAKey,
                ok -> fail("the task must fail"), handed::add));
        FailureLog.stopWriting();

        assertInstanceOf(IllegalStateException.class, handed.get(0), "the handler still gets the failure");
        String log = Files.readString(data.resolve("deepdrill.0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("A task failed"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: no key for every.matrix"), log);
        assertTrue(log.contains("at org.deepdrill.study.FailureLogTest.computeAKey("), "the stack trace, down to the failing method: " + log);
        assertEquals("", stderr);
    }

    @Test
    void withoutALogFileAFailureGoesNowhereNotToTheConsole() {
        String stderr = stderrDuring(() -> FailureLog.record(FailureLogTest.class, "A task failed", new IllegalStateException("lost")));
        assertEquals("", stderr, "the command line's stderr is its own");
    }

    @Test
    void aFolderThatCannotHoldTheLogIsReportedNotThrown() throws IOException {
        Path aFile = Files.writeString(data.resolve("not-a-folder"), "x");
        assertFalse(FailureLog.writeTo(aFile));
    }

    private static Integer computeAKey() {
        throw new IllegalStateException("no key for every.matrix");
    }

    private static String stderrDuring(Runnable r) {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(before);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
