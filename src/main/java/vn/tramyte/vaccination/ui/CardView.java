package vn.tramyte.vaccination.ui;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tramyte.common.Messages;
import vn.tramyte.common.ui.Forms;
import vn.tramyte.person.PersonRow;
import vn.tramyte.vaccination.DosePlace;
import vn.tramyte.vaccination.Vaccine;

/** The card tab of the vaccination page: search, the card and history, and the dose entry. */
final class CardView {
    private final CardViewModel vm;
    private final Messages m;
    private final TextField search = new TextField();
    private final ListView<PersonRow> results = new ListView<>();
    private final VBox choiceBox = new VBox(6);
    private final Parent root;

    CardView(CardViewModel vm, ReadOnlyStringProperty error, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.root = build(error);
        // the page opens ready to type: keyboard-only entry starts in the search field
        search.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                Platform.runLater(search::requestFocus);
            }
        });
    }

    Parent root() {
        return root;
    }

    private Parent build(ReadOnlyStringProperty errorText) {
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

        HBox top = new HBox(16, leftScroll, cardAndHistory());
        top.setPadding(new Insets(12));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(errorText);
        VBox page = new VBox(error, top);
        VBox.setVgrow(top, Priority.ALWAYS);
        return page;
    }

    private VBox cardAndHistory() {
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
        Label noCard = new Label();
        noCard.setId("vaxNoCard");
        noCard.setWrapText(true);
        noCard.setPadding(new Insets(12));
        noCard.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        noCard.textProperty().bind(vm.cardPlaceholderProperty());
        card.setPlaceholder(noCard);
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
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
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
        return middle;
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
                Platform.runLater(() -> {
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
        DatePicker date = Forms.datePicker("doseDate");
        date.valueProperty().bindBidirectional(vm.doseDateProperty());
        ComboBox<DosePlace> place = new ComboBox<>();
        place.setId("dosePlace");
        place.getItems().setAll(DosePlace.values());
        place.setConverter(Forms.converter(p -> p == null ? "" : m.get(p.messageKey())));
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
        other.setConverter(Forms.converter(v -> v == null ? "" : v.name(m.language())));
        other.setOnAction(e -> {
            Vaccine v = other.getValue();
            if (v != null) {
                vm.addOther(v);
                Platform.runLater(() -> other.getSelectionModel().clearSelection());
            }
        });
        Button save = new Button(m.get("vaccination.ui.save"));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setId("saveDoses");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.busyProperty().or(vm.personProperty().isNull()));
        Label saved = new Label();
        saved.setId("dosesSaved");
        saved.setWrapText(true);
        saved.getStyleClass().add("success-text");
        saved.textProperty().bind(vm.savedMessageProperty());
        VBox problems = Forms.sentences(vm.problems(), "doseProblems", "error-text");
        VBox warnings = Forms.sentences(vm.warnings(), "doseWarnings", "warning-text");
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
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
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
        l.setMinWidth(Region.USE_PREF_SIZE);
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

    private TableColumn<CardLine, String> col(String key, Function<CardLine, String> value, double width) {
        TableColumn<CardLine, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setSortable(false);
        return c;
    }
}
