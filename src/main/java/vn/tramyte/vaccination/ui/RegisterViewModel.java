package vn.tramyte.vaccination.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.ListPdf;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.place.ui.CommuneFilter;
import vn.tramyte.vaccination.RegisterPdf;
import vn.tramyte.vaccination.RegisterRow;
import vn.tramyte.vaccination.RegisterTally;
import vn.tramyte.vaccination.Target;
import vn.tramyte.vaccination.VaccinationService;
import vn.tramyte.vaccination.Vaccine;

/** The register A2.1 tab of the vaccination page: the children born in a year and their doses. */
public final class RegisterViewModel {
    private final TabContext tab;

    private final ObjectProperty<Integer> registerYear = new SimpleObjectProperty<>();
    private final ObservableList<Integer> registerYears = FXCollections.observableArrayList();
    private final ObservableList<RegisterRow> register = FXCollections.observableArrayList();
    private final ObservableList<RegisterTally> registerTallies = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper registerSummary = new ReadOnlyStringWrapper("");
    private final vn.tramyte.common.ui.WhenShown whenShown = new vn.tramyte.common.ui.WhenShown(this::read);

    RegisterViewModel(TabContext tab) {
        this.tab = tab;
        LocalDate today = tab.vax.today();
        for (int y = today.getYear(); y >= today.getYear() - 5; y--) {
            registerYears.add(y);
        }
        registerYear.set(today.getYear() - 1);
        registerYear.addListener((o, a, b) -> refresh());
    }

    /** Reads the register again, now if its tab is shown, else once it is. */
    public void refresh() {
        whenShown.request();
    }

    /** Read only while the register's tab is shown; its table says when it is being read. */
    public vn.tramyte.common.ui.WhenShown list() {
        return whenShown;
    }

    private void read() {
        Integer y = registerYear.get();
        if (y == null) {
            return;
        }
        String commune = tab.communes.chosen();
        register.clear(); // no rows of another year or commune while this one is read
        registerTallies.clear();
        registerSummary.set("");
        tab.run(whenShown, () -> tab.vax.register(y, commune), rows -> {
            register.setAll(rows);
            List<RegisterTally> tallies = RegisterTally.perCommune(rows);
            registerTallies.setAll(tallies);
            // a centre's figures are per commune: never one tally of several communes
            registerSummary.set(tab.communes.centre() && !tallies.isEmpty() ? tallies.stream().map(t -> tab.communes.name(t.stationCode()) + ": "
                    + tab.m.format("vaccination.ui.registerSummary", t.children(), t.fullyImmunized()))
                    .collect(Collectors.joining(" · "))
                    : tab.m.format("vaccination.ui.registerSummary", rows.size(),
                            rows.stream().filter(r -> r.fullImmunization().completed()).count()));
        });
    }

    /** The register's vaccine columns: every child dose of the catalogue. */
    public List<Vaccine> registerColumns() {
        return tab.vax.catalogue().forTarget(Target.CHILD);
    }

    public void printRegister(Path file) {
        Integer y = registerYear.get();
        if (y == null || file == null) {
            return;
        }
        List<RegisterRow> rows = List.copyOf(register);
        ListPdf.Heading heading = new ListPdf.Heading(tab.communes.placeLine(),
                tab.m.format("vaccination.register.title", Integer.toString(y)), List.of(), tab.vax.today());
        Function<String, String> communeName = tab.communes.centre() ? tab.communes::name : null;
        tab.run(() -> {
            new RegisterPdf(tab.m).write(heading, rows, registerColumns(), communeName, file);
            return file;
        }, f -> tab.info.accept(tab.m.format("vaccination.ui.exported", f.toString())));
    }

    // ---- properties

    public ObjectProperty<Integer> registerYearProperty() {
        return registerYear;
    }

    public ObservableList<Integer> registerYears() {
        return registerYears;
    }

    public ObservableList<RegisterRow> register() {
        return register;
    }

    /** Register A2.1's figures, one line per commune. */
    public ObservableList<RegisterTally> registerTallies() {
        return registerTallies;
    }

    public ReadOnlyStringProperty registerSummaryProperty() {
        return registerSummary.getReadOnlyProperty();
    }
}
