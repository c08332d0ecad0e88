package vn.tramyte.antenatal.ui;

import static vn.tramyte.antenatal.ui.AntenatalText.nz;
import static vn.tramyte.common.ui.Forms.column;
import static vn.tramyte.common.ui.Forms.show;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tramyte.antenatal.AncVisit;
import vn.tramyte.antenatal.CardFlag;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.antenatal.PregnancyDates;
import vn.tramyte.antenatal.StoredBirth;
import vn.tramyte.antenatal.StoredVisit;
import vn.tramyte.antenatal.TetanusDose;
import vn.tramyte.antenatal.Trimester;
import vn.tramyte.antenatal.ui.PregnantListViewModel.ListKind;
import vn.tramyte.common.Messages;
import vn.tramyte.common.ui.Forms;
import vn.tramyte.place.ui.CommuneChoice;

/** The first tab of the antenatal page: the working list, the chosen woman's card, her visits and the visit form. */
final class PregnantListView {
    private final AntenatalViewModel page;
    private final PregnantListViewModel vm;
    private final AntenatalText text;
    private final Messages m;
    private final Runnable showPregnancyForm;

    /** {@code showPregnancyForm} brings the pregnancy tab forward once a pregnancy is put there to correct. */
    PregnantListView(AntenatalViewModel page, AntenatalText text, Messages messages, Runnable showPregnancyForm) {
        this.page = page;
        this.vm = page.pregnant();
        this.text = text;
        this.m = messages;
        this.showPregnancyForm = showPregnancyForm;
    }

    Parent build() {
        ComboBox<ListKind> kind = Forms.choice("antenatalListKind", Arrays.asList(ListKind.values()),
                k -> m.get(switch (k) {
                    case DUE_SOON -> "antenatal.list.dueSoon";
                    case NO_VISIT_THIS_TRIMESTER -> "antenatal.list.noVisitThisTrimester";
                    default -> "antenatal.list.pregnant";
                }), m.get("antenatal.list.pregnant"), vm.listKindProperty());
        Spinner<Integer> weeks = new Spinner<>(1, 40, vm.dueWeeksProperty().get());
        weeks.setId("antenatalDueWeeks");
        weeks.setPrefWidth(80);
        weeks.valueProperty().addListener((o, a, b) -> vm.dueWeeksProperty().set(b));
        // the weeks ahead count only for the list of women due to deliver soon
        Label weeksLabel = new Label(m.get("antenatal.list.weeks"));
        weeksLabel.setTooltip(new Tooltip(m.get("antenatal.list.weeksExplain")));
        weeks.setTooltip(new Tooltip(m.get("antenatal.list.weeksExplain")));
        weeksLabel.disableProperty().bind(vm.listKindProperty().isNotEqualTo(ListKind.DUE_SOON));
        weeks.disableProperty().bind(weeksLabel.disableProperty());
        HBox filters = new HBox(12, CommuneChoice.picker(page.communes(), m, "antenatalCommune"),
                new Label(m.get("antenatal.list.show")), kind, weeksLabel, weeks);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<PregnancyCard> table = pregnantTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(10, filters, table);
        left.setPadding(new Insets(12));
        SplitPane split = new SplitPane(left, cardAndVisits());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        return split;
    }

