package vn.tramyte.antenatal.ui;

import vn.tramyte.common.ui.Forms;
import static vn.tramyte.common.ui.Forms.column;
import static vn.tramyte.common.ui.Forms.show;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tramyte.antenatal.AncVisit;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.CardFlag;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.GestationalAge;
import vn.tramyte.antenatal.HivTest;
import vn.tramyte.antenatal.MotherOutcome;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.antenatal.PregnancyDates;
import vn.tramyte.antenatal.StoredBirth;
import vn.tramyte.antenatal.StoredVisit;
import vn.tramyte.antenatal.TetanusDose;
import vn.tramyte.antenatal.Trimester;
import vn.tramyte.antenatal.UrineProtein;
import vn.tramyte.antenatal.ui.AntenatalViewModel.ListKind;
import vn.tramyte.common.Messages;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.place.ui.CommuneChoice;

/** The page "Khám thai và sinh đẻ". */
public final class AntenatalView {
    private final AntenatalViewModel vm;
    private final Messages m;
    private final TabPane tabs = new TabPane();
    private Tab pregnancyTab;

    public AntenatalView(AntenatalViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("page");
        tabs.getTabs().add(tab("tabPregnant", "antenatal.tab.pregnant", pregnantTab()));
        if (vm.canEdit()) {
            pregnancyTab = tab("tabRegisterPregnancy", "antenatal.tab.registerPregnancy", pregnancyForm());
            tabs.getTabs().add(pregnancyTab);
            tabs.getTabs().add(tab("tabDelivery", "antenatal.tab.delivery", deliveryForm()));
        }
        tabs.getTabs().add(tab("tabA3", "antenatal.tab.a3", a3Register()));
        tabs.getTabs().add(tab("tabDeliveryRegister", "antenatal.tab.deliveryRegister", deliveryRegister()));
        vm.refresh();
    }

    public Parent root() {
        return tabs;
    }

    private Tab tab(String id, String key, Parent content) {
        Tab t = new Tab(m.get(key), content);
        t.setId(id);
        return t;
    }

    private String ga(GestationalAge a) {
        return m.format(GestationalAge.MESSAGE_KEY, a.weeks(), a.days());
    }

    private String flags(PregnancyCard c) {
        return c.assessment().flags().stream().map(f -> m.get(f.messageKey())).collect(Collectors.joining("; "));
    }

    private Label messages() {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add("error-text");
        l.textProperty().bind(vm.errorProperty());
        return l;
    }

    private Label success(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("text-success");
        l.textProperty().bind(vm.messageProperty());
        return l;
    }

    // ------------------------------------------------------------ pregnant women and the card

