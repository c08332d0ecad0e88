package vn.tramyte.vaccination.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.place.ui.CommuneFilter;
import vn.tramyte.vaccination.VaccinationService;

/**
 * What the due-list and register tabs share (issue 17): the service, the words, the page's choice
 * of commune and village, where a note goes once a file is written, and the background runner
 * whose failures the page says.
 */
final class TabContext {
    final VaccinationService vax;
    final Messages m;
    final CommuneFilter communes;
    /** Receives the page's note once a file is written or printed. */
    final Consumer<String> info;
    private final TaskRunner runner;
    private final Consumer<Throwable> fail;

    TabContext(VaccinationService vax, TaskRunner runner, Messages messages, CommuneFilter communes,
               Consumer<Throwable> fail, Consumer<String> info) {
        this.vax = vax;
        this.runner = runner;
        this.m = messages;
        this.communes = communes;
        this.fail = fail;
        this.info = info;
    }

    /** Reads or writes in the background; a failure is said on the page. */
    <T> void run(Callable<T> work, Consumer<T> done) {
        runner.run(work, done, fail);
    }

    /** Reads a tab's list in the background, the list marked as being read meanwhile. */
    <T> void run(vn.tramyte.common.ui.WhenShown list, Callable<T> work, Consumer<T> done) {
        list.run(runner, work, done, fail);
    }
}
