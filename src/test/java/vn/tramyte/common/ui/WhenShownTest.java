package vn.tramyte.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.tramyte.testing.HeldRunner;

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
    void theListIsMarkedAsBeingReadUntilTheLatestReadIsAnsweredAndAnEarlierAnswerIsDropped() {
        HeldRunner later = new HeldRunner();
        later.hold();
        List<String> shown = new ArrayList<>();
        list.run(later, () -> "Mường Kim", shown::add, e -> shown.add("failed"));
        list.run(later, () -> "Tà Mung", shown::add, e -> shown.add("failed"));
        assertTrue(list.readingProperty().get(), "two reads under way");
        later.answerNext();
        assertTrue(list.readingProperty().get(), "the latest read still under way");
        assertEquals(List.of(), shown, "the earlier commune's list is not shown under the later one's name");
        later.answerAll();
        assertFalse(list.readingProperty().get());
        assertEquals(List.of("Tà Mung"), shown);
    }

    @Test
    void aFailedReadEndsTheReadingAndIsSaid() {
        HeldRunner later = new HeldRunner();
        later.hold();
        List<String> shown = new ArrayList<>();
        Callable<String> failing = () -> {
            throw new IllegalStateException("the disk is full");
        };
        list.run(later, failing, shown::add, e -> shown.add("failed: " + e.getMessage()));
        assertTrue(list.readingProperty().get());
        later.answerAll();
        assertFalse(list.readingProperty().get(), "a failed read ends too");
        assertEquals(List.of("failed: the disk is full"), shown);
    }
}