    private Parent pregnantTab() {
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
        weeksLabel.setTooltip(new javafx.scene.control.Tooltip(m.get("antenatal.list.weeksExplain")));
        weeks.setTooltip(new javafx.scene.control.Tooltip(m.get("antenatal.list.weeksExplain")));
        weeksLabel.disableProperty().bind(vm.listKindProperty().isNotEqualTo(ListKind.DUE_SOON));
        weeks.disableProperty().bind(weeksLabel.disableProperty());
        HBox filters = new HBox(12, CommuneChoice.picker(vm.communes(), m, "antenatalCommune"),
                new Label(m.get("antenatal.list.show")), kind, weeksLabel, weeks);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<PregnancyCard> table = new TableView<>(vm.list());
        table.setId("pregnantTable");
        table.setPlaceholder(new Label(m.get("antenatal.list.empty")));
        table.getColumns().add(column(m, "antenatal.col.woman", c -> c.woman().fullName(), 150));
        table.getColumns().add(communeColumn());
        table.getColumns().add(column(m, "antenatal.col.village", c -> nz(c.woman().villageName()), 105));
        table.getColumns().add(column(m, "antenatal.col.edd", c -> show(c.pregnancy().edd()), 105));
        table.getColumns().add(column(m, "antenatal.col.gestationalAge", c -> ga(c.assessment().gestationalAge()),
                130));
        table.getColumns().add(column(m, "antenatal.col.trimester",
                c -> m.get(c.assessment().gestationalAge().trimester().messageKey()), 110));
        table.getColumns().add(explained(column(m, "antenatal.col.visits", c -> visitsPerTrimester(c), 100),
                "antenatal.col.visitsExplain", this::visitsSpelledOut));
        table.getColumns().add(column(m, "antenatal.col.flags", this::flags, 200));
        Forms.fill(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(10, filters, table);
        left.setPadding(new Insets(12));

        VBox card = new VBox(6);
        card.setId("pregnancyCard");
        card.setPadding(new Insets(8, 12, 8, 12));
        card.setPrefWidth(300);
        card.setMinWidth(260);
        TableView<StoredVisit> visits = visitTable();
        VBox visitBox = new VBox(6, visits);
        VBox.setVgrow(visits, Priority.ALWAYS);
        if (vm.canEdit()) {
            Button remove = new Button(m.get("antenatal.form.removeVisit"));
            remove.setId("removeVisit");
            remove.disableProperty().bind(visits.getSelectionModel().selectedItemProperty().isNull());
            remove.setOnAction(e -> vm.removeVisit(visits.getSelectionModel().getSelectedItem()));
            visitBox.getChildren().add(remove);
        }
        HBox.setHgrow(visitBox, Priority.ALWAYS);
        VBox cardBox = new VBox(6, card);
        if (vm.canEdit()) {
            Button edit = new Button(m.get("antenatal.form.editPregnancy"));
            edit.setId("editPregnancy");
            edit.disableProperty().bind(vm.selectedProperty().isNull());
            edit.setOnAction(e -> {
                vm.editSelectedPregnancy();
                tabs.getSelectionModel().select(pregnancyTab);
            });
            cardBox.getChildren().add(edit);
            cardBox.setPadding(new Insets(0, 0, 0, 12));
        }
        HBox bottom = new HBox(8, cardBox, visitBox);
        if (vm.canEdit()) {
            ScrollPane form = new ScrollPane(visitForm());
            form.setFitToWidth(true);
            form.setPrefWidth(400);
            form.setMinWidth(380);
            form.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> vm.selected().map(c -> c.delivery() == null).orElse(false), vm.selectedProperty()));
            form.managedProperty().bind(form.visibleProperty());
            bottom.getChildren().add(form);
        }
        bottom.setPadding(new Insets(0, 12, 8, 0));
        vm.selectedProperty().addListener((o, a, b) -> showCard(card, visits, b));
        showCard(card, visits, null);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(left, bottom);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        return split;
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * A column whose title says what it holds when the pointer rests on it; its cells too, in
     * full words, when {@code spelledOut} is given ("1 – 1 – 0" is visits per trimester).
     */
    private <S> javafx.scene.control.TableColumn<S, String> explained(javafx.scene.control.TableColumn<S, String> column,
                                                                      String explainKey,
                                                                      java.util.function.Function<S, String> spelledOut) {
        Label title = new Label(column.getText());
        title.setTooltip(new javafx.scene.control.Tooltip(m.get(explainKey)));
        column.setText(null);
        column.setGraphic(title);
        if (spelledOut != null) {
            column.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    setTooltip(row == null ? null : new javafx.scene.control.Tooltip(spelledOut.apply(row)));
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
        visits.getItems().setAll(c == null ? java.util.List.of() : c.visits());
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
                show(c.pregnancy().edd()), ga(c.assessment().gestationalAge()),
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
                card.getChildren().add(wrapped(baby(b)));
            }
        }
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private String baby(StoredBirth b) {
        String sex = b.baby().sex() == null ? "" : m.get(b.baby().sex().messageKey());
        String weight = b.baby().birthWeightG() == null ? "" : m.format("antenatal.card.weightG",
                b.baby().birthWeightG());
        String low = b.baby().lowBirthWeight() ? " " + m.get("antenatal.card.lowBirthWeight") : "";
        return m.format("antenatal.card.baby", b.babyNo(), m.get(b.baby().outcome().messageKey()), sex, weight) + low;
    }

    private static String num(Double d) {
        return d == null ? "" : String.valueOf(d);
    }

    private static String bp(AncVisit v) {
        return v.systolicMmHg() == null ? "" : v.systolicMmHg() + "/" + (v.diastolicMmHg() == null ? "–"
                : v.diastolicMmHg());
    }

