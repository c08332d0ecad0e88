package vn.tramyte.antenatal.ui;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.person.PersonRow;

/** The woman field of the pregnancy and delivery forms: words typed, then the woman chosen. */
final class WomanChooser {
    private WomanChooser() {
    }

    static Parent of(WomanChoice choice, Messages m, String prefix) {
        TextField query = new TextField();
        query.setId(prefix + "WomanSearch");
        query.setPromptText(m.get("antenatal.form.searchWoman"));
        query.textProperty().bindBidirectional(choice.queryProperty());
        ComboBox<PersonRow> box = new ComboBox<>(choice.women());
        box.setId(prefix + "Woman");
        box.setPrefWidth(440); // a name, her birth date and a village such as "Bản Phiêng Lúông"
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonRow p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? "" : describe(p));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.valueProperty().bindBidirectional(choice.womanProperty());
        return new HBox(8, query, box);
    }

    private static String describe(PersonRow p) {
        return p.fullName() + " (" + DateText.show(p.birthDate(), p.birthYearOnly())
                + (p.villageName() == null ? "" : ", " + p.villageName()) + ")";
    }
}