    private TableView<PregnancyCard> pregnantTable() {
        TableView<PregnancyCard> table = new TableView<>(vm.list());
        table.setId("pregnantTable");
        table.setPlaceholder(new Label(m.get("antenatal.list.empty")));
        table.getColumns().add(column(m, "antenatal.col.woman", c -> c.woman().fullName(), 150));
        table.getColumns().add(text.communeColumn());
        table.getColumns().add(column(m, "antenatal.col.village", c -> nz(c.woman().villageName()), 105));
        table.getColumns().add(column(m, "antenatal.col.edd", c -> show(c.pregnancy().edd()), 105));
        table.getColumns().add(column(m, "antenatal.col.gestationalAge", c -> text.ga(c.assessment().gestationalAge()),
                130));
        table.getColumns().add(column(m, "antenatal.col.trimester",
                c -> m.get(c.assessment().gestationalAge().trimester().messageKey()), 110));
        table.getColumns().add(explained(column(m, "antenatal.col.visits", PregnantListView::visitsPerTrimester, 100),
                "antenatal.col.visitsExplain", this::visitsSpelledOut));
        table.getColumns().add(column(m, "antenatal.col.flags", text::flags, 200));
        Forms.fill(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b);
            }
        });
        return table;
    }

    /** The card, the visits (one removable) and, for a woman not yet delivered, the visit form. */
    private HBox cardAndVisits() {
        VBox card = new VBox(6);
        card.setId("pregnancyCard");
        card.setPadding(new Insets(8, 12, 8, 12));
        card.setPrefWidth(300);
        card.setMinWidth(260);
        TableView<StoredVisit> visits = visitTable();
        VBox visitBox = new VBox(6, visits);
        VBox.setVgrow(visits, Priority.ALWAYS);
        if (page.canEdit()) {
            Button remove = new Button(m.get("antenatal.form.removeVisit"));
            remove.setId("removeVisit");
            remove.disableProperty().bind(visits.getSelectionModel().selectedItemProperty().isNull());
            remove.setOnAction(e -> vm.removeVisit(visits.getSelectionModel().getSelectedItem()));
            visitBox.getChildren().add(remove);
        }
        HBox.setHgrow(visitBox, Priority.ALWAYS);
        VBox cardBox = new VBox(6, card);
        if (page.canEdit()) {
            Button edit = new Button(m.get("antenatal.form.editPregnancy"));
            edit.setId("editPregnancy");
            edit.disableProperty().bind(vm.selectedProperty().isNull());
            edit.setOnAction(e -> {
                page.editSelectedPregnancy();
                showPregnancyForm.run();
            });
            cardBox.getChildren().add(edit);
            cardBox.setPadding(new Insets(0, 0, 0, 12));
        }
        HBox bottom = new HBox(8, cardBox, visitBox);
        if (page.canEdit()) {
            ScrollPane form = new ScrollPane(VisitFormView.of(page.visit(), text, m));
            form.setFitToWidth(true);
            form.setPrefWidth(400);
            form.setMinWidth(380);
            form.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> vm.selected().map(c -> c.delivery() == null).orElse(false), vm.selectedProperty()));
            form.managedProperty().bind(form.visibleProperty());
            bottom.getChildren().add(form);
        }
        bottom.setPadding(new Insets(0, 12, 8, 0));
        vm.selectedProperty().addListener((o, a, b) -> showCard(card, visits, b));
        showCard(card, visits, null);
        return bottom;
    }

    private TableView<StoredVisit> visitTable() {
        TableView<StoredVisit> visits = new TableView<>();
        visits.setId("visitTable");
        visits.setPlaceholder(new Label(m.get("antenatal.card.noVisits")));
        visits.getColumns().add(column(m, "antenatal.col.date", v -> show(v.visit().date()), 85));
        visits.getColumns().add(explained(column(m, "antenatal.col.week", v -> vm.selected()
                .map(c -> PregnancyDates.gestationalAge(c.pregnancy().lmp(), v.visit().date()).toString())
                .orElse(""), 55), "antenatal.col.weekExplain", null));
        visits.getColumns().add(column(m, "antenatal.col.weightShort", v -> num(v.visit().weightKg()), 50));
        visits.getColumns().add(column(m, "antenatal.col.bp", v -> bp(v.visit()), 65));
        visits.getColumns().add(column(m, "antenatal.col.tetanus", v -> v.visit().tetanusDose() == null ? ""
                : m.format(TetanusDose.MESSAGE_KEY, v.visit().tetanusDose().number()), 55));
        // a narrow card (the visit form beside it) scrolls sideways rather than hiding columns
        Forms.wide(visits);
        return visits;
    }

    /**
     * A column whose title says what it holds when the pointer rests on it; its cells too, in
     * full words, when {@code spelledOut} is given ("1 – 1 – 0" is visits per trimester).
     */
    private <S> TableColumn<S, String> explained(TableColumn<S, String> column, String explainKey,
                                                 Function<S, String> spelledOut) {
        Label title = new Label(column.getText());
        title.setTooltip(new Tooltip(m.get(explainKey)));
        column.setText(null);
        column.setGraphic(title);
        if (spelledOut != null) {
            column.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    setTooltip(row == null ? null : new Tooltip(spelledOut.apply(row)));
                }
            });
        }
        return column;
    }

    private String visitsSpelledOut(PregnancyCard c) {
        return m.format("antenatal.col.visitsSpelledOut", Arrays.stream(Trimester.values())
                .map(t -> c.assessment().visitsIn(t)).toArray());
    }

    private static String visitsPerTrimester(PregnancyCard c) {
        return Arrays.stream(Trimester.values()).map(t -> String.valueOf(c.assessment().visitsIn(t)))
                .collect(Collectors.joining(" – "));
    }

    private void showCard(VBox card, TableView<StoredVisit> visits, PregnancyCard c) {
        card.getChildren().clear();
        visits.getItems().setAll(c == null ? List.of() : c.visits());
        if (c == null) {
            Label choose = new Label(m.get("antenatal.card.choose"));
            choose.setWrapText(true);
            card.getChildren().add(choose);
            return;
        }
        Label title = new Label(c.woman().fullName());
        title.getStyleClass().add("title-4");
        card.getChildren().add(title);
        card.getChildren().add(wrapped(m.format("antenatal.card.dates", show(c.pregnancy().lmp()),
                show(c.pregnancy().edd()), text.ga(c.assessment().gestationalAge()),
                m.get(c.assessment().gestationalAge().trimester().messageKey()))));
        if (c.pregnancy().gravida() != null || c.pregnancy().para() != null) {
            card.getChildren().add(wrapped(m.format("antenatal.card.gravidaPara",
                    c.pregnancy().gravida() == null ? "–" : c.pregnancy().gravida(),
                    c.pregnancy().para() == null ? "–" : c.pregnancy().para())));
        }
        if (c.pregnancy().riskNotes() != null) {
            card.getChildren().add(wrapped(m.format("antenatal.card.risk", c.pregnancy().riskNotes())));
        }
        for (Trimester t : Trimester.values()) {
            card.getChildren().add(new Label(m.format("antenatal.card.visitsIn", m.get(t.messageKey()),
                    c.assessment().visitsIn(t))));
        }
        for (CardFlag f : c.assessment().flags()) {
            Label flag = wrapped("⚠ " + m.get(f.messageKey()));
            flag.getStyleClass().add("text-warning");
            card.getChildren().add(flag);
        }
        if (c.delivery() != null) {
            card.getChildren().add(wrapped(m.format("antenatal.card.delivered", show(c.delivery().delivery().date()),
                    m.get(c.delivery().delivery().place().messageKey()))));
            for (StoredBirth b : c.delivery().births()) {
                card.getChildren().add(wrapped(text.baby(b)));
            }
        }
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static String num(Double d) {
        return d == null ? "" : String.valueOf(d);
    }

    private static String bp(AncVisit v) {
        return v.systolicMmHg() == null ? "" : v.systolicMmHg() + "/" + (v.diastolicMmHg() == null ? "–"
                : v.diastolicMmHg());
    }
}