    private Parent visitForm() {
        GridPane g = grid();
        int r = 0;
        g.addRow(r++, new Label(m.get("antenatal.col.date")), Forms.date("visitDate", vm.visitDate));
        g.addRow(r++, new Label(m.get("antenatal.col.weight")), field("visitWeight", vm.weightKg));
        HBox bp = new HBox(6, field("visitSystolic", vm.systolic), new Label("/"), field("visitDiastolic",
                vm.diastolic));
        g.addRow(r++, new Label(m.get("antenatal.col.bpFull")), bp);
        g.addRow(r++, new Label(m.get("antenatal.col.fundalHeight")), field("visitFundal", vm.fundalHeight));
        g.addRow(r++, new Label(m.get("antenatal.col.fetalHeart")), field("visitFetalHeart", vm.fetalHeart));
        g.addRow(r++, new Label(m.get("antenatal.col.urineProtein")), Forms.choice("visitUrine",
                List.of(UrineProtein.values()), u -> m.get(u.messageKey()), m.get("antenatal.form.notDone"),
                vm.urineProtein));
        g.addRow(r++, new Label(m.get("antenatal.col.hiv")), Forms.choice("visitHiv", List.of(HivTest.values()),
                h -> m.get(h.messageKey()), m.get("antenatal.form.notDone"), vm.hivTest));
        g.addRow(r++, new Label(m.get("antenatal.col.haemoglobin")), field("visitHb", vm.haemoglobin));
        g.addRow(r++, new Label(m.get("antenatal.col.tetanus")), Forms.choice("visitTetanus",
                List.of(TetanusDose.values()), d -> m.format(TetanusDose.MESSAGE_KEY, d.number()),
                m.get("antenatal.form.none"), vm.tetanusDose));
        CheckBox iron = new CheckBox(m.get("antenatal.form.ironGiven"));
        iron.setId("visitIron");
        iron.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        iron.selectedProperty().bindBidirectional(vm.ironFolic);
        TextField tablets = field("visitTablets", vm.ironFolicTablets);
        tablets.disableProperty().bind(iron.selectedProperty().not());
        g.addRow(r++, new Label(m.get("antenatal.col.ironFolic")), new HBox(8, iron, tablets));
        TextField examiner = new TextField();
        examiner.setId("visitExaminer");
        examiner.textProperty().bindBidirectional(vm.examiner);
        g.addRow(r++, new Label(m.get("antenatal.col.examiner")), examiner);
        Button save = new Button(m.get("antenatal.form.saveVisit"));
        save.setId("saveVisit");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.saveVisit());
        Label title = new Label(m.get("antenatal.form.newVisit"));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(8, title, g, save, messages(), success("visitMessage"));
        box.setPadding(new Insets(8));
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        return g;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(6);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    // ------------------------------------------------------------ forms

