package org.deepdrill.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.deepdrill.study.TaskRunner;

/**
 * The app's task runner: work runs as a {@link Task} on one background thread (ND4J, the disk
 * and the parsers never run on the FX thread), outcomes come back on the FX thread. One thread
 * keeps work in submission order, so a "next" never overtakes the "submit" before it.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deepdrill-worker");
        t.setDaemon(true);
        return t;
    });

    /** Open unless made by {@link #heldUntilReleased}; the worker waits on it before its first task. */
    private final CountDownLatch gate = new CountDownLatch(1);

    /** A runner that starts work at once. */
    public FxTaskRunner() {
        this(false);
    }

    private FxTaskRunner(boolean held) {
        if (held) {
            executor.execute(this::awaitRelease);
        } else {
            gate.countDown();
        }
    }

    /**
     * A runner that queues work until {@link #release()}: at start-up the window's first frame
     * needs both CPUs of a small machine, and a question's key (ND4J's first load, about half a
     * second of CPU) is not needed until the student submits.
     */
    public static FxTaskRunner heldUntilReleased() {
        return new FxTaskRunner(true);
    }

    /** Lets queued and later work run. Idempotent, any thread. */
    public void release() {
        gate.countDown();
    }

    private void awaitRelease() {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        // Task fires its handlers on the FX thread
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        if (executor.isShutdown()) {
            // the app is closing: work queued by a late event (the progress file opening just
            // then) has no one to show its outcome to
            return;
        }
        executor.execute(task);
    }

    /** Runs something on the FX thread later (from any thread). */
    public static void later(Runnable r) {
        Platform.runLater(r);
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
