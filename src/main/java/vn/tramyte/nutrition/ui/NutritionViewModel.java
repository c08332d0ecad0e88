package vn.tramyte.nutrition.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.nutrition.Child;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.nutrition.ScreeningRow;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.Village;

/**
 * The nutrition page: the screening day (children under five of chosen villages, who has
 * come, who has not), the malnourished list, and the growth chart of the chosen child.
 */
public final class NutritionViewModel {
    /** Stands for "every village" in the village choice. */
    public static final String ALL_VILLAGES = "";

    private final NutritionService nutrition;
    private final PlaceService places;
    private final TaskRunner runner;
    private final Messages m;
    private final boolean canEdit;
    private final MeasurementEntryViewModel entry;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<String> village = new SimpleObjectProperty<>(ALL_VILLAGES);
    private final ObservableList<String> villages = FXCollections.observableArrayList(ALL_VILLAGES);
    private final ObservableList<ScreeningRow> screening = FXCollections.observableArrayList();
    private final ObservableList<ScreeningRow> malnourished = FXCollections.observableArrayList();
    private final ObservableList<ScreeningRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<Child> chartChild = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public NutritionViewModel(NutritionService nutrition, PlaceService places, TaskRunner runner, Messages messages,
                              String user, boolean canEdit) {
        this.nutrition = nutrition;
        this.places = places;
        this.runner = runner;
        this.m = messages;
        this.canEdit = canEdit;
        this.entry = new MeasurementEntryViewModel(nutrition, runner, messages, user);
        date.set(nutrition.today());
        date.addListener((o, a, b) -> refreshScreening());
        village.addListener((o, a, b) -> refreshScreening());
        chartChild.addListener((o, a, b) -> refreshHistory());
    }

    public void refresh() {
        runner.run(places::ownVillages, list -> villages.setAll(concat(list)), this::fail);
        refreshScreening();
        refreshMalnourished();
    }

    private static List<String> concat(List<Village> list) {
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(ALL_VILLAGES);
        list.stream().map(Village::name).distinct().sorted().forEach(names::add);
        return names;
    }

    public void refreshScreening() {
        LocalDate d = date.get();
        Set<String> chosen = village.get() == null || village.get().isEmpty() ? Set.of() : Set.of(village.get());
        runner.run(() -> nutrition.screeningDay(d, chosen), rows -> {
            screening.setAll(rows);
            long measured = rows.stream().filter(ScreeningRow::measured).count();
            summary.set(m.format("nutrition.screening.summary", measured, rows.size()));
        }, this::fail);
    }

    public void refreshMalnourished() {
        runner.run(() -> nutrition.malnourished(nutrition.today()), malnourished::setAll, this::fail);
    }

    private void refreshHistory() {
        Child c = chartChild.get();
        if (c == null) {
            history.clear();
            return;
        }
        runner.run(() -> nutrition.history(c), history::setAll, this::fail);
    }

    /** After a child was weighed: the lists and the chart show it at once. */
    public void saved(Child c) {
        refreshScreening();
        refreshMalnourished();
        if (c.equals(chartChild.get())) {
            refreshHistory();
        } else {
            chartChild.set(c);
        }
    }

    /** Puts a child of the screening list into the form. */
    public void select(ScreeningRow row) {
        if (row == null) {
            return;
        }
        entry.show(row.child(), date.get(), row.measurement());
        chartChild.set(row.child());
    }

    private void fail(Throwable e) {
        error.set(e instanceof vn.tramyte.common.UserError u ? u.describe(m)
                : m.format("error.unexpected", String.valueOf(e.getMessage())));
    }

    public boolean canEdit() {
        return canEdit;
    }

    public MeasurementEntryViewModel entry() {
        return entry;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<String> villageProperty() {
        return village;
    }

    public ObservableList<String> villages() {
        return villages;
    }

    public ObservableList<ScreeningRow> screening() {
        return screening;
    }

    public ObservableList<ScreeningRow> malnourished() {
        return malnourished;
    }

    public ObservableList<ScreeningRow> history() {
        return history;
    }

    public ObjectProperty<Child> chartChildProperty() {
        return chartChild;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The WHO tables, for drawing the SD curves of the growth chart. */
    public vn.tramyte.nutrition.growth.GrowthStandards standards() {
        return nutrition.standards();
    }
}
