package vn.tramyte.setup.ui;

import static vn.tramyte.common.ui.FrontPage.wrapped;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tramyte.common.ui.FrontPage;
import vn.tramyte.common.Messages;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;

/** The first-run screen. Binds to its view model; calls no service. */
public final class SetupView {
    private final SetupViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll;

    public SetupView(SetupViewModel vm, Messages messages, Consumer<String> onLanguage) {
        this.vm = vm;
        this.m = messages;
        root.getStyleClass().add("setup");
        root.setTop(FrontPage.header(m, onLanguage));
        // the cards sit side by side on a wide screen and one under the other on a narrow one
        FlowPane cards = new FlowPane(24, 24, newInstallationCard(), demoCard());
        cards.setAlignment(Pos.TOP_CENTER);
        cards.setPadding(new Insets(8, 32, 32, 32));
        VBox center = new VBox(12, intro(), cards);
        center.setAlignment(Pos.TOP_CENTER);
        // a small screen scrolls: every sentence stays whole and the buttons stay within reach
        scroll = FrontPage.scroll(center);
        scroll.setId("setupScroll");
        root.setCenter(scroll);
    }

    public Parent root() {
        return root;
    }

    private Parent intro() {
        Label welcome = new Label(m.get("setup.welcome"));
        welcome.getStyleClass().add("title-2");
        Label explain = wrapped(new Label(m.get("setup.explain")));
        Label error = new Label();
        error.setId("setupError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(28, 28);
        // the demo shows its own progress in its card
        busy.visibleProperty().bind(vm.busyProperty().and(vm.demoBuildingProperty().not()));
        busy.managedProperty().bind(busy.visibleProperty());
        VBox box = new VBox(6, welcome, explain, new HBox(8, busy, error));
        box.setPadding(new Insets(24, 32, 0, 32));
        box.setMaxWidth(1000);
        return box;
    }

    private Parent newInstallationCard() {
        Label title = wrapped(new Label(m.get("setup.new.title")));
        title.getStyleClass().add("title-3");

        ToggleGroup modes = new ToggleGroup();
        RadioButton station = radio(modes, m.get("setup.mode.station"), "modeStation");
        RadioButton centre = radio(modes, m.get("setup.mode.centre"), "modeCentre");
        modes.selectToggle(vm.modeProperty().get() == Mode.CENTRE ? centre : station);
        modes.selectedToggleProperty().addListener((o, a, b) ->
                vm.modeProperty().set(b == centre ? Mode.CENTRE : Mode.STATION));

        ToggleGroup lists = new ToggleGroup();
        RadioButton list2025 = radio(lists, m.get("setup.codeList.2025"), "codeList2025");
        RadioButton list2024 = radio(lists, m.get("setup.codeList.2024"), "codeList2024");
        lists.selectToggle(vm.codeListProperty().get() == CodeList.Y2024 ? list2024 : list2025);
        lists.selectedToggleProperty().addListener((o, a, b) ->
                vm.codeListProperty().set(b == list2024 ? CodeList.Y2024 : CodeList.Y2025));
        FlowPane listRow = new FlowPane(16, 6, list2025, list2024);
        Label listLabel = new Label(m.get("setup.codeList"));
        listRow.visibleProperty().bind(vm.modeProperty().isEqualTo(Mode.STATION));
        listRow.managedProperty().bind(listRow.visibleProperty());
        listLabel.visibleProperty().bind(listRow.visibleProperty());
        listLabel.managedProperty().bind(listRow.visibleProperty());

        TextField filter = new TextField();
        filter.setId("placeFilter");
        filter.setPromptText(m.get("setup.place.search"));
        filter.textProperty().bindBidirectional(vm.placeFilterProperty());
        ListView<Place> placeList = new ListView<>(vm.placeChoices());
        placeList.setId("placeList");
        placeList.setPrefHeight(190);
        placeList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Place item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        placeList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.placeProperty().set(b));
        vm.placeProperty().addListener((o, a, b) -> {
            if (b == null) {
                placeList.getSelectionModel().clearSelection();
            }
        });

        TextField user = new TextField();
        user.setId("firstUser");
        user.setPromptText(m.get("setup.user.prompt"));
        user.textProperty().bindBidirectional(vm.userNameProperty());
        TextField login = new TextField();
        login.setId("firstLogin");
        login.setPromptText(m.get("setup.login.prompt"));
        login.textProperty().bindBidirectional(vm.loginNameProperty());
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("firstPassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        javafx.scene.control.PasswordField again = new javafx.scene.control.PasswordField();
        again.setId("firstPasswordAgain");
        again.textProperty().bindBidirectional(vm.passwordAgainProperty());
        javafx.scene.layout.GridPane account = new javafx.scene.layout.GridPane();
        account.setHgap(8);
        account.setVgap(6);
        // two fields a row: the start button stays close to the fold at 1366x768
        login.setPrefColumnCount(10);
        password.setPrefColumnCount(10);
        again.setPrefColumnCount(10);
        account.addRow(0, whole(new Label(m.get("setup.login"))), login);
        account.addRow(1, whole(new Label(m.get("security.password"))), password,
                whole(new Label(m.get("security.passwordAgain"))), again);
        javafx.scene.layout.GridPane.setColumnSpan(login, 3);

        Button start = new Button(m.get("setup.start"));
        start.setId("startButton");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStart().not());
        start.setOnAction(e -> vm.start());

        VBox card = new VBox(8, title, new Label(m.get("setup.mode")), new FlowPane(16, 6, station, centre), listLabel,
                listRow, new Label(m.get("setup.place")), filter, placeList, new Label(m.get("setup.user")), user,
                account, start);
        card.getStyleClass().add("card-box");
        card.setPrefWidth(520);
        return card;
    }

