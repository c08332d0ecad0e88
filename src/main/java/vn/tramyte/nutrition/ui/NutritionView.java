package vn.tramyte.nutrition.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.tramyte.common.Messages;
import vn.tramyte.nutrition.Child;
import vn.tramyte.nutrition.ScreeningRow;
import vn.tramyte.nutrition.growth.Indicator;
import vn.tramyte.person.Age;
import vn.tramyte.place.ui.CommuneChoice;
import vn.tramyte.common.DateText;

/** The nutrition page: screening day, malnourished children, growth chart. */
public final class NutritionView {
    private final NutritionViewModel vm;
    private final Messages m;
    private final ZScoreText text;
    private final TabPane tabs = new TabPane();
    private final TableView<ScreeningRow> screening = new TableView<>();
    private MeasurementEntryView entry;

    public NutritionView(NutritionViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.text = new ZScoreText(messages);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("page");
        Tab day = new Tab(m.get("nutrition.tab.screening"), screeningTab());
        day.setId("tabScreening");
        Tab sick = new Tab(m.get("nutrition.tab.malnourished"), malnourishedTab());
        sick.setId("tabMalnourished");
        Tab chart = new Tab(m.get("nutrition.tab.chart"), new GrowthChartView(vm, m).root());
        chart.setId("tabChart");
        tabs.getTabs().addAll(day, sick, chart);
        vm.malnourishedList().shownProperty().bind(sick.selectedProperty()); // read for a tab someone opens
        vm.refresh();
    }

    public Parent root() {
        return tabs;
    }

