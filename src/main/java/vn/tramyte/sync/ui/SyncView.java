package vn.tramyte.sync.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.tramyte.common.Messages;
import vn.tramyte.common.DateText;
import vn.tramyte.sync.StationSyncStatus;
import vn.tramyte.sync.SyncService;
import vn.tramyte.sync.TableReport;

/** The "Đồng bộ" page (see {@link SyncViewModel}). */
public final class SyncView {
    private final SyncViewModel vm;
    private final Messages m;
    private final VBox root = new VBox(12);
    private SyncFiles files = SyncFiles.system();

    public SyncView(SyncViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setId("syncPage");
        root.getProperties().put(SyncView.class, this);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        Label title = new Label(m.get(vm.province() ? "sync.ui.titleProvince"
                : vm.centre() ? "sync.ui.titleCentre" : "sync.ui.titleStation"));
        title.getStyleClass().add("title-2");
        root.getChildren().add(title);
        if (vm.province()) {
            // the centres' upward packages: no feedback, no moves (decision 0016)
            TableView<StationSyncStatus> centres = stationsTable();
            VBox.setVgrow(centres, Priority.ALWAYS);
            root.getChildren().addAll(centreButtons(), centres, resultLabel(), reportsHeader(), reportsTable());
        } else if (vm.centre()) {
            TabPane tabs = new TabPane();
            tabs.setId("syncTabs");
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            VBox packages = new VBox(10);
            packages.setPadding(new Insets(12, 0, 0, 0));
            TableView<StationSyncStatus> stations = stationsTable();
            VBox.setVgrow(stations, Priority.ALWAYS);
            packages.getChildren().addAll(centreButtons(), stations, resultLabel(), reportsHeader(),
                    reportsTable());
            Tab packagesTab = new Tab(m.get("sync.ui.tab.packages"), packages);
            Tab transferTab = new Tab(m.get("sync.ui.tab.transfer"), new TransferView(vm.transferTab(), m).root());
            tabs.getTabs().addAll(packagesTab, transferTab);
            VBox.setVgrow(tabs, Priority.ALWAYS);
            root.getChildren().add(tabs);
        } else {
            Label summary = new Label();
            summary.setId("syncSummary");
            summary.setWrapText(true);
            summary.textProperty().bind(vm.summaryProperty());
            TableView<SyncService.ReceivedPackage> reports = reportsTable();
            VBox.setVgrow(reports, Priority.ALWAYS);
            root.getChildren().addAll(summary, enrolment(), stationButtons(), resultLabel(), reportsHeader(), reports);
        }
        vm.refresh();
    }

    public Parent root() {
        return root;
    }