    private Parent womanChooser(String prefix) {
        TextField query = new TextField();
        query.setId(prefix + "WomanSearch");
        query.setPromptText(m.get("antenatal.form.searchWoman"));
        query.textProperty().bindBidirectional(vm.womanQueryProperty());
        ComboBox<PersonRow> box = new ComboBox<>(vm.women());
        box.setId(prefix + "Woman");
        box.setPrefWidth(440); // a name, her birth date and a village such as "Bản Phiêng Lúông"
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonRow p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? "" : describe(p));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.valueProperty().bindBidirectional(vm.womanProperty());
        return new HBox(8, query, box);
    }

    private String describe(PersonRow p) {
        return p.fullName() + " (" + vn.tramyte.common.DateText.show(p.birthDate(), p.birthYearOnly())
                + (p.villageName() == null ? "" : ", " + p.villageName()) + ")";
    }

    private Parent pregnancyForm() {
        GridPane g = grid();
        int r = 0;
        g.addRow(r++, new Label(m.get("antenatal.col.woman")), womanChooser("pregnancy"));
        g.addRow(r++, new Label(m.get("antenatal.col.lmp")), Forms.date("pregnancyLmp", vm.lmp));
        g.addRow(r++, new Label(m.get("antenatal.col.edd")), Forms.date("pregnancyEdd", vm.edd));
        g.addRow(r++, new Label(m.get("antenatal.form.gravida")), field("pregnancyGravida", vm.gravida));
        g.addRow(r++, new Label(m.get("antenatal.form.para")), field("pregnancyPara", vm.para));
        TextArea risk = new TextArea();
        risk.setId("pregnancyRisk");
        risk.setPrefRowCount(3);
        risk.textProperty().bindBidirectional(vm.riskNotes);
        g.addRow(r++, new Label(m.get("antenatal.form.riskNotes")), risk);
        Label hint = new Label(m.get("antenatal.form.lmpOrEddHint"));
        hint.getStyleClass().add("text-muted");
        Button save = new Button(m.get("antenatal.form.savePregnancy"));
        save.setId("savePregnancy");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.savePregnancy());
        Button fresh = new Button(m.get("antenatal.form.newPregnancy"));
        fresh.setOnAction(e -> vm.newPregnancy());
        Label editing = new Label();
        editing.getStyleClass().add("text-bold");
        editing.textProperty().bind(vm.editingPregnancy.map(c -> m.format("antenatal.form.correcting",
                c.woman().fullName(), show(c.pregnancy().lmp()))).orElse(""));
        VBox box = new VBox(10, editing, g, hint, new HBox(8, save, fresh), messages(),
                success("pregnancyMessage"));
        box.setPadding(new Insets(16));
        return new ScrollPane(box);
    }

    private Parent deliveryForm() {
        GridPane g = grid();
        int r = 0;
        g.addRow(r++, new Label(m.get("antenatal.col.woman")), womanChooser("delivery"));
        g.addRow(r++, new Label(m.get("antenatal.col.deliveryDate")), Forms.date("deliveryDate", vm.deliveryDate));
        g.addRow(r++, new Label(m.get("antenatal.col.place")), Forms.choice("deliveryPlace",
                List.of(DeliveryPlace.values()), p -> m.get(p.messageKey()), m.get("antenatal.form.choose"),
                vm.place));
        g.addRow(r++, new Label(m.get("antenatal.col.attendant")), Forms.choice("deliveryAttendant",
                List.of(Attendant.values()), a -> m.get(a.messageKey()), m.get("antenatal.form.choose"),
                vm.attendant));
        g.addRow(r++, new Label(m.get("antenatal.col.motherOutcome")), Forms.choice("deliveryMother",
                List.of(MotherOutcome.values()), o -> m.get(o.messageKey()), m.get("antenatal.form.choose"),
                vm.motherOutcome));
        Spinner<Integer> count = new Spinner<>(1, 3, 1);
        count.setId("deliveryBabyCount");
        count.valueProperty().addListener((o, a, b) -> vm.babyCount.set(b));
        vm.babyCount.addListener((o, a, b) -> count.getValueFactory().setValue(b.intValue()));
        g.addRow(r++, new Label(m.get("antenatal.form.babyCount")), count);
        VBox babies = new VBox(8);
        for (int i = 0; i < vm.babies.size(); i++) {
            AntenatalViewModel.BabyForm b = vm.babies.get(i);
            int n = i + 1;
            GridPane bg = grid();
            bg.addRow(0, new Label(m.format("antenatal.form.babyNumber", n)),
                    Forms.choice("baby" + n + "Outcome", List.of(BirthOutcome.values()), o -> m.get(o.messageKey()),
                            m.get("antenatal.form.choose"), b.outcome),
                    Forms.choice("baby" + n + "Sex", List.of(Sex.values()), s -> m.get(s.messageKey()),
                            m.get("antenatal.form.choose"), b.sex));
            TextField weight = field("baby" + n + "Weight", b.weightG);
            weight.setPromptText(m.get("antenatal.col.birthWeight"));
            TextField name = new TextField();
            name.setId("baby" + n + "Name");
            name.setPrefColumnCount(22);
            name.textProperty().bindBidirectional(b.name);
            name.disableProperty().bind(b.outcome.isNotEqualTo(BirthOutcome.LIVE));
            bg.addRow(1, new Label(m.get("antenatal.col.birthWeight")), weight, name);
            bg.visibleProperty().bind(vm.babyCount.greaterThanOrEqualTo(n));
            bg.managedProperty().bind(bg.visibleProperty());
            babies.getChildren().add(bg);
        }
        Label hint = new Label(m.get("antenatal.form.deliveryHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Button save = new Button(m.get("antenatal.form.saveDelivery"));
        save.setId("saveDelivery");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.saveDelivery());
        VBox box = new VBox(10, g, babies, hint, save, messages(), success("deliveryMessage"));
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    // ------------------------------------------------------------ registers

    private HBox period(TableView<?> table, String titleKey, String fileName) {
        return period(table, titleKey, fileName, vm.periodFrom, vm.periodTo);
    }

    private HBox period(TableView<?> table, String titleKey, String fileName,
                        javafx.beans.property.ObjectProperty<java.time.LocalDate> from,
                        javafx.beans.property.ObjectProperty<java.time.LocalDate> to) {
        return period(() -> Forms.print(table), () -> {
            java.nio.file.Path file = Forms.askPdfFile(table, m.get(titleKey), fileName);
            if (file != null) {
                vm.exportPdf(file, titleKey, Forms.text(table));
            }
        }, from, to);
    }

    private javafx.scene.control.TableColumn<PregnancyCard, String> communeColumn() {
        return CommuneChoice.column(vm.communes(), m, c -> vm.communes().name(c.woman().stationCode()), 115);
    }

    private HBox period(Runnable print, Runnable pdf, javafx.beans.property.ObjectProperty<java.time.LocalDate> from,
                        javafx.beans.property.ObjectProperty<java.time.LocalDate> to) {
        Button show = new Button(m.get("antenatal.register.show"));
        show.setId("registerShow");
        show.setOnAction(e -> vm.refreshRegisters());
        Button printButton = new Button(m.get("antenatal.register.print"));
        printButton.setOnAction(e -> print.run());
        Button pdfButton = new Button(m.get("antenatal.register.pdf"));
        pdfButton.setOnAction(e -> pdf.run());
        HBox h = new HBox(10, CommuneChoice.picker(vm.communes(), m, null),
                new Label(m.get("antenatal.register.from")), Forms.date(null, from),
                new Label(m.get("antenatal.register.to")), Forms.date(null, to), show, printButton, pdfButton);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private Parent a3Register() {
        TableView<PregnancyCard> t = new TableView<>(vm.a3Register());
        t.setId("a3Table");
        t.setPlaceholder(new Label(m.get("antenatal.register.empty")));
        t.getColumns().add(column(m, "antenatal.col.woman", c -> c.woman().fullName(), 160));
        t.getColumns().add(communeColumn());
        t.getColumns().add(column(m, "antenatal.col.birthYear", c -> String.valueOf(c.woman().birthDate().getYear()),
                75));
        t.getColumns().add(column(m, "antenatal.col.village", c -> nz(c.woman().villageName()), 100));
        t.getColumns().add(column(m, "antenatal.col.lmp", c -> show(c.pregnancy().lmp()), 100));
        t.getColumns().add(column(m, "antenatal.col.edd", c -> show(c.pregnancy().edd()), 100));
        for (Trimester tr : Trimester.values()) {
            t.getColumns().add(column(m, tr.messageKey(), c -> c.visits().stream()
                    .filter(v -> PregnancyDates.trimester(c.pregnancy().lmp(), v.visit().date()) == tr)
                    .map(v -> show(v.visit().date()) + " (" + PregnancyDates.gestationalAge(c.pregnancy().lmp(),
                            v.visit().date()).weeks() + ")").collect(Collectors.joining(", ")), 230));
        }
        t.getColumns().add(column(m, "antenatal.col.tetanus", c -> c.visits().stream()
                .filter(v -> v.visit().tetanusDose() != null)
                .map(v -> m.format(TetanusDose.MESSAGE_KEY, v.visit().tetanusDose().number()))
                .collect(Collectors.joining(", ")), 90));
        t.getColumns().add(column(m, "antenatal.col.flags", this::flags, 480));
        Forms.wide(t);
        VBox.setVgrow(t, Priority.ALWAYS);
        VBox box = new VBox(10, period(t, "antenatal.tab.a3", "so-kham-thai-A3"), t, messages(),
                success("a3Message"));
        box.setPadding(new Insets(12));
        return box;
    }

    private Parent deliveryRegister() {
        TableView<PregnancyCard> t = new TableView<>(vm.deliveryRegister());
        t.setId("deliveryRegisterTable");
        t.setPlaceholder(new Label(m.get("antenatal.register.empty")));
        t.getColumns().add(column(m, "antenatal.col.deliveryDate", c -> show(c.delivery().delivery().date()), 95));
        t.getColumns().add(column(m, "antenatal.col.woman", c -> c.woman().fullName(), 160));
        t.getColumns().add(communeColumn());
        t.getColumns().add(column(m, "antenatal.col.village", c -> nz(c.woman().villageName()), 100));
        t.getColumns().add(column(m, "antenatal.col.gestationalAge", c -> ga(c.assessment().gestationalAge()), 125));
        t.getColumns().add(column(m, "antenatal.col.place", c -> m.get(c.delivery().delivery().place().messageKey()),
                100));
        t.getColumns().add(column(m, "antenatal.col.attendant",
                c -> m.get(c.delivery().delivery().attendant().messageKey()), 230));
        t.getColumns().add(column(m, "antenatal.col.babies", c -> c.delivery().births().stream().map(this::baby)
                .collect(Collectors.joining("; ")), 420));
        t.getColumns().add(column(m, "antenatal.col.motherOutcome",
                c -> m.get(c.delivery().delivery().motherOutcome().messageKey()), 110));
        Forms.wide(t);
        VBox.setVgrow(t, Priority.ALWAYS);
        VBox box = new VBox(10, period(t, "antenatal.tab.deliveryRegister", "so-de", vm.deliveryFrom, vm.deliveryTo),
                t, messages(),
                success("deliveryRegisterMessage"));
        box.setPadding(new Insets(12));
        return box;
    }
}