    /** A label beside a field keeps its whole text; the field gives way. */
    private static Label whole(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Parent demoCard() {
        Label title = wrapped(new Label(m.get("setup.demo.title")));
        title.getStyleClass().add("title-3");
        Label text = wrapped(new Label(m.get("setup.demo.text")));
        Button open = new Button(m.get("setup.demo.open"));
        open.setId("demoButton");
        open.disableProperty().bind(vm.canStart().not());
        open.setOnAction(e -> vm.openDemo(false));
        Label stationText = wrapped(new Label(m.get("setup.demo.stationText")));
        Button station = new Button(m.get("setup.demo.openStation"));
        station.setId("stationDemoButton");
        station.disableProperty().bind(vm.canStart().not());
        station.setOnAction(e -> vm.openDemo(true));
        VBox buttons = new VBox(12, open, stationText, station);
        buttons.visibleProperty().bind(vm.demoBuildingProperty().not());
        buttons.managedProperty().bind(buttons.visibleProperty());
        VBox card = new VBox(12, title, text, buttons, demoProgress());
        if (vm.enrolmentOffered()) {
            card.getChildren().addAll(new javafx.scene.control.Separator(), enrolment());
        }
        card.getStyleClass().add("card-box");
        card.setPrefWidth(360);
        return card;
    }

    /** While the demo is built: what it is doing (station 3 of 12) and how far it has come. */
    private Parent demoProgress() {
        Label text = new Label();
        text.setId("demoProgressText");
        text.setWrapText(true);
        text.textProperty().bind(vm.demoProgressTextProperty());
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("demoProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.demoProgressProperty());
        VBox box = new VBox(8, text, bar);
        box.visibleProperty().bind(vm.demoBuildingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A station set up from its centre's enrolment file and the code read out by phone. */
    private Parent enrolment() {
        Label title = wrapped(new Label(m.get("setup.enrolment.title")));
        title.getStyleClass().add("title-3");
        Label text = wrapped(new Label(m.get("setup.enrolment.text")));
        Label file = wrapped(new Label());
        file.setId("enrolmentFile");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.enrolmentFileProperty().get() == null
                ? m.get("setup.enrolment.noFile") : vm.enrolmentFileProperty().get().getFileName().toString(),
                vm.enrolmentFileProperty()));
        Button choose = new Button(m.get("setup.enrolment.choose"));
        choose.setId("enrolmentChoose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    m.get("setup.enrolment.files"), "*.tyt"));
            java.io.File f = chooser.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                vm.enrolmentFileProperty().set(f.toPath());
            }
        });
        javafx.scene.control.TextField code = new javafx.scene.control.TextField();
        code.setId("enrolmentCode");
        code.setPromptText("1234-5678-9012-3456");
        code.textProperty().bindBidirectional(vm.enrolmentCodeProperty());
        Button start = new Button(m.get("setup.enrolment.start"));
        start.setId("enrolmentStart");
        start.disableProperty().bind(vm.canStart().not());
        start.setOnAction(e -> vm.startFromEnrolment());
        // opened with an enrolment file (a double-click on it): the code is what is left to type
        vm.enrolmentFileProperty().addListener((o, was, now) -> revealWhenShown(start, code));
        if (vm.enrolmentFileProperty().get() != null) {
            revealWhenShown(start, code);
        }
        return new VBox(8, title, text, new VBox(4, choose, file), new Label(m.get("setup.enrolment.code")), code, start);
    }

    /** Once the screen is laid out, scrolls it so that a part is in sight, and puts the cursor in a field. */
    private void revealWhenShown(Node bottom, Node focus) {
        if (root.getScene() == null) {
            root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                    javafx.scene.Scene was, javafx.scene.Scene now) {
                    if (now != null) {
                        root.sceneProperty().removeListener(this);
                        javafx.application.Platform.runLater(() -> reveal(bottom, focus));
                    }
                }
            });
        } else {
            javafx.application.Platform.runLater(() -> reveal(bottom, focus));
        }
    }

    private void reveal(Node bottom, Node focus) {
        root.applyCss();
        root.layout();
        Node content = scroll.getContent();
        double height = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (height > viewport && viewport > 0) {
            double y = content.sceneToLocal(bottom.localToScene(bottom.getBoundsInLocal())).getMaxY() + 16;
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport) / (height - viewport))));
        }
        focus.requestFocus();
    }

    /** A sentence that wraps and is never shortened to "…" when room is short (the screen scrolls instead). */

    private static RadioButton radio(ToggleGroup group, String text, String id) {
        RadioButton b = new RadioButton(text);
        b.setToggleGroup(group);
        b.setId(id);
        return b;
    }
}
