package vn.tramyte.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

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
}
