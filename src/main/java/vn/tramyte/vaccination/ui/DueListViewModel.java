package vn.tramyte.vaccination.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.place.ui.CommuneFilter;
import vn.tramyte.vaccination.DueList;
import vn.tramyte.vaccination.DueListExport;
import vn.tramyte.vaccination.DueRow;
import vn.tramyte.vaccination.DueStatus;
import vn.tramyte.vaccination.ExportFormat;
import vn.tramyte.vaccination.VaccinationService;
import vn.tramyte.vaccination.VaccineTotal;

/**
 * The due-list and defaulter tabs of the vaccination page: the doses due on a vaccination day,
 * grouped by village (and commune at a centre), with the totals per vaccine, and the children
 * overdue for longer than the defaulter weeks.
 */
public final class DueListViewModel {
    private final TabContext tab;

    private final ObjectProperty<LocalDate> dueDay = new SimpleObjectProperty<>();
    private final ObservableList<DueLine> dueLines = FXCollections.observableArrayList();
    private final ObservableList<DueLine> defaulterLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper dueTotals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper defaulterSummary = new ReadOnlyStringWrapper("");
    private volatile DueList lastDueList;
    private final vn.tramyte.common.ui.WhenShown whenShown = new vn.tramyte.common.ui.WhenShown(this::read);

    DueListViewModel(TabContext tab) {
        this.tab = tab;
        dueDay.set(tab.vax.today());
        dueDay.addListener((o, a, b) -> refresh());
    }

    /** Reads the list again, now if one of its tabs is shown, else once one is. */
    public void refresh() {
        whenShown.request();
    }

    /** Read only while the due-list or defaulter tab is shown; its tables say when it is being read. */
    public vn.tramyte.common.ui.WhenShown list() {
        return whenShown;
    }

    private void read() {
        LocalDate d = dueDay.get();
        if (d == null) {
            return;
        }
        Set<String> chosen = tab.communes.chosenVillages();
        String commune = tab.communes.chosen();
        boolean centre = tab.communes.centre();
        // no lines of another day or commune while this one is read: the tables say it is being read
        lastDueList = null;
        dueLines.clear();
        defaulterLines.clear();
        dueTotals.set("");
        defaulterSummary.set("");
        // the list and its lines are made on the worker: a centre's list of every commune has 30,000 rows
        tab.run(whenShown, () -> shown(tab.vax.computeDueList(d, commune, chosen), centre), shown -> {
            lastDueList = shown.list();
            dueLines.setAll(shown.due());
            defaulterLines.setAll(shown.late());
            dueTotals.set(shown.totals());
            defaulterSummary.set(shown.lateSummary());
        });
    }

    /** A due list with its lines as the tabs show them. */
    private record Shown(DueList list, List<DueLine> due, List<DueLine> late, String totals, String lateSummary) {
    }

    private Shown shown(DueList list, boolean centre) {
        int weeks = tab.vax.settings().defaulterWeeks();
        List<DueRow> late = list.defaulters(weeks);
        return new Shown(list, grouped(list.rows(), centre), grouped(late, centre), totalsText(list.totals()),
                tab.m.format("vaccination.ui.defaulterSummary", late.stream().map(r -> r.child().id()).distinct()
                        .count(), weeks));
    }

    private String village(DueRow r) {
        return Objects.toString(r.child().village(), tab.m.get("vaccination.noVillage"));
    }

    /** The group a due row is shown under: its village (of its commune at a centre, which is shown beside it). */
    private List<String> group(DueRow r, boolean centre) {
        return Arrays.asList(centre ? r.child().commune() : null, village(r));
    }

    /**
     * The rows under a heading wherever their group begins, the heading counting the group's children in the
     * whole list (counted in one pass: a centre's list has 30,000 rows in about a hundred groups).
     */
    private List<DueLine> grouped(List<DueRow> rows, boolean centre) {
        Map<List<String>, Set<Object>> children = new HashMap<>();
        for (DueRow r : rows) {
            children.computeIfAbsent(group(r, centre), g -> new HashSet<>()).add(r.child().id());
        }
        List<DueLine> lines = new ArrayList<>(rows.size() + children.size());
        List<String> current = null;
        for (DueRow r : rows) {
            List<String> group = group(r, centre);
            String village = group.get(1);
            if (!group.equals(current)) {
                lines.add(new DueLine(village, tab.m.format("vaccination.ui.villageHeading", village,
                        children.get(group).size()), null, group.get(0)));
                current = group;
            }
            lines.add(new DueLine(village, null, r, group.get(0)));
        }
        return lines;
    }

    private String totalsText(List<VaccineTotal> totals) {
        if (totals.isEmpty()) {
            return tab.m.get("vaccination.ui.nothingDue");
        }
        return tab.m.format("vaccination.ui.totals", totals.stream()
                .map(t -> tab.m.format("vaccination.ui.total", t.vaccine().name(tab.m.language()), t.total()))
                .collect(Collectors.joining(" · ")));
    }

    /** Writes the due list shown (the defaulters when {@code defaultersOnly}) to a file. */
    public void exportDueList(Path file, ExportFormat format, boolean defaultersOnly) {
        DueList list = lastDueList;
        if (list == null || file == null) {
            return;
        }
        List<DueRow> rows = defaultersOnly ? list.defaulters(tab.vax.settings().defaulterWeeks()) : list.rows();
        String village = tab.communes.villageProperty().get();
        String v = village == null || village.isEmpty() ? tab.m.get("vaccination.allVillages") : village;
        DueListExport.Context context = new DueListExport.Context(tab.communes.placeLine(), v, tab.communes.centre(),
                tab.vax.today());
        tab.run(() -> {
            new DueListExport(tab.m).write(list, rows, context, format, file);
            return file;
        }, f -> tab.info.accept(tab.m.format("vaccination.ui.exported", f.toString())));
    }

    public String dueText(DueRow r) {
        return DateText.show(r.dueDate(), false);
    }

    public String statusText(DueRow r) {
        String s = tab.m.get(r.status().cardStatus().messageKey());
        if (r.daysLate() > 0 && r.status() != DueStatus.DUE) {
            s = LateText.of(tab.m, s, r.dueDate(), r.daysLate());
        }
        return r.giveAgain() ? s + " · " + tab.m.get("vaccination.ui.giveAgain") : s;
    }

    // ---- properties

    public ObjectProperty<LocalDate> dueDayProperty() {
        return dueDay;
    }

    public ObjectProperty<String> dueVillageProperty() {
        return tab.communes.villageProperty();
    }

    public ObservableList<String> villages() {
        return tab.communes.villages();
    }

    public ObservableList<DueLine> dueLines() {
        return dueLines;
    }

    public ObservableList<DueLine> defaulterLines() {
        return defaulterLines;
    }

    public ReadOnlyStringProperty dueTotalsProperty() {
        return dueTotals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty defaulterSummaryProperty() {
        return defaulterSummary.getReadOnlyProperty();
    }
}
