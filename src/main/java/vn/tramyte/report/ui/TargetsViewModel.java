package vn.tramyte.report.ui;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.PlanTarget;
import vn.tramyte.plan.TargetService;

/**
 * The targets tab: the plan's targets per place, year, indicator and population, filtered by year
 * and place. At a centre a target is changed in place (the whole set becomes the next version,
 * sent to the stations with the next feedback) and the set is imported or exported as the file
 * the command line reads; at a station it is read-only (the centre sends it).
 */
public final class TargetsViewModel {
    /** One target as the table shows it. */
    public record Line(PlanTarget target, String place, String codeList, String year, String indicator,
                       String population, String bound, String value) {
    }

    /** A filter's choice: null code for all. */
    public record Filter(String code, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final TargetService targets;
    private final Installation installation;
    private final TaskRunner runner;
    private final Messages m;
    private final String user;
    private final ScreenText text;
    private final Filter allYears;
    private final Filter allPlaces;
    private List<Line> all = List.of();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Filter> years = FXCollections.observableArrayList();
    private final ObservableList<Filter> places = FXCollections.observableArrayList();
    public final ObjectProperty<Filter> year = new SimpleObjectProperty<>();
    public final ObjectProperty<Filter> place = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Runnable onChanged = () -> { };

    public TargetsViewModel(TargetService targets, Installation installation, TaskRunner runner, Messages messages,
                            String user) {
        this.targets = targets;
        this.installation = installation;
        this.runner = runner;
        this.m = messages;
        this.user = user;
        this.text = new ScreenText(messages);
        this.allYears = new Filter(null, m.get("report.ui.targets.allYears"));
        this.allPlaces = new Filter(null, m.get("report.ui.targets.allPlaces"));
        years.setAll(allYears);
        places.setAll(allPlaces);
        year.set(allYears);
        place.set(allPlaces);
        year.addListener((o, was, now) -> filter());
        place.addListener((o, was, now) -> filter());
    }

    /** Called after the targets changed here (the report's verdicts follow them). */
    public void onChanged(Runnable action) {
        this.onChanged = action;
    }

    /** A centre edits its plan; a station reads what its centre sent. */
    public boolean editable() {
        return installation.mode().supervises();
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<Filter> years() {
        return years;
    }

    public ObservableList<Filter> places() {
        return places;
    }

    /** "Phiên bản 3 · 195 chỉ tiêu", and at a station who sets them. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record Loaded(int version, List<Line> lines) {
    }

    public void refresh() {
        busy.set(true);
        runner.run(this::load, this::show, this::fail);
    }

    private Loaded load() {
        Function<PlanTarget, String> names = targets.placeNames();
        List<Line> out = new ArrayList<>();
        for (PlanTarget t : targets.targets()) {
            String name = names.apply(t);
            out.add(new Line(t, name.isEmpty() ? t.placeCode() : name, t.codeList().code(), String.valueOf(t.year()),
                    text.indicator(t.indicator()), text.population(t.population()),
                    m.get(t.indicator().bound() == Indicator.Bound.MAX ? "report.ui.bound.max" : "report.ui.bound.min"),
                    text.targetValue(t.target())));
        }
        return new Loaded(targets.version(), out);
    }

    private void show(Loaded loaded) {
        busy.set(false);
        all = loaded.lines();
        summary.set(m.format(editable() ? "report.ui.targets.summaryCentre" : "report.ui.targets.summaryStation",
                String.valueOf(loaded.version()), String.valueOf(all.size())));
        Filter y = year.get();
        Filter p = place.get();
        List<Filter> yearChoices = new ArrayList<>();
        yearChoices.add(allYears);
        all.stream().map(Line::year).distinct().sorted(java.util.Comparator.reverseOrder())
                .forEach(v -> yearChoices.add(new Filter(v, v)));
        Map<String, Filter> placeChoices = new LinkedHashMap<>();
        placeChoices.put("", allPlaces);
        all.forEach(l -> placeChoices.putIfAbsent(placeKey(l), new Filter(placeKey(l), m.format(
                "report.ui.targets.placeChoice", l.place(), l.codeList()))));
        years.setAll(yearChoices);
        places.setAll(placeChoices.values());
        year.set(years.contains(y) ? y : allYears);
        place.set(places.contains(p) ? p : allPlaces);
        filter();
    }

    private static String placeKey(Line l) {
        return l.target().codeList().code() + ":" + l.target().placeCode();
    }

    private void filter() {
        Filter y = year.get();
        Filter p = place.get();
        lines.setAll(all.stream().filter(l -> y == null || y.code() == null || y.code().equals(l.year()))
                .filter(l -> p == null || p.code() == null || p.code().equals(placeKey(l))).toList());
    }

    /** Sets one target to the value typed; the table shows the set in force either way. */
    public void change(Line line, String value) {
        if (!editable() || line == null || Objects.equals(value, line.value())) {
            return;
        }
        busy.set(true);
        runner.run(() -> targets.changeTarget(user, line.target(), value), version -> {
            done(m.format("report.ui.targets.changed", line.place(), line.year(), line.indicator(),
                    line.population(), value.trim(), String.valueOf(version)));
        }, this::fail);
    }

    /** Puts an edited targets file in force, checked first: a file with one bad line changes nothing. */
    public void importFrom(Path file) {
        if (file == null) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            if (!Files.isRegularFile(file)) {
                throw new UserError("cli.error.noSuchFile", file.toString());
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return targets.importTargets(user, in, file.getFileName().toString());
            }
        }, version -> done(m.format("report.ui.targets.imported", file.getFileName().toString(),
                String.valueOf(version))), this::fail);
    }

    /** Writes the set in force as the file a spreadsheet edits and the import reads. */
    public void exportTo(Path file) {
        if (file == null) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                targets.exportTargets(out);
            }
            return file;
        }, f -> {
            busy.set(false);
            failed.set(false);
            message.set(m.format("report.ui.targets.exported", f.toString()));
        }, this::fail);
    }

    /** The name offered for an exported file. */
    public String exportFileName() {
        return "chi-tieu-ke-hoach.csv";
    }

    private void done(String sentence) {
        failed.set(false);
        message.set(sentence);
        refresh();
        onChanged.run();
    }

    private void fail(Throwable e) {
        busy.set(false);
        failed.set(true);
        message.set(e instanceof UserError u ? u.describe(m) : m.get("report.ui.failed"));
        filter();
    }
}
