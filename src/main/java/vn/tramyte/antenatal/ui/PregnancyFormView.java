package vn.tramyte.antenatal.ui;

import static vn.tramyte.antenatal.ui.AntenatalText.field;
import static vn.tramyte.antenatal.ui.AntenatalText.grid;
import static vn.tramyte.common.ui.Forms.show;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tramyte.common.Messages;
import vn.tramyte.common.ui.Forms;

/** The pregnancy tab: a new pregnancy, or the one chosen on the first tab corrected. */
final class PregnancyFormView {
    private PregnancyFormView() {
    }

    static Parent of(PregnancyFormViewModel vm, AntenatalText text, Messages m) {
        GridPane g = grid();
        int r = 0;
        g.addRow(r++, new Label(m.get("antenatal.col.woman")), WomanChooser.of(vm.womanChoice(), m, "pregnancy"));
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
        VBox box = new VBox(10, editing, g, hint, new HBox(8, save, fresh), text.errors(),
                text.success("pregnancyMessage"));
        box.setPadding(new Insets(16));
        return new ScrollPane(box);
    }
}
