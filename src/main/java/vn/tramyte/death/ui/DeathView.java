package vn.tramyte.death.ui;

import static vn.tramyte.common.ui.Forms.column;
import static vn.tramyte.common.ui.Forms.show;

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
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.tramyte.common.ui.Forms;
import vn.tramyte.common.Messages;
import vn.tramyte.death.CauseGroup;
import vn.tramyte.death.DeathClassification;
import vn.tramyte.death.DeathPlace;
import vn.tramyte.death.DeathRow;
import vn.tramyte.common.DateText;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.place.Village;
import vn.tramyte.place.ui.CommuneChoice;

/** The page "Tử vong": the form on the left, the register of the period on the right. */
public final class DeathView {
    private final DeathViewModel vm;
    private final Messages m;
    private final javafx.scene.control.TabPane root = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab formTab = new javafx.scene.control.Tab();

    public DeathView(DeathViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getStyleClass().add("page");
        if (vm.canEdit()) {
            formTab.setText(m.get("death.tab.form"));
            formTab.setId("tabDeathForm");
            formTab.setContent(form());
            root.getTabs().add(formTab);
        }
        javafx.scene.control.Tab registerTab = new javafx.scene.control.Tab(m.get("death.register.title"), register());
        registerTab.setId("tabDeathRegister");
        root.getTabs().add(registerTab);
        vm.refresh();
    }

    public Parent root() {
        return root;
    }

    private Parent form() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        int r = 0;
        CheckBox unregistered = new CheckBox(m.get("death.form.unregistered"));
        unregistered.setId("deathUnregistered");
        unregistered.selectedProperty().bindBidirectional(vm.unregistered);
        g.add(unregistered, 0, r++, 2, 1);

