package vn.tramyte.vaccination.ui;

import java.io.File;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import vn.tramyte.common.Messages;
import vn.tramyte.common.DateText;
import vn.tramyte.common.ui.TableHeaders;
import vn.tramyte.person.PersonRow;
import vn.tramyte.place.ui.CommuneChoice;
import vn.tramyte.vaccination.DosePlace;
import vn.tramyte.vaccination.ExportFormat;
import vn.tramyte.vaccination.RegisterRow;
import vn.tramyte.vaccination.RegisterTally;
import vn.tramyte.vaccination.Vaccine;

/** The vaccination page: the card and dose entry, the due list, defaulters, register A2.1. */
public final class VaccinationView {
    private final VaccinationViewModel vm;
    private final Messages m;
    private final TabPane tabs = new TabPane();
    private final TextField search = new TextField();
    private final ListView<PersonRow> results = new ListView<>();
    private final VBox choiceBox = new VBox(6);

    public VaccinationView(VaccinationViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("page");
        Tab card = new Tab(m.get("vaccination.tab.card"), cardTab());
        card.setId("tabCard");
        Tab due = new Tab(m.get("vaccination.tab.due"), dueTab(false));
        due.setId("tabDue");
        Tab late = new Tab(m.get("vaccination.tab.defaulters"), dueTab(true));
        late.setId("tabDefaulters");
        Tab register = new Tab(m.get("vaccination.tab.register"), registerTab());
        register.setId("tabRegister");
        tabs.getTabs().addAll(card, due, late, register);
        vm.refresh();
        // the page opens ready to type: keyboard-only entry starts in the search field
        search.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(search::requestFocus);
            }
        });
    }

    public Parent root() {
        return tabs;
    }

    // ---- the card and dose entry

    private Parent cardTab() {
        search.setId("vaxSearch");
        search.setPromptText(m.get("vaccination.ui.searchPrompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER && !vm.matches().isEmpty()) {
                results.requestFocus();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
                if (e.getCode() == KeyCode.ENTER) {
                    chooseSelected();
                }
                e.consume();
            }
        });
        results.setId("vaxResults");
        results.setItems(vm.matches());
        Label hint = new Label(m.get("vaccination.ui.searchHint"));
        hint.setWrapText(true);
        hint.setPadding(new Insets(8));
        hint.getStyleClass().add("text-muted");
        results.setPlaceholder(hint);
        results.setPrefHeight(130);
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonRow p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : vm.personText(p).replaceFirst(" · ", "\n"));
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseSelected();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> chooseSelected());
        VBox left = new VBox(8, search, results, entry());
        left.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.setPrefWidth(330);
        leftScroll.setMinWidth(300);
        leftScroll.getStyleClass().add("edge-to-edge");

        Label who = new Label();
        who.setId("vaxPerson");
        who.getStyleClass().add("title-3");
        who.setWrapText(true);
        who.textProperty().bind(vm.personSummaryProperty());
        Label full = new Label();
        full.setId("vaxFullImmunization");
        full.setWrapText(true);
        full.getStyleClass().add("text-bold");
        full.textProperty().bind(vm.fullImmunizationProperty());

        TableView<CardLine> card = new TableView<>(vm.card());
        card.setId("vaxCard");
        card.setPlaceholder(new Label(m.get("vaccination.ui.noCard")));
        card.getColumns().add(col("vaccination.col.vaccine", CardLine::name, 235));
        TableColumn<CardLine, String> status = col("vaccination.col.status", CardLine::statusText, 130);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("card-given", "card-due", "card-overdue", "card-invalid", "card-not-yet",
                        "card-not-applicable");
                setText(empty ? null : item);
                CardLine line = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (line != null) {
                    getStyleClass().add(line.styleClass());
                }
            }
        });
        card.getColumns().add(status);
        card.getColumns().add(col("vaccination.col.date", CardLine::dateText, 130));
        TableColumn<CardLine, String> note = col("vaccination.col.note", CardLine::note, 120);
        note.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
                getStyleClass().remove("warning-text");
                if (!empty && item != null && !item.isEmpty()) {
                    getStyleClass().add("warning-text");
                }
            }
        });
        card.getColumns().add(note);
        card.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        card.setPrefHeight(330);
        card.setFocusTraversable(false);

        ListView<String> history = new ListView<>(vm.history());
        history.setId("vaxHistory");
        history.setPrefHeight(110);
        history.setFocusTraversable(false);
        history.setPlaceholder(new Label(m.get("vaccination.ui.noDoses")));

        VBox middle = new VBox(8, who, full, card, new Label(m.get("vaccination.ui.history")), history);
        VBox.setVgrow(card, Priority.ALWAYS);
        HBox.setHgrow(middle, Priority.ALWAYS);

        HBox top = new HBox(16, leftScroll, middle);
        top.setPadding(new Insets(12));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        VBox page = new VBox(error, top);
        VBox.setVgrow(top, Priority.ALWAYS);
        return page;
    }

    private void chooseSelected() {
        PersonRow p = results.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        vm.choose(p);
        focusFirstChoiceWhenReady();
    }

    private void focusFirstChoiceWhenReady() {
        if (!choiceBox.getChildren().isEmpty() && choiceBox.getChildren().get(0) instanceof CheckBox) {
            choiceBox.getChildren().get(0).requestFocus();
        }
        vm.choices().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends DoseChoice> c) {
                vm.choices().removeListener(this);
                javafx.application.Platform.runLater(() -> {
                    if (!choiceBox.getChildren().isEmpty()) {
                        choiceBox.getChildren().get(0).requestFocus();
                    }
                });
            }
        });
    }

    private Parent entry() {
        Label title = new Label(m.get("vaccination.ui.recordTitle"));
        title.getStyleClass().add("title-4");
        DatePicker date = datePicker("doseDate");
        date.valueProperty().bindBidirectional(vm.doseDateProperty());
        ComboBox<DosePlace> place = new ComboBox<>();
        place.setId("dosePlace");
        place.getItems().setAll(DosePlace.values());
        place.setConverter(converter(p -> p == null ? "" : m.get(p.messageKey())));
        place.valueProperty().bindBidirectional(vm.placeProperty());
        TextField lot = new TextField();
        lot.setId("doseLot");
        lot.setPromptText(m.get("vaccination.ui.lotPrompt"));
        lot.textProperty().bindBidirectional(vm.lotProperty());
        CheckBox paper = new CheckBox(m.get("vaccination.ui.paperCard"));
        paper.setWrapText(true);
        paper.setId("dosePaperCard");
        paper.selectedProperty().bindBidirectional(vm.paperCardProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, formLabel("vaccination.ui.date"), date);
        form.addRow(1, formLabel("vaccination.ui.place"), place);
        form.addRow(2, formLabel("vaccination.ui.lot"), lot);
        form.add(paper, 1, 3);

        choiceBox.setId("doseChoices");
        vm.choices().addListener((ListChangeListener<DoseChoice>) c -> rebuildChoices());
        // a child with nothing due after another with nothing due: the list does not change, the sentence must show
        vm.personProperty().addListener((o, was, now) -> rebuildChoices());
        Label choicesTitle = new Label(m.get("vaccination.ui.dosesToGive"));
        choicesTitle.getStyleClass().add("text-bold");
        choicesTitle.setWrapText(true);
        ComboBox<Vaccine> other = new ComboBox<>(vm.otherVaccines());
        other.setId("otherVaccine");
        other.setPromptText(m.get("vaccination.ui.otherDose"));
        other.setPrefWidth(140);
        other.setConverter(converter(v -> v == null ? "" : v.name(m.language())));
        other.setMaxWidth(Double.MAX_VALUE);
        other.setOnAction(e -> {
            Vaccine v = other.getValue();
            if (v != null) {
                vm.addOther(v);
                javafx.application.Platform.runLater(() -> other.getSelectionModel().clearSelection());
            }
        });
        Button save = new Button(m.get("vaccination.ui.save"));
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setId("saveDoses");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.busyProperty().or(vm.personProperty().isNull()));
        Label saved = new Label();
        saved.setId("dosesSaved");
        saved.setWrapText(true);
        saved.getStyleClass().add("success-text");
        saved.textProperty().bind(vm.savedMessageProperty());
        VBox problems = sentences(vm.problems(), "doseProblems", "error-text");
        VBox warnings = sentences(vm.warnings(), "doseWarnings", "warning-text");
        ScrollPane choicesScroll = new ScrollPane(choiceBox);
        choicesScroll.setFitToWidth(true);
        choicesScroll.setPrefHeight(130);
        choicesScroll.setMinHeight(90);
        choicesScroll.setFocusTraversable(false);
        HBox actions = new HBox(8, other, save);
        HBox.setHgrow(other, Priority.ALWAYS);
        other.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, title, saved, problems, warnings, form, choicesTitle, choicesScroll, actions);
        saved.visibleProperty().bind(saved.textProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        // after a save the next child can be typed at once
        vm.savedMessageProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                search.requestFocus();
                search.selectAll();
            }
        });
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && (e.getTarget() instanceof CheckBox || e.getTarget() == lot)) {
                vm.save();
                e.consume();
            }
        });
        if (!vm.canEdit()) {
            box.setDisable(true);
            Label note = new Label(m.get("vaccination.error.centreReadOnly"));
            note.setWrapText(true);
            return new VBox(8, note, box);
        }
        return box;
    }

    private Label formLabel(String key) {
        Label l = new Label(m.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void rebuildChoices() {
        choiceBox.getChildren().clear();
        if (vm.choices().isEmpty()) {
            Label none = new Label(vm.personProperty().get() == null ? "" : m.get("vaccination.ui.nothingDueToday"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            choiceBox.getChildren().add(none);
            return;
        }
        for (DoseChoice c : vm.choices()) {
            CheckBox box = new CheckBox(c.label());
            box.setId("dose-" + c.vaccine().code());
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(c.selectedProperty());
            choiceBox.getChildren().add(box);
        }
    }

    private static VBox sentences(javafx.collections.ObservableList<String> list, String id, String style) {
        VBox box = new VBox(4);
        box.setId(id);
        box.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(box.getChildren()));
        list.addListener((ListChangeListener<String>) c -> {
            box.getChildren().clear();
            for (String s : list) {
                Label l = new Label(s);
                l.setWrapText(true);
                l.getStyleClass().add(style);
                box.getChildren().add(l);
            }
        });
        return box;
    }

    // ---- due list and defaulters

    private Parent dueTab(boolean defaulters) {
        String prefix = defaulters ? "late" : "due";
        DatePicker day = datePicker(prefix + "Day");
        day.valueProperty().bindBidirectional(vm.dueDayProperty());
        ComboBox<String> village = new ComboBox<>(vm.villages());
        village.setId(prefix + "Village");
        village.setConverter(converter(v -> v == null || v.isEmpty() ? m.get("vaccination.allVillages") : v));
        village.valueProperty().bindBidirectional(vm.dueVillageProperty());
        // with a centre's commune choice the row may not fit 1366 px: it wraps, each label beside its field
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(10, 8,
                labelled(new Label(m.get("vaccination.ui.day")), day),
                CommuneChoice.picker(vm.communes(), m, prefix + "Commune"),
                labelled(new Label(m.get("vaccination.col.village")), village));
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox exports = new HBox(10);
        for (ExportFormat f : ExportFormat.values()) {
            Button b = new Button(m.format("vaccination.ui.export", f.name()));
            b.setId(prefix + "Export" + f.name());
            b.setOnAction(e -> export(f, defaulters));
            exports.getChildren().add(b);
        }
        filters.getChildren().add(exports);
        TableView<DueLine> table = new TableView<>(defaulters ? vm.defaulterLines() : vm.dueLines());
        table.setId(defaulters ? "defaulterTable" : "dueTable");
        table.setPlaceholder(new Label(m.get("vaccination.ui.nothingDue")));
        table.getColumns().add(dcol("vaccination.col.name", l -> l.isHeading() ? l.heading() : l.row().child().name(), 200));
        table.getColumns().add(1, CommuneChoice.column(vm.communes(), m,
                DueLine::commune, 115));
        table.getColumns().add(dcol("vaccination.col.birthDate",
                l -> l.isHeading() ? "" : DateText.show(l.row().child().birthDate(), false), 100));
        table.getColumns().add(dcol("vaccination.col.mother",
                l -> l.isHeading() || l.row().child().motherName() == null ? "" : l.row().child().motherName(), 150));
        table.getColumns().add(dcol("vaccination.col.vaccine",
                l -> l.isHeading() ? "" : l.row().vaccine().name(m.language()), 240));
        table.getColumns().add(dcol("vaccination.col.dueDate", l -> l.isHeading() ? "" : vm.dueText(l.row()), 100));
        // wide enough for "Quá hạn 3 năm 11 tháng · tiêm lại"
        table.getColumns().add(dcol("vaccination.col.status", l -> l.isHeading() ? "" : vm.statusText(l.row()), 280));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DueLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("due-heading", "due-overdue");
                if (!empty && item != null) {
                    if (item.isHeading()) {
                        getStyleClass().add("due-heading");
                    } else if (item.row().status() == vn.tramyte.vaccination.DueStatus.OVERDUE) {
                        getStyleClass().add("due-overdue");
                    }
                }
            }
        });
        Label summary = new Label();
        summary.setId(defaulters ? "defaulterSummary" : "dueTotals");
        summary.setWrapText(true);
        // a centre's totals run over several lines: the table gives way, not the totals
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.getStyleClass().add("text-bold");
        summary.textProperty().bind(defaulters ? vm.defaulterSummaryProperty() : vm.dueTotalsProperty());
        Label info = new Label();
        info.getStyleClass().add("text-muted");
        info.textProperty().bind(vm.infoProperty());
        VBox box = new VBox(10, filters, summary, table, info);
        if (defaulters) {
            Label explain = new Label(m.get("vaccination.ui.defaultersExplain"));
            explain.setWrapText(true);
            explain.getStyleClass().add("text-muted");
            box.getChildren().add(1, explain);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private static HBox labelled(Label label, Node field) {
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(10, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void export(ExportFormat format, boolean defaulters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.format("vaccination.ui.export", format.name()));
        LocalDate d = vm.dueDayProperty().get();
        chooser.setInitialFileName((defaulters ? "bo-mui-" : "den-han-") + d + "." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
        File f = chooser.showSaveDialog(tabs.getScene().getWindow());
        if (f != null) {
            vm.exportDueList(f.toPath(), format, defaulters);
        }
    }

    // ---- register A2.1

    private Parent registerTab() {
        ComboBox<Integer> year = new ComboBox<>(vm.registerYears());
        year.setId("registerYear");
        year.valueProperty().bindBidirectional(vm.registerYearProperty());
        Button print = new Button(m.get("vaccination.ui.printRegister"));
        print.setId("printRegister");
        print.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("so-A2.1-" + vm.registerYearProperty().get() + ".pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File f = chooser.showSaveDialog(tabs.getScene().getWindow());
            if (f != null) {
                vm.printRegister(f.toPath());
            }
        });
        Label summary = new Label();
        summary.setId("registerSummary");
        summary.textProperty().bind(vm.registerSummaryProperty());
        // at a centre the figures are per commune, in the table beside the register
        summary.visibleProperty().bind(vm.communes().shownProperty().not());
        summary.managedProperty().bind(summary.visibleProperty());
        HBox filters = new HBox(10, new Label(m.get("vaccination.ui.birthYear")), year,
                CommuneChoice.picker(vm.communes(), m, "registerCommune"), print, summary);
        filters.setAlignment(Pos.CENTER_LEFT);
        TableView<RegisterRow> table = new TableView<>(vm.register());
        table.setId("registerTable");
        table.setPlaceholder(new Label(m.get("vaccination.ui.registerEmpty")));
        table.getColumns().add(rcol(m.get("vaccination.col.name"), r -> r.child().fullName(), 170));
        table.getColumns().add(CommuneChoice.column(vm.communes(), m,
                r -> vm.communes().name(r.child().stationCode()), 115));
        table.getColumns().add(rcol(m.get("vaccination.col.birthDate"),
                r -> DateText.show(r.child().birthDate(), false), 100));
        table.getColumns().add(rcol(m.get("vaccination.col.mother"),
                r -> r.child().motherName() == null ? "" : r.child().motherName(), 140));
        table.getColumns().add(rcol(m.get("vaccination.col.village"),
                r -> r.child().villageName() == null ? "" : r.child().villageName(), 120));
        java.time.format.DateTimeFormatter shortDate = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yy");
        for (Vaccine v : vm.registerColumns()) {
            table.getColumns().add(rcol(TableHeaders.lines(v.name(m.language()), 16),
                    r -> r.date(v.code()) == null ? "" : shortDate.format(r.date(v.code())), 86));
        }
        table.getColumns().add(rcol(m.get("vaccination.col.fullImmunization"), r -> r.fullImmunization().completed()
                ? shortDate.format(r.fullImmunization().completedOn()) : "", 90));
        Label info = new Label();
        info.getStyleClass().add("text-muted");
        info.textProperty().bind(vm.infoProperty());
        HBox tables = new HBox(10, tallyTable(), table);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, filters, tables, info);
        VBox.setVgrow(tables, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    /** A centre's A2.1 figures, one row per commune (children, fully immunized); not shown at a station. */
    private TableView<RegisterTally> tallyTable() {
        TableView<RegisterTally> tallies = new TableView<>(vm.registerTallies());
        tallies.setId("registerTallies");
        tallies.setPlaceholder(new Label(""));
        tallies.getColumns().add(rcolOf(m.get("communes.col.commune"), t -> vm.communes().name(t.stationCode()), 120));
        tallies.getColumns().add(rcolOf(m.get("vaccination.col.children"), t -> Integer.toString(t.children()), 70));
        tallies.getColumns().add(rcolOf(m.get("vaccination.col.fullImmunization"),
                t -> Integer.toString(t.fullyImmunized()), 70));
        tallies.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tallies.setPrefWidth(280);
        tallies.setMinWidth(260);
        tallies.visibleProperty().bind(vm.communes().shownProperty());
        tallies.managedProperty().bind(tallies.visibleProperty());
        tallies.setFocusTraversable(false);
        return tallies;
    }

    private static <S> TableColumn<S, String> rcolOf(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    // ---- helpers

    private DatePicker datePicker(String id) {
        DatePicker d = new DatePicker();
        d.setId(id);
        d.setConverter(vn.tramyte.common.ui.DateFields.converter(d));
        return d;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private TableColumn<CardLine, String> col(String key, Function<CardLine, String> value, double width) {
        TableColumn<CardLine, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setSortable(false);
        return c;
    }

    private TableColumn<DueLine, String> dcol(String key, Function<DueLine, String> value, double width) {
        TableColumn<DueLine, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 110));
        c.setSortable(false);
        return c;
    }

    private static TableColumn<RegisterRow, String> rcol(String title, Function<RegisterRow, String> value,
                                                         double width) {
        TableColumn<RegisterRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }

    @SuppressWarnings("unused")
    private static Node spacer() {
        return new javafx.scene.layout.Region();
    }
}
