package vn.tramyte.vaccination.ui;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import vn.tramyte.common.Messages;

/** The vaccination page: the card and dose entry, the due list, defaulters, register A2.1; a view per tab. */
public final class VaccinationView {
    private final TabPane tabs = new TabPane();

    public VaccinationView(VaccinationViewModel vm, Messages m) {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("page");
        Tab card = new Tab(m.get("vaccination.tab.card"),
                new CardView(vm.cardTab(), vm.errorProperty(), m).root());
        card.setId("tabCard");
        Tab due = new Tab(m.get("vaccination.tab.due"),
                new DueListView(vm.dueTab(), vm.communes(), vm.infoProperty(), m, false).root());
        due.setId("tabDue");
        Tab late = new Tab(m.get("vaccination.tab.defaulters"),
                new DueListView(vm.dueTab(), vm.communes(), vm.infoProperty(), m, true).root());
        late.setId("tabDefaulters");
        Tab register = new Tab(m.get("vaccination.tab.register"),
                new RegisterView(vm.registerTab(), vm.communes(), vm.infoProperty(), m).root());
        register.setId("tabRegister");
        tabs.getTabs().addAll(card, due, late, register);
        // the lists are read for a tab someone opens (a centre's due list of every commune takes seconds)
        vm.dueTab().list().shownProperty().bind(due.selectedProperty().or(late.selectedProperty()));
        vm.registerTab().list().shownProperty().bind(register.selectedProperty());
        vm.refresh();
    }

    public Parent root() {
        return tabs;
    }
}
