package vn.tramyte.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.TaskRunner;

class WhenShownTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final WhenShown list = new WhenShown(reads::incrementAndGet);

    @Test
    void aShownListIsReadEachTimeItIsAsked() {
        list.request();
        list.request();
        assertEquals(2, reads.get());
    }

    @Test
    void aHiddenListIsReadOnceWhenShownHoweverOftenItWasAsked() {
        list.shownProperty().set(false);
        list.request();
        list.request();
        assertEquals(0, reads.get(), "nothing is read for a tab nobody sees");
        list.shownProperty().set(true);
        assertEquals(1, reads.get(), "read once its tab is shown");
        list.shownProperty().set(false);
        list.shownProperty().set(true);
        assertEquals(1, reads.get(), "shown again with nothing new asked: not read again");
    }

    @Test
    void theListIsMarkedAsBeingReadUntilEachAnswerOrFailureIsHandled() {
        List<Runnable> answers = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                answers.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }
        };
        List<String> shown = new ArrayList<>();
        list.run(later, () -> "Bản Đốc", shown::add, e -> shown.add("failed"));
        Callable<String> failing = () -> {
            throw new IllegalStateException("the disk is full");
        };
        list.run(later, failing, shown::add, e -> shown.add("failed"));
        assertTrue(list.readingProperty().get(), "two reads under way");
        answers.get(0).run();
        assertTrue(list.readingProperty().get(), "one read still under way");
        answers.get(1).run();
        assertFalse(list.readingProperty().get(), "a failed read ends too");
        assertEquals(List.of("Bản Đốc", "failed"), shown);
    }
}
