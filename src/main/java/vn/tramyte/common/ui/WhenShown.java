package vn.tramyte.common.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A list read only while a tab shows it (issue 12): asked while its tab is hidden, it is read once the tab
 * is shown, and not again until asked again. A centre's due list of every commune takes seconds, and the
 * page's one worker would make the card the user is opening wait behind it. Starts shown, so that a view
 * model used without its view (tests) reads at once. On the window's thread only.
 */
public final class WhenShown {
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final Runnable read;
    private boolean stale;

    public WhenShown(Runnable read) {
        this.read = read;
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                stale = false;
                read.run();
            }
        });
    }

    /** Reads now if shown, else once shown. */
    public void request() {
        if (shown.get()) {
            stale = false;
            read.run();
        } else {
            stale = true;
        }
    }

    /** Whether the list's tab is on screen (a view binds it to its tab's selection). */
    public BooleanProperty shownProperty() {
        return shown;
    }
}
