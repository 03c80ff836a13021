package org.deepdrill.study;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the outcome back on it. The app injects a runner that
 * uses a background executor and the FX thread; tests inject {@link #SAME_THREAD}.
 */
public interface TaskRunner {
    /**
     * Runs {@code work}, then {@code onSuccess} with its value or {@code onFailure} with the
     * exception it threw, which the runner has recorded in the {@link FailureLog}.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the calling thread (for tests and the command line). */
    TaskRunner SAME_THREAD = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                FailureLog.record(TaskRunner.class, "A task failed", e);
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(value);
        }
    };
}
