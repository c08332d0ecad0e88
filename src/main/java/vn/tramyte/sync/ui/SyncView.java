package vn.tramyte.sync.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import vn.tramyte.common.Messages;
import vn.tramyte.person.DateText;
import vn.tramyte.sync.StationSyncStatus;
import vn.tramyte.sync.SyncService;

/** The "Đồng bộ" page (see {@link SyncViewModel}). */
public final class SyncView {
    private final SyncViewModel vm;
    private final Messages m;
    private final VBox root = new VBox(12);

    public SyncView(SyncViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        Label title = new Label(m.get(vm.centre() ? "sync.ui.titleCentre" : "sync.ui.titleStation"));
        title.getStyleClass().add("title-2");
        root.getChildren().add(title);
        TableView<StationSyncStatus> stations = stationsTable();
        if (vm.centre()) {
            root.getChildren().addAll(centreButtons(), stations);
        } else {
            Label summary = new Label();
            summary.setId("syncSummary");
            summary.setWrapText(true);
            summary.textProperty().bind(vm.summaryProperty());
            root.getChildren().addAll(summary, stationButtons());
        }
        Label result = new Label();
        result.setId("syncResult");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        vm.failedProperty().addListener((o, was, now) -> {
            result.getStyleClass().remove("error-text");
            if (now) {
                result.getStyleClass().add("error-text");
            }
        });
        Label history = new Label(m.get("sync.ui.received"));
        history.getStyleClass().add("title-3");
        TableView<SyncService.ReceivedPackage> reports = reportsTable();
        VBox.setVgrow(vm.centre() ? stations : reports, Priority.ALWAYS);
        root.getChildren().addAll(result, history, reports);
        vm.refresh();
    }

    public Parent root() {
        return root;
    }

    /** Buttons keep their whole label and wrap to a second line when the window is narrow. */
    private static javafx.scene.layout.FlowPane buttonBar(javafx.scene.control.Control... controls) {
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 8, controls);
        for (javafx.scene.control.Control c : controls) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private javafx.scene.layout.FlowPane stationButtons() {
        Button export = new Button(m.get("sync.ui.export"));
        export.setId("syncExport");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> chooseFolder(m.get("sync.ui.export")).ifPresent(vm::exportTo));
        Button imp = new Button(m.get("sync.ui.importFeedback"));
        imp.setId("syncImportFiles");
        imp.disableProperty().bind(vm.busyProperty());
        imp.setOnAction(e -> vm.importPaths(chooseFiles()));
        return buttonBar(export, imp);
    }

    private javafx.scene.layout.FlowPane centreButtons() {
        Button files = new Button(m.get("sync.ui.importFiles"));
        files.setId("syncImportFiles");
        files.getStyleClass().add("accent");
        files.disableProperty().bind(vm.busyProperty());
        files.setOnAction(e -> vm.importPaths(chooseFiles()));
        Button folder = new Button(m.get("sync.ui.importFolder"));
        folder.setId("syncImportFolder");
        folder.disableProperty().bind(vm.busyProperty());
        folder.setOnAction(e -> chooseFolder(m.get("sync.ui.importFolder")).ifPresent(p -> vm.importPaths(List.of(p))));
        Button feedback = new Button(m.get("sync.ui.feedback"));
        feedback.setId("syncFeedback");
        feedback.disableProperty().bind(vm.busyProperty());
        feedback.setOnAction(e -> chooseFolder(m.get("sync.ui.feedback")).ifPresent(vm::feedbackTo));
        TextField station = new TextField();
        station.setId("syncEnrolStation");
        station.setPromptText(m.get("sync.ui.stationCode"));
        station.setPrefColumnCount(6);
        Button enrol = new Button(m.get("sync.ui.enrol"));
        enrol.setId("syncEnrol");
        enrol.disableProperty().bind(vm.busyProperty().or(station.textProperty().isEmpty()));
        enrol.setOnAction(e -> chooseFolder(m.get("sync.ui.enrol")).ifPresent(p -> vm.enrol(station.getText().trim(), p)));
        return buttonBar(files, folder, feedback, station, enrol);
    }

    private TableView<StationSyncStatus> stationsTable() {
        TableView<StationSyncStatus> table = new TableView<>(vm.stations());
        table.setPlaceholder(new javafx.scene.control.Label(m.get("sync.page.noStations")));
        table.setId("syncStations");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(380);
        table.getColumns().add(column("sync.ui.col.station", s -> s.stationCode() + " " + s.stationName()));
        table.getColumns().add(column("sync.ui.col.lastPackage", s -> !s.enrolled() ? m.get("sync.ui.notEnrolled")
                : s.lastReceivedOn() == null ? "–"
                : m.format("sync.ui.packageOn", DateText.show(s.lastReceivedOn(), false), s.lastPackageNo())));
        table.getColumns().add(column("sync.ui.col.received", s -> s.enrolled() ? String.valueOf(s.receivedSeq()) : ""));
        table.getColumns().add(column("sync.ui.col.gaps", s -> s.gaps().isEmpty() ? "" : String.join(", ", s.gaps())));
        table.getColumns().add(column("sync.ui.col.acknowledged", s -> s.enrolled() ? String.valueOf(s.lastAckSent()) : ""));
        TableColumn<StationSyncStatus, String> days = column("sync.ui.col.days",
                s -> s.daysSinceContact() == null ? "" : String.valueOf(s.daysSinceContact()));
        table.getColumns().add(days);
        double[] widths = {170, 210, 120, 110, 110, 110};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
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

    private TableView<SyncService.ReceivedPackage> reportsTable() {
        TableView<SyncService.ReceivedPackage> table = new TableView<>(vm.received());
        table.setPlaceholder(new javafx.scene.control.Label(m.get("sync.page.noPackages")));
        table.setId("syncReports");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("sync.ui.col.receivedAt", p -> DateText.show(p.log().handledAt().toLocalDate(), false)));
        table.getColumns().add(column("sync.ui.col.from", p -> p.log().source() + " · " + p.log().packageNo()));
        table.getColumns().add(column("sync.ui.col.file", p -> p.log().fileName()));
        TableColumn<SyncService.ReceivedPackage, String> lines = column("sync.ui.col.report",
                p -> p.lines().stream().map(l -> l.table() + " " + l.added() + "/" + l.updated() + "/" + l.unchanged()
                        + "/" + l.refused()).reduce((a, b) -> a + " · " + b).orElse(""));
        table.getColumns().add(lines);
        double[] widths = {100, 110, 290, 420};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setPrefHeight(180);
        return table;
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private java.util.Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = chooser.showDialog(root.getScene().getWindow());
        return java.util.Optional.ofNullable(dir).map(File::toPath);
    }

    private List<Path> chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("sync.ui.importFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("sync.ui.packages"), "*.tyt"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
