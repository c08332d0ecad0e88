package vn.tramyte.place.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.place.Communes;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.Village;

/**
 * The commune and village choice of a page's lists (view-model part, no Nodes). At a centre the
 * lists show one commune (station) or all of them, and a commune column; the village choice then
 * offers the chosen commune's villages. At a station the commune choice is not shown and the
 * lists are the station's own.
 */
public final class CommuneFilter {
    /** Stands for "every commune" and "every village". */
    public static final String ALL = "";

    private final PlaceService places;
    private final TaskRunner runner;
    private final Messages m;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> communes = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> commune = new SimpleObjectProperty<>(ALL);
    private final ObservableList<String> villages = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> village = new SimpleObjectProperty<>(ALL);
    private final List<Runnable> listeners = new ArrayList<>();
    private volatile Communes loaded;
    private boolean resettingVillage;

    public CommuneFilter(PlaceService places, TaskRunner runner, Messages messages, Consumer<Throwable> onFailure) {
        this.places = places;
        this.runner = runner;
        this.m = messages;
        this.onFailure = onFailure;
        commune.addListener((o, a, b) -> {
            resettingVillage = true;
            village.set(ALL);
            resettingVillage = false;
            loadVillages();
            changed();
        });
        village.addListener((o, a, b) -> {
            if (!resettingVillage) {
                changed();
            }
        });
    }

    /** Runs when the user chooses another commune or village: the page reloads its lists. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** Loads the communes and villages; called before the page's lists, so their names are ready. */
    public void refresh() {
        runner.run(() -> {
            Communes c = places.communes();
            loaded = c;
            return c;
        }, c -> {
            replaceChoices(communes, c.stations().stream().map(Place::code).toList());
            shown.set(c.centre());
        }, onFailure);
        loadVillages();
    }

    private void loadVillages() {
        String code = chosen();
        runner.run(() -> code == null ? places.ownVillages() : places.villages(code),
                list -> replaceChoices(villages, list.stream().map(Village::name).distinct().sorted().toList()),
                onFailure);
    }

    /**
     * Replaces the choices after "all", which stays in place: a combo box whose chosen item
     * is removed, even to be put back at once, would show an empty choice.
     */
    private static void replaceChoices(ObservableList<String> choices, List<String> after) {
        if (choices.subList(1, choices.size()).equals(after)) {
            return;
        }
        choices.remove(1, choices.size());
        choices.addAll(after);
    }

    /** The chosen commune's station code; null for all (and always null at a station). */
    public String chosen() {
        String c = commune.get();
        return c == null || c.isEmpty() ? null : c;
    }

    /** The chosen village as a set of names; empty for all villages. */
    public Set<String> chosenVillages() {
        String v = village.get();
        return v == null || v.isEmpty() ? Set.of() : Set.of(v);
    }

    /** The commune's name of a station code ("Mường Kim"), for the commune column. */
    public String name(String stationCode) {
        Communes c = loaded;
        return c == null ? (stationCode == null ? "" : stationCode) : c.name(stationCode);
    }

    /** A choice as the commune picker shows it: "Tất cả các xã", or the commune's name. */
    public String text(String stationCode) {
        return stationCode == null || stationCode.isEmpty() ? m.get("communes.all") : name(stationCode);
    }

    /** Where a printed list comes from: the station, or the centre and the chosen commune (or all). */
    public String placeLine() {
        Communes c = loaded;
        return c == null ? "" : c.placeLine(m, chosen());
    }

    /** True at a centre: the lists show the commune choice and a commune column. */
    public boolean centre() {
        return shown.get();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<String> communes() {
        return communes;
    }

    public ObjectProperty<String> communeProperty() {
        return commune;
    }

    public ObservableList<String> villages() {
        return villages;
    }

    public ObjectProperty<String> villageProperty() {
        return village;
    }
}