    private Parent screeningTab() {
        DatePicker date = new DatePicker();
        date.setId("screeningDate");
        date.setConverter(vn.tramyte.common.ui.DateFields.converter(date));
        date.valueProperty().bindBidirectional(vm.dateProperty());
        ComboBox<String> village = new ComboBox<>(vm.villages());
        village.setId("screeningVillage");
        village.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null || v.isEmpty() ? m.get("nutrition.screening.allVillages") : v;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        village.valueProperty().bindBidirectional(vm.villageProperty());
        Label summary = new Label();
        summary.setId("screeningSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(vm.summaryProperty());
        HBox filters = new HBox(12, new Label(m.get("nutrition.screening.date")), date,
                CommuneChoice.picker(vm.communes(), m, "screeningCommune"),
                new Label(m.get("nutrition.screening.village")), village, summary);
        filters.setAlignment(Pos.CENTER_LEFT);

        screening.setId("screeningTable");
        screening.setItems(vm.screening());
        screening.setPlaceholder(new Label(m.get("nutrition.screening.empty")));
        addChildColumns(screening);
        TableColumn<ScreeningRow, String> weight = column("nutrition.col.weight",
                r -> r.measured() ? text.number(r.measurement().weightKg(), 1) : "", 75);
        TableColumn<ScreeningRow, String> length = column("nutrition.col.length",
                r -> r.measured() ? text.number(r.measurement().lengthCm(), 1) : "", 80);
        // numbers of five characters: the room left goes to the names, not to these
        weight.setMaxWidth(90);
        length.setMaxWidth(90);
        screening.getColumns().add(weight);
        screening.getColumns().add(length);
        for (Indicator i : new Indicator[] {Indicator.WAZ, Indicator.HAZ, Indicator.WHZ}) {
            screening.getColumns().add(zColumn(i, false));
        }
        screening.getColumns().add(column("nutrition.col.came",
                r -> m.get(r.measured() ? "nutrition.screening.came" : "nutrition.screening.notYet"), 90));
        screening.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(screening, Priority.ALWAYS);

        entry = new MeasurementEntryView(vm.entry(), m, vm.canEdit(), this::afterSave);
        screening.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));
        screening.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && vm.canEdit()) {
                entry.focusWeight();
            }
        });
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        VBox box = new VBox(10, filters, error, screening, entry.root());
        if (!vm.canEdit()) {
            Label note = new Label(m.get("nutrition.centreReadOnly"));
            note.getStyleClass().add("text-muted");
            box.getChildren().add(1, note);
        }
        box.setPadding(new Insets(12));
        return box;
    }

    /** After a save the list refreshes; the next child who has not come yet is put into the form. */
    private void afterSave(Child saved) {
        int index = screening.getSelectionModel().getSelectedIndex();
        vm.saved(saved);
        vm.screening().addListener(new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends ScreeningRow> c) {
                vm.screening().removeListener(this);
                int next = Math.min(index + 1, vm.screening().size() - 1);
                if (next >= 0) {
                    screening.getSelectionModel().select(next);
                    screening.scrollTo(next);
                    entry.focusWeight();
                }
            }
        });
    }

    private Parent malnourishedTab() {
        TableView<ScreeningRow> table = new TableView<>(vm.malnourished());
        table.setId("malnourishedTable");
        vm.malnourishedList().placeholder(table, m, "nutrition.malnourished.empty");
        addChildColumns(table);
        table.getColumns().add(column("nutrition.col.lastMeasured",
                r -> DateText.show(r.measurement().date(), false), 110));
        for (Indicator i : new Indicator[] {Indicator.WAZ, Indicator.HAZ, Indicator.WHZ}) {
            table.getColumns().add(zColumn(i, true));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.chartChildProperty().set(b.child());
            }
        });
        Label explain = new Label(m.get("nutrition.malnourished.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        VBox box = new VBox(10, CommuneChoice.picker(vm.communes(), m, "malnourishedCommune"), explain, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private void addChildColumns(TableView<ScreeningRow> table) {
        TableColumn<ScreeningRow, String> name = column("people.col.name", r -> r.child().fullName(), 165);
        name.setMinWidth(150);
        table.getColumns().add(name);
        table.getColumns().add(CommuneChoice.column(vm.communes(), m, r -> vm.communes().name(r.child().stationCode()),
                115));
        table.getColumns().add(column("people.col.age", r -> {
            Age age = Age.between(r.child().birthDate(), vm.dateProperty().get());
            return m.format(age.messageKey(), age.value());
        }, 80));
        table.getColumns().get(table.getColumns().size() - 1).setMinWidth(82); // "23 tháng" whole
        table.getColumns().add(column("people.col.village",
                r -> r.child().villageName() == null ? "" : r.child().villageName(), 115));
        table.getColumns().add(column("people.col.mother",
                r -> r.child().motherName() == null ? "" : r.child().motherName(), 140));
        table.getColumns().get(table.getColumns().size() - 1).setMinWidth(130); // the mother's name, as the child's
    }

    /** @param whole never narrower than "−3,40 Nặng" in bold (the malnourished list: the word says severe) */
    private TableColumn<ScreeningRow, String> zColumn(Indicator indicator, boolean whole) {
        TableColumn<ScreeningRow, String> c = column(columnKey(indicator),
                r -> r.measured() ? text.shortLine(r.assessment(), indicator) : "", 112);
        if (whole) {
            c.setMinWidth(112);
        }
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("status-normal", "status-moderate", "status-severe", "status-overweight");
                setText(empty ? null : item);
                ScreeningRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.measured()) {
                    row.assessment().status(indicator).map(ZScoreText::styleClass)
                            .ifPresent(getStyleClass()::add);
                }
            }
        });
        return c;
    }

    private TableColumn<ScreeningRow, String> column(String key, Function<ScreeningRow, String> value, double width) {
        TableColumn<ScreeningRow, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String columnKey(Indicator indicator) {
        switch (indicator) {
            case WAZ:
                return "nutrition.col.waz";
            case HAZ:
                return "nutrition.col.haz";
            case WHZ:
                return "nutrition.col.whz";
            default:
                return "nutrition.col.baz";
        }
    }
}
