package org.deepdrill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app's runner; the held one is how start-up keeps the first frame free of ND4J. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
    @Start
    void start(Stage stage) {
        // the toolkit must run: outcomes come back on the FX thread
    }

    @Test
    void aHeldRunnerRunsNothingUntilReleasedThenEverythingInOrder() throws InterruptedException {
        FxTaskRunner runner = FxTaskRunner.heldUntilReleased();
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        try {
            runner.run(() -> ran.add("first key"), ok -> done.countDown(), e -> { });
            runner.run(() -> ran.add("second"), ok -> done.countDown(), e -> { });

            assertFalse(done.await(300, TimeUnit.MILLISECONDS), "held work must wait");
            assertEquals(List.of(), ran);

            runner.release();
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("first key", "second"), ran);
        } finally {
            runner.shutdown();
        }
    }

    @Test
    void anOrdinaryRunnerStartsAtOnceAndReportsFailures() throws InterruptedException {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch failed = new CountDownLatch(1);
        try {
            runner.run(() -> {
                throw new IllegalStateException("no key");
            }, ok -> { }, e -> {
                if (e.getMessage().equals("no key")) {
                    failed.countDown();
                }
            });
            assertTrue(failed.await(10, TimeUnit.SECONDS));
        } finally {
            runner.shutdown();
        }
    }

    @Test
    void workQueuedAfterShutdownIsDroppedQuietly() throws InterruptedException {
        // the app closing while the progress file is still opening queued a refresh after stop()
        FxTaskRunner runner = new FxTaskRunner();
        runner.shutdown();
        CountDownLatch ran = new CountDownLatch(1);
        runner.run(() -> "late", ok -> ran.countDown(), e -> ran.countDown());
        assertFalse(ran.await(1, TimeUnit.SECONDS), "nothing runs and nothing is reported");
    }
}
