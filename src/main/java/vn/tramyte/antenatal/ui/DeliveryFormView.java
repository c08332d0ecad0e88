package vn.tramyte.antenatal.ui;

import static vn.tramyte.antenatal.ui.AntenatalText.field;
import static vn.tramyte.antenatal.ui.AntenatalText.grid;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.MotherOutcome;
import vn.tramyte.common.Messages;
import vn.tramyte.common.ui.Forms;
import vn.tramyte.person.Sex;

/** The delivery tab: the delivery and up to three babies. */
final class DeliveryFormView {
    private DeliveryFormView() {
    }

    static Parent of(DeliveryFormViewModel vm, AntenatalText text, Messages m) {
        GridPane g = grid();
        int r = 0;
        g.addRow(r++, new Label(m.get("antenatal.col.woman")), WomanChooser.of(vm.womanChoice(), m, "delivery"));
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
            babies.getChildren().add(baby(vm, vm.babies.get(i), i + 1, m));
        }
        Label hint = new Label(m.get("antenatal.form.deliveryHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Button save = new Button(m.get("antenatal.form.saveDelivery"));
        save.setId("saveDelivery");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.saveDelivery());
        VBox box = new VBox(10, g, babies, hint, save, text.errors(), text.success("deliveryMessage"));
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Baby {@code n}'s lines, shown when the delivery has at least {@code n} babies. */
    private static GridPane baby(DeliveryFormViewModel vm, DeliveryFormViewModel.BabyForm b, int n, Messages m) {
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
        return bg;
    }
}
