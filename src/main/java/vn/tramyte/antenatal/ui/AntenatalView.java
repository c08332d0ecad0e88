package vn.tramyte.antenatal.ui;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import vn.tramyte.common.Messages;

/** The page "Khám thai và sinh đẻ": a view per tab (forms only for those who may enter records). */
public final class AntenatalView {
    private final Messages m;
    private final TabPane tabs = new TabPane();
    private Tab pregnancyTab;

    public AntenatalView(AntenatalViewModel vm, Messages messages) {
        this.m = messages;
        AntenatalText text = new AntenatalText(vm, messages);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("page");
        tabs.getTabs().add(tab("tabPregnant", "antenatal.tab.pregnant", new PregnantListView(vm, text, m,
                () -> tabs.getSelectionModel().select(pregnancyTab)).build()));
        if (vm.canEdit()) {
            pregnancyTab = tab("tabRegisterPregnancy", "antenatal.tab.registerPregnancy",
                    PregnancyFormView.of(vm.pregnancy(), text, m));
            tabs.getTabs().add(pregnancyTab);
            tabs.getTabs().add(tab("tabDelivery", "antenatal.tab.delivery", DeliveryFormView.of(vm.delivery(), text, m)));
        }
        RegistersView registers = new RegistersView(vm.registers(), vm.communes(), text, m);
        Tab a3 = tab("tabA3", "antenatal.tab.a3", registers.a3Register());
        Tab deliveries = tab("tabDeliveryRegister", "antenatal.tab.deliveryRegister", registers.deliveryRegister());
        tabs.getTabs().addAll(a3, deliveries);
        // the registers are read for a tab someone opens (a centre's month reads thousands of cards)
        vm.registers().a3List().shownProperty().bind(a3.selectedProperty());
        vm.registers().deliveryList().shownProperty().bind(deliveries.selectedProperty());
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
}
