package vn.tramyte.sync.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.person.PersonRow;
import vn.tramyte.sync.StationSyncStatus;

/** The transfer tab of a centre's sync page: find the person, choose the station, confirm. */
final class TransferView {
    private final TransferViewModel vm;
    private final Messages m;

    TransferView(TransferViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
    }

    Parent root() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12, 0, 0, 0));
        Label explain = new Label(m.get("sync.transfer.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);

        TextField search = new TextField();
        search.setId("transferSearch");
        search.setPromptText(m.get("sync.transfer.searchPrompt"));
        search.setPrefColumnCount(30);
        search.textProperty().bindBidirectional(vm.transferQueryProperty());
        search.setOnAction(e -> vm.searchPeople());
        Button find = new Button(m.get("sync.transfer.find"));
        find.setId("transferFind");
        find.setMinWidth(Region.USE_PREF_SIZE);
        find.setDefaultButton(false);
        find.setOnAction(e -> vm.searchPeople());
        HBox searchRow = new HBox(8, search, find);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        TableView<PersonRow> people = new TableView<>(vm.found());
        people.setId("transferPeople");
        people.setPlaceholder(new Label(m.get("sync.transfer.placeholder")));
        people.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        people.getColumns().add(column("sync.transfer.col.name", PersonRow::fullName));
        people.getColumns().add(column("sync.transfer.col.birth", p -> DateText.show(p.birthDate(), p.birthYearOnly())));
        people.getColumns().add(column("sync.transfer.col.mother", p -> p.motherName() == null ? "" : p.motherName()));
        people.getColumns().add(column("sync.transfer.col.village", p -> p.villageName() == null ? "" : p.villageName()));
        people.getColumns().add(column("sync.transfer.col.station", p -> vm.stationLabel(p.stationCode())));
        double[] widths = {210, 120, 200, 160, 200};
        for (int i = 0; i < widths.length; i++) {
            people.getColumns().get(i).setPrefWidth(widths[i]);
        }
        people.setPrefHeight(260);
        people.setMinHeight(120);
        VBox.setVgrow(people, Priority.ALWAYS);
        people.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.transferPersonProperty().set(now));
        vm.transferPersonProperty().addListener((o, was, now) -> {
            if (now == null) {
                people.getSelectionModel().clearSelection();
            }
        });

        Label to = new Label(m.get("sync.transfer.toStation"));
        to.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<StationSyncStatus> station = new ComboBox<>(vm.transferTargets());
        station.setId("transferStation");
        station.setPromptText(m.get("sync.transfer.chooseStation"));
        station.setButtonCell(stationCell(m.get("sync.transfer.chooseStation")));
        station.setCellFactory(l -> stationCell(""));
        station.setPrefWidth(430); // the whole prompt, in English too
        station.valueProperty().bindBidirectional(vm.transferTargetProperty());
        station.disableProperty().bind(vm.transferPersonProperty().isNull());
        Label noStation = new Label(m.get("sync.transfer.noStations"));
        noStation.setWrapText(true);
        noStation.getStyleClass().add("text-muted");
        noStation.visibleProperty().bind(Bindings.isEmpty(vm.transferTargets())
                .and(vm.transferPersonProperty().isNotNull()));
        noStation.managedProperty().bind(noStation.visibleProperty());
        HBox stationRow = new HBox(8, to, station, noStation);
        stationRow.setAlignment(Pos.CENTER_LEFT);

        Label confirm = new Label();
        confirm.setId("transferConfirmText");
        confirm.setWrapText(true);
        confirm.setMinHeight(Region.USE_PREF_SIZE);
        confirm.textProperty().bind(vm.transferConfirmationProperty());
        confirm.visibleProperty().bind(vm.transferConfirmationProperty().isNotEmpty());
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.getStyleClass().add("text-bold");
        Button move = new Button(m.get("sync.transfer.confirmButton"));
        move.setId("transferConfirm");
        move.getStyleClass().add("accent");
        move.setMinWidth(Region.USE_PREF_SIZE);
        move.disableProperty().bind(vm.busyProperty().or(vm.transferConfirmationProperty().isEmpty()));
        move.setOnAction(e -> vm.transfer());

        Label result = new Label();
        result.setId("transferResult");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().bind(vm.transferResultProperty());
        SyncView.errorStyle(result, vm.transferFailedProperty());

        box.getChildren().addAll(explain, searchRow, people, stationRow, confirm, move, result);
        return box;
    }

    /** "03640 Tà Gia"; the button shows the prompt while none is chosen. */
    private static ListCell<StationSyncStatus> stationCell(String prompt) {
        return new ListCell<>() {
            @Override
            protected void updateItem(StationSyncStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : item.stationCode() + " " + item.stationName());
            }
        };
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
