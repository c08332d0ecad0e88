package vn.tramyte.nutrition.ui;

import java.time.LocalDate;
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
import vn.tramyte.place.ui.CommuneFilter;

/**
 * The nutrition page: the screening day (children under five of chosen villages, who has
 * come, who has not), the malnourished list, and the growth chart of the chosen child; at a
 * centre the lists show one commune or all of them.
 */
public final class NutritionViewModel {
    /** Stands for "every village" in the village choice. */
    public static final String ALL_VILLAGES = CommuneFilter.ALL;

    private final NutritionService nutrition;
    private final TaskRunner runner;
    private final Messages m;
    private final boolean canEdit;
    private final MeasurementEntryViewModel entry;

    private final CommuneFilter communes;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObservableList<ScreeningRow> screening = FXCollections.observableArrayList();
    private final ObservableList<ScreeningRow> malnourished = FXCollections.observableArrayList();
    private final ObservableList<ScreeningRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<Child> chartChild = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final vn.tramyte.common.ui.WhenShown malnourishedShown =
            new vn.tramyte.common.ui.WhenShown(this::readMalnourished);

    public NutritionViewModel(NutritionService nutrition, PlaceService places, TaskRunner runner, Messages messages,
                              String user, boolean canEdit) {
        this.nutrition = nutrition;
        this.runner = runner;
        this.m = messages;
        this.canEdit = canEdit;
        this.entry = new MeasurementEntryViewModel(nutrition, runner, messages, user);
        this.communes = new CommuneFilter(places, runner, messages, this::fail);
        date.set(nutrition.today());
        date.addListener((o, a, b) -> refreshScreening());
        communes.onChange(() -> {
            refreshScreening();
            refreshMalnourished();
        });
        chartChild.addListener((o, a, b) -> refreshHistory());
    }

    public void refresh() {
        communes.refresh();
        refreshScreening();
        refreshMalnourished();
    }

    public void refreshScreening() {
        LocalDate d = date.get();
        Set<String> chosen = communes.chosenVillages();
        String commune = communes.chosen();
        runner.run(() -> nutrition.screeningDay(d, commune, chosen), rows -> {
            screening.setAll(rows);
            long measured = rows.stream().filter(ScreeningRow::measured).count();
            summary.set(m.format("nutrition.screening.summary", measured, rows.size()));
        }, this::fail);
    }

    /** Reads the malnourished children again, now if their tab is shown, else once it is. */
    public void refreshMalnourished() {
        malnourishedShown.request();
    }

    /** The malnourished children, read only while their tab is shown (a centre's list takes seconds). */
    public vn.tramyte.common.ui.WhenShown malnourishedList() {
        return malnourishedShown;
    }

    private void readMalnourished() {
        String commune = communes.chosen();
        malnourished.clear(); // no children of another commune while this one is read
        malnourishedShown.run(runner, () -> nutrition.malnourished(nutrition.today(), commune), malnourished::setAll,
                this::fail);
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
                : m.describe(e));
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

    /** The commune choice of the lists (shown at a centre) and the screening day's village. */
    public CommuneFilter communes() {
        return communes;
    }

    public ObjectProperty<String> villageProperty() {
        return communes.villageProperty();
    }

    public ObservableList<String> villages() {
        return communes.villages();
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
