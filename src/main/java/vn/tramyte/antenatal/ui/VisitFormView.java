package vn.tramyte.antenatal.ui;

import static vn.tramyte.antenatal.ui.AntenatalText.field;
import static vn.tramyte.antenatal.ui.AntenatalText.grid;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tramyte.antenatal.HivTest;
import vn.tramyte.antenatal.TetanusDose;
import vn.tramyte.antenatal.UrineProtein;
import vn.tramyte.common.Messages;
import vn.tramyte.common.ui.Forms;

/** The visit form beside the chosen woman's card. */
final class VisitFormView {
    private VisitFormView() {
    }

    static Parent of(VisitFormViewModel vm, AntenatalText text, Messages m) {
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
        iron.setMinWidth(Region.USE_PREF_SIZE);
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
        VBox box = new VBox(8, title, g, save, text.errors(), text.success("visitMessage"));
        box.setPadding(new Insets(8));
        return box;
    }
}
