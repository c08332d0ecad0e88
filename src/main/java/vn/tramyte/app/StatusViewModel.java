package vn.tramyte.app;

import vn.tramyte.common.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.tramyte.common.Messages;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;

/** The status bar: station or centre, mode, record counts; refreshed after every change. */
public final class StatusViewModel {
    private final Services services;
    private final Installation installation;
    private final TaskRunner runner;
    private final Messages messages;
    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");

    public StatusViewModel(Services services, Installation installation, TaskRunner runner, Messages messages) {
        this.services = services;
        this.installation = installation;
        this.runner = runner;
        this.messages = messages;
        String modeText = messages.get(installation.mode().messageKey());
        String demo = installation.demo() ? " · " + messages.get("status.demo") : "";
        place.set(modeText + ": " + installation.place().label() + demo);
    }

    public void refresh() {
        runner.run(() -> {
            int people = services.people().count();
            int villages = services.places().ownVillages().size();
            int stations = installation.mode().supervises()
                    ? services.places().stationsOf(installation.place()).size() : 1;
            return installation.mode().supervises()
                    ? messages.format("status.counts.centre", stations, villages, people)
                    : messages.format("status.counts.station", villages, people);
        }, counts::set, e -> counts.set(""));
    }

    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
