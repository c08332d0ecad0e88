package vn.tramyte.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.tramyte.common.TaskRunner;

/**
 * A task runner for view-model tests that look at a screen while its work is under way: it runs the work at
 * once, on the test's thread, until {@link #hold} is called; from then on it keeps each piece of work until
 * {@link #answerAll} runs them, in order.
 */
public final class HeldRunner implements TaskRunner {
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;

    /** From now on, work waits for {@link #answerAll}. */
    public void hold() {
        holding = true;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Runnable answer = () -> TaskRunner.synchronous().run(work, onSuccess, onFailure);
        if (holding) {
            held.add(answer);
        } else {
            answer.run();
        }
    }

    /** Runs the oldest work held and hands its answer (or failure) back. */
    public void answerNext() {
        held.remove(0).run();
    }

    /** Runs the work held so far and hands each answer (or failure) back, in the order it was asked. */
    public void answerAll() {
        List<Runnable> now = List.copyOf(held);
        held.clear();
        now.forEach(Runnable::run);
    }
}