    /** Replaces how the page (whose root is given) asks for files and folders. */
    public static void useFiles(Node page, SyncFiles files) {
        ((SyncView) page.getProperties().get(SyncView.class)).files = files;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Buttons keep their whole label and wrap to a second line when the window is narrow. */
    private static FlowPane buttonBar(Control... controls) {
        FlowPane bar = new FlowPane(8, 8, controls);
        for (Control c : controls) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** What the last action did; a long import report scrolls instead of pushing the tables off the page. */
    private Node resultLabel() {
        Label result = new Label();
        result.setId("syncResult");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().bind(vm.resultProperty());
        errorStyle(result, vm.failedProperty());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(result);
        scroll.setFitToWidth(true);
        // up to ten lines shown whole (a package bringing every kind of record); the tables above give up the room (a longer report scrolls)
        vm.resultProperty().addListener((o, was, now) -> {
            long lines = now == null ? 0 : now.lines().count();
            scroll.setPrefViewportHeight(Math.min(10, Math.max(1, lines)) * 18 + 4);
        });
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.visibleProperty().bind(vm.resultProperty().isNotEmpty());
        scroll.managedProperty().bind(scroll.visibleProperty());
        return scroll;
    }

    static void errorStyle(Label label, ObservableValue<Boolean> failed) {
        failed.addListener((o, was, now) -> {
            label.getStyleClass().remove("error-text");
            if (now) {
                label.getStyleClass().add("error-text");
            }
        });
    }

    /**
     * A station set up without its enrolment file is told how to enrol now, and does it here
     * as on the first-run screen: the centre's file, the code read out by phone.
     */
    private Node enrolment() {
        Label title = new Label(m.get("sync.ui.enrolTitle"));
        title.getStyleClass().add("title-4");
        Label how = new Label(m.get("sync.ui.enrolHow"));
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);
        Label file = new Label();
        file.setId("syncEnrolFile");
        file.setWrapText(true);
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.enrolmentFileProperty().get() == null ? m.get("setup.enrolment.noFile")
                        : vm.enrolmentFileProperty().get().getFileName().toString(), vm.enrolmentFileProperty()));
        Button choose = new Button(m.get("setup.enrolment.choose"));
        choose.setId("syncEnrolChoose");
        choose.setOnAction(e -> files.packages(window(), m.get("setup.enrolment.choose"), m.get("setup.enrolment.files"))
                .stream().findFirst().ifPresent(vm.enrolmentFileProperty()::set));
        javafx.scene.control.TextField code = new javafx.scene.control.TextField();
        code.setId("syncEnrolCode");
        code.setPromptText("1234-5678-9012-3456");
        code.setPrefColumnCount(18);
        code.textProperty().bindBidirectional(vm.enrolmentCodeProperty());
        Button enrol = new Button(m.get("sync.ui.enrolStart"));
        enrol.setId("syncEnrolStart");
        enrol.getStyleClass().add("accent");
        enrol.disableProperty().bind(vm.busyProperty());
        enrol.setOnAction(e -> vm.enrol());
        FlowPane fileRow = buttonBar(choose);
        fileRow.getChildren().add(file);
        FlowPane codeRow = buttonBar(new Label(m.get("setup.enrolment.code")), code, enrol);
        VBox box = new VBox(8, title, how, fileRow, codeRow);
        box.setId("syncEnrol");
        box.getStyleClass().add("card-box");
        box.visibleProperty().bind(vm.notEnrolledProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private FlowPane stationButtons() {
        Button export = new Button(m.get("sync.ui.export"));
        export.setId("syncExport");
        export.getStyleClass().add("accent");
        // nothing to send or receive before the station is enrolled
        export.disableProperty().bind(vm.busyProperty().or(vm.notEnrolledProperty()));
        export.setOnAction(e -> files.folder(window(), m.get("sync.ui.export")).ifPresent(vm::exportTo));
        Button imp = new Button(m.get("sync.ui.importFeedback"));
        imp.setId("syncImportFiles");
        imp.disableProperty().bind(vm.busyProperty().or(vm.notEnrolledProperty()));
        imp.setOnAction(e -> vm.importPaths(files.packages(window(), m.get("sync.ui.importFeedback"),
                m.get("sync.ui.packages"))));
        return buttonBar(export, imp);
    }

    private FlowPane centreButtons() {
        Button pick = new Button(m.get("sync.ui.importFiles"));
        pick.setId("syncImportFiles");
        pick.getStyleClass().add("accent");
        pick.disableProperty().bind(vm.busyProperty());
        pick.setOnAction(e -> vm.importPaths(files.packages(window(), m.get("sync.ui.importFiles"),
                m.get("sync.ui.packages"))));
        Button folder = new Button(m.get("sync.ui.importFolder"));
        folder.setId("syncImportFolder");
        folder.disableProperty().bind(vm.busyProperty());
        folder.setOnAction(e -> files.folder(window(), m.get("sync.ui.importFolder"))
                .ifPresent(p -> vm.importPaths(List.of(p))));
        Button feedback = new Button(m.get("sync.ui.feedback"));
        feedback.setId("syncFeedback");
        feedback.disableProperty().bind(vm.busyProperty());
        feedback.setOnAction(e -> files.folder(window(), m.get("sync.ui.feedback")).ifPresent(vm::feedbackTo));
        Button upward = new Button(m.get("sync.ui.exportUpward"));
        upward.setId("syncExportUpward");
        upward.disableProperty().bind(vm.busyProperty());
        upward.setOnAction(e -> files.folder(window(), m.get("sync.ui.exportUpward")).ifPresent(vm::exportUpwardTo));
        TextField station = new TextField();
        station.setId("syncEnrolStation");
        station.setPromptText(m.get(vm.province() ? "sync.ui.centreCode" : "sync.ui.stationCode"));
        station.setPrefColumnCount(9);
        Button enrol = new Button(m.get("sync.ui.enrol"));
        enrol.setId("syncEnrol");
        enrol.disableProperty().bind(vm.busyProperty().or(station.textProperty().isEmpty()));
        enrol.setOnAction(e -> files.folder(window(), m.get("sync.ui.enrol"))
                .ifPresent(p -> vm.enrol(station.getText().trim(), p)));
        return vm.province() ? buttonBar(pick, folder, station, enrol)
                : buttonBar(pick, folder, feedback, upward, station, enrol);
    }

    /** When the station was last sent its feedback, and whether packages came since. */
    private String feedbackText(StationSyncStatus s) {
        if (!s.enrolled()) {
            return "";
        }
        if (s.lastFeedbackOn() == null) {
            return s.feedbackDue() ? m.get("sync.ui.feedbackNone") : "";
        }
        String on = DateText.show(s.lastFeedbackOn(), false);
        return s.feedbackDue() ? on + " · " + m.get("sync.ui.feedbackDue") : on;
    }

    private TableView<StationSyncStatus> stationsTable() {
        TableView<StationSyncStatus> table = new TableView<>(vm.stations());
        table.setPlaceholder(new Label(m.get("sync.page.noStations")));
        table.setId("syncStations");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(380);
        table.setMinHeight(130);
        table.getColumns().add(column(vm.province() ? "sync.ui.col.centre" : "sync.ui.col.station",
                s -> s.stationCode() + " " + s.stationName()));
        table.getColumns().add(column("sync.ui.col.lastPackage", s -> !s.enrolled() ? m.get("sync.ui.notEnrolled")
                : s.lastReceivedOn() == null ? "–"
                : m.format("sync.ui.packageOn", DateText.show(s.lastReceivedOn(), false), s.lastPackageNo())));
        // what came, in packages and records, not the station's change counter
        table.getColumns().add(column("sync.ui.col.received", s -> !s.enrolled() ? ""
                : s.packagesReceived() == 0 ? "–"
                : m.format("sync.ui.receivedCount", s.packagesReceived(), s.recordsReceived())));
        table.getColumns().add(column("sync.ui.col.gaps", s -> s.gaps().isEmpty() ? "" : String.join(", ", s.gaps())));
        if (!vm.province()) {
            table.getColumns().add(column("sync.ui.col.acknowledged", this::feedbackText));
        }
        table.getColumns().add(column("sync.ui.col.days",
                s -> s.daysSinceContact() == null ? "" : String.valueOf(s.daysSinceContact())));
        double[] widths = vm.province() ? new double[] {200, 220, 220, 120, 130} : new double[] {170, 200, 200, 90, 190, 130};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StationSyncStatus item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("sync-stale", "sync-gap");
                if (!empty && item != null && item.stale()) {
                    getStyleClass().add("sync-stale");
                } else if (!empty && item != null && !item.gaps().isEmpty()) {
                    getStyleClass().add("sync-gap");
                }
            }
        });
        return table;
    }

    /** "Các gói đã nhận" with the button printing the chosen package's report. */
    private Parent reportsHeader() {
        Label history = new Label(m.get("sync.ui.received"));
        history.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(m.get("sync.ui.printHint"));
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(vm.selectedPackageProperty().isNull());
        Button print = new Button(m.get("sync.ui.printReport"));
        print.setId("syncPrintReport");
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.disableProperty().bind(vm.busyProperty().or(vm.selectedPackageProperty().isNull()));
        print.setOnAction(e -> files.savePdf(window(), m.get("sync.ui.printReport"), vm.reportFileName())
                .ifPresent(vm::printReport));
        HBox header = new HBox(12, history, spacer, hint, print);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private TableView<SyncService.ReceivedPackage> reportsTable() {
        TableView<SyncService.ReceivedPackage> table = new TableView<>(vm.received());
        table.setPlaceholder(new Label(m.get("sync.page.noPackages")));
        table.setId("syncReports");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("sync.ui.col.receivedAt", p -> DateText.show(p.log().handledAt().toLocalDate(), false)));
        table.getColumns().add(column("sync.ui.col.from", p -> vm.stationLabel(p.log().source()) + " · "
                + p.log().packageNo()));
        table.getColumns().add(column("sync.ui.col.file", p -> p.log().fileName()));
        table.getColumns().add(column("sync.ui.col.report", this::reportText));
        double[] widths = {110, 172, 290, 370};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setPrefHeight(180);
        table.setMinHeight(110);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedPackageProperty().set(now));
        // the whole report of a package (every table, by name) when the pointer rests on its line
        table.setRowFactory(t -> {
            TableRow<SyncService.ReceivedPackage> row = new TableRow<>();
            row.itemProperty().addListener((o, was, now) -> row.setTooltip(now == null ? null
                    : new javafx.scene.control.Tooltip(now.log().fileName() + "\n" + now.lines().stream()
                        .map(vm::line).collect(java.util.stream.Collectors.joining("\n")))));
            return row;
        });
        return table;
    }

    /** The tables that brought rows, by the names a health worker knows: "Người dân 2/0/0/0 · Cân đo 1/0/0/0". */
    private String reportText(SyncService.ReceivedPackage p) {
        String text = p.lines().stream().filter(l -> l.total() > 0)
                .map(l -> vm.tableName(l.table()) + " " + counts(l)).reduce((a, b) -> a + " · " + b).orElse("");
        return text.isEmpty() ? m.get("sync.ui.nothingNew") : text;
    }

    private static String counts(TableReport l) {
        return l.added() + "/" + l.updated() + "/" + l.unchanged() + "/" + l.refused();
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
