package org.deepdrill.ui;

import java.util.concurrent.Callable;
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
