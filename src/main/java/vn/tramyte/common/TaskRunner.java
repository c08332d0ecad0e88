package vn.tramyte.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for slow work (database, files): runs it off the FX thread and hands the
 * result back on it. Tests of view models use {@link #synchronous()}.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Hands a small update (the progress of work under way) from the work to the thread that shows
     * results; the synchronous runner runs it at once.
     */
    default void onUiThread(Runnable update) {
        update.run();
    }

    /** Runs work at once on the calling thread: for view-model tests without a screen. */
    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
