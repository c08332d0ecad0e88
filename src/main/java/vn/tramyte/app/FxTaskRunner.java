package vn.tramyte.app;

import vn.tramyte.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on one background thread, in order, and reports back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tramyte-worker");
        t.setDaemon(true);
        return t;
    });

    /** Work handed in whose answer has not yet been handled on the FX thread. */
    private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.incrementAndGet();
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> settle(() -> onSuccess.accept(result)));
            } catch (Exception | Error e) {
                if (!(e instanceof vn.tramyte.common.UserError)) {
                    LOG.error("background task failed", e);
                }
                Platform.runLater(() -> settle(() -> onFailure.accept(e)));
            }
        });
    }

    private void settle(Runnable answer) {
        try {
            answer.run();
        } finally {
            pending.decrementAndGet();
        }
    }

    /** True when no work is running or waiting for its answer (window tests wait on it). */
    boolean idle() {
        return pending.get() == 0;
    }

    @Override
    public void onUiThread(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
