package vn.tramyte.common.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;

/**
 * A list read only while a tab shows it (issue 12): asked while its tab is hidden, it is read once the tab
 * is shown, and not again until asked again. A centre's due list of every commune takes seconds, and the
 * page's one worker would make the card the user is opening wait behind it. Starts shown, so that a view
 * model used without its view (tests) reads at once. While a read is under way the list's table says so,
 * not "nothing" ({@link #placeholder}). On the window's thread only.
 */
public final class WhenShown {
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final Runnable read;
    private boolean stale;
    /** The number of the latest read asked: only its answer is shown. */
    private long asked;

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

    /**
     * The list's read, in the background: {@link #readingProperty} is true until the answer (or failure) of the
     * latest read is handled. An earlier read's answer that arrives after a newer read was asked (another commune
     * chosen meanwhile) is dropped: it would show one commune's list under another's name.
     */
    public <T> void run(TaskRunner runner, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        long mine = ++asked;
        reading.set(true);
        runner.run(work, answer -> {
            if (mine == asked) {
                reading.set(false);
                done.accept(answer);
            }
        }, e -> {
            if (mine == asked) {
                reading.set(false);
                failed.accept(e);
            }
        });
    }

    /** True while the list is being read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The table's empty text: "Đang đọc danh sách…" while the list is being read, else the text of {@code emptyKey}. */
    public void placeholder(TableView<?> table, Messages m, String emptyKey) {
        Label label = new Label();
        label.textProperty().bind(Bindings.when(reading).then(m.get("list.reading")).otherwise(m.get(emptyKey)));
        table.setPlaceholder(label);
    }
}