        TextField query = new TextField();
        query.setId("deathPersonSearch");
        query.setPromptText(m.get("death.form.search"));
        query.setPrefWidth(380);
        query.textProperty().bindBidirectional(vm.query);
        ComboBox<PersonRow> person = new ComboBox<>(vm.found);
        person.setId("deathPerson");
        person.setPrefWidth(380);
        person.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonRow p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? "" : p.fullName() + " (" + DateText.show(p.birthDate(),
                        p.birthYearOnly()) + (p.villageName() == null ? "" : ", " + p.villageName()) + ")");
            }
        });
        person.setButtonCell(person.getCellFactory().call(null));
        person.valueProperty().bindBidirectional(vm.person);
        VBox registered = new VBox(6, query, person);
        registered.visibleProperty().bind(vm.unregistered.not());
        registered.managedProperty().bind(registered.visibleProperty());
        g.add(new Label(m.get("death.form.person")), 0, r);
        g.add(registered, 1, r++);

        GridPane other = new GridPane();
        other.setHgap(10);
        other.setVgap(6);
        TextField name = new TextField();
        name.setId("deathName");
        name.textProperty().bindBidirectional(vm.fullName);
        other.addRow(0, new Label(m.get("death.form.fullName")), name);
        other.addRow(1, new Label(m.get("death.form.sex")), Forms.choice("deathSex", List.of(Sex.values()),
                s -> m.get(s.messageKey()), m.get("antenatal.form.choose"), vm.sex));
        other.addRow(2, new Label(m.get("death.form.birthDate")), Forms.date("deathBirthDate", vm.birthDate));
        TextField age = new TextField();
        age.setId("deathAge");
        age.setPrefColumnCount(4);
        age.textProperty().bindBidirectional(vm.ageYears);
        other.addRow(3, new Label(m.get("death.form.age")), age);
        ComboBox<Village> village = new ComboBox<>(vm.villages);
        village.setId("deathVillage");
        village.setConverter(new StringConverter<>() {
            @Override
            public String toString(Village v) {
                return v == null ? "" : v.name();
            }

            @Override
            public Village fromString(String s) {
                return null;
            }
        });
        village.valueProperty().bindBidirectional(vm.village);
        other.addRow(4, new Label(m.get("death.form.village")), village);
        other.visibleProperty().bind(vm.unregistered);
        other.managedProperty().bind(other.visibleProperty());
        g.add(other, 0, r++, 2, 1);

        g.addRow(r++, new Label(m.get("death.form.deathDate")), Forms.date("deathDate", vm.deathDate));
        g.addRow(r++, new Label(m.get("death.form.place")), Forms.choice("deathPlace", List.of(DeathPlace.values()),
                p -> m.get(p.messageKey()), m.get("antenatal.form.choose"), vm.place));
        g.addRow(r++, new Label(m.get("death.form.causeGroup")), Forms.choice("deathCause",
                List.of(CauseGroup.values()), c -> m.get(c.messageKey()), m.get("antenatal.form.choose"),
                vm.causeGroup));
        TextField cause = new TextField();
        cause.setId("deathCauseText");
        cause.textProperty().bindBidirectional(vm.causeText);
        g.addRow(r++, new Label(m.get("death.form.causeText")), cause);
        Label question = new Label(m.get("death.form.pregnancyQuestion"));
        question.setWrapText(true);
        question.setMaxWidth(200);
        ComboBox<Boolean> answer = Forms.choice("deathPregnancy", List.of(Boolean.TRUE, Boolean.FALSE),
                b -> m.get(b ? "death.form.yes" : "death.form.no"), m.get("death.form.notAnswered"),
                vm.pregnancyRelated);
        question.visibleProperty().bind(vm.asksPregnancyQuestion);
        answer.visibleProperty().bind(vm.asksPregnancyQuestion);
        question.managedProperty().bind(question.visibleProperty());
        answer.managedProperty().bind(answer.visibleProperty());
        g.addRow(r++, question, answer);

        Label classes = new Label();
        classes.setId("deathClassification");
        classes.setWrapText(true);
        classes.getStyleClass().add("text-bold");
        classes.textProperty().bind(vm.classification);
        Button save = new Button(m.get("death.form.save"));
        save.setId("saveDeath");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Button clear = new Button(m.get("death.form.new"));
        clear.setOnAction(e -> vm.clearForm());
        Label editing = new Label();
        editing.textProperty().bind(vm.editing.map(row -> m.format("death.form.editing", row.fullName()))
                .orElse(""));
        Label error = new Label();
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.setId("deathError");
        error.textProperty().bind(vm.error);
        Label message = new Label();
        message.setId("deathMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        Label title = new Label(m.get("death.form.title"));
        title.getStyleClass().add("title-3");
        VBox box = new VBox(10, title, editing, g, classes, new HBox(8, save, clear), error, message);
        box.setPadding(new Insets(16));
        box.setMaxWidth(760);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Parent register() {
        TableView<DeathRow> t = new TableView<>(vm.register);
        t.setId("deathTable");
        t.setPlaceholder(new Label(m.get("antenatal.register.empty")));
        t.getColumns().add(column(m, "death.col.date", r -> show(r.deathDate()), 100));
        t.getColumns().add(column(m, "death.col.name", DeathRow::fullName, 160));
        t.getColumns().add(CommuneChoice.column(vm.communes(), m, r -> vm.communes().name(r.death().stationCode()),
                115));
        t.getColumns().add(column(m, "death.col.sex", r -> r.sex() == null ? "" : m.get(r.sex().messageKey()), 50));
        t.getColumns().add(column(m, "death.col.age", this::age, 85));
        t.getColumns().add(column(m, "death.col.village", r -> r.villageName() == null ? "" : r.villageName(), 130));
        t.getColumns().add(column(m, "death.col.place", r -> r.death().draft().place() == null ? ""
                : m.get(r.death().draft().place().messageKey()), 115));
        t.getColumns().add(column(m, "death.col.cause", r -> cause(r), 160));
        t.getColumns().add(column(m, "death.col.classes", r -> r.death().classification().classes().stream()
                .map(c -> m.get(c.messageKey())).collect(Collectors.joining("; ")), 220));
        Forms.fill(t);
        VBox.setVgrow(t, Priority.ALWAYS);
        Button show = new Button(m.get("antenatal.register.show"));
        show.setOnAction(e -> vm.refreshRegister());
        Button print = new Button(m.get("antenatal.register.print"));
        print.setOnAction(e -> Forms.print(t));
        Button pdf = new Button(m.get("antenatal.register.pdf"));
        pdf.setId("deathPdf");
        pdf.setOnAction(e -> {
            java.nio.file.Path file = Forms.askPdfFile(t, m.get("death.register.title"), "so-tu-vong");
            if (file != null) {
                vm.exportPdf(file, Forms.text(t));
            }
        });
        HBox period = new HBox(10, CommuneChoice.picker(vm.communes(), m, "deathCommune"),
                new Label(m.get("antenatal.register.from")), Forms.date(null, vm.periodFrom),
                new Label(m.get("antenatal.register.to")), Forms.date(null, vm.periodTo), show, print, pdf);
        period.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.textProperty().bind(vm.message);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setId("deathRegisterError");
        error.textProperty().bind(vm.error);
        VBox box = new VBox(10, period, t, message, error);
        if (vm.canEdit()) {
            Button edit = new Button(m.get("death.register.edit"));
            edit.setId("editDeath");
            edit.setOnAction(e -> {
                vm.edit(t.getSelectionModel().getSelectedItem());
                root.getSelectionModel().select(formTab);
            });
            Button remove = new Button(m.get("death.register.remove"));
            remove.setId("removeDeath");
            remove.getStyleClass().add("danger");
            remove.setOnAction(e -> vm.remove(t.getSelectionModel().getSelectedItem()));
            edit.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
            remove.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
            box.getChildren().add(new HBox(8, edit, remove));
        }
        box.setPadding(new Insets(12));
        return box;
    }

    private String age(DeathRow r) {
        Integer years = r.birthDate() == null ? r.ageYears()
                : r.birthYearOnly() ? Integer.valueOf(r.deathDate().getYear() - r.birthDate().getYear())
                : Integer.valueOf(DeathClassification.completedYears(r.birthDate(), r.deathDate()));
        if (years == null) {
            return "";
        }
        if (years == 0 && r.birthDate() != null && !r.birthYearOnly()) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(r.birthDate(), r.deathDate());
            return m.format("death.col.ageDays", days);
        }
        return m.format("death.col.ageYears", years);
    }

    private String cause(DeathRow r) {
        String group = r.death().draft().causeGroup() == null ? "" : m.get(r.death().draft().causeGroup().messageKey());
        String text = r.death().draft().causeText();
        return text == null ? group : group.isEmpty() ? text : group + " – " + text;
    }
}
