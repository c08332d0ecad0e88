package vn.tramyte.antenatal.ui;

import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import vn.tramyte.antenatal.GestationalAge;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.antenatal.StoredBirth;
import vn.tramyte.common.Messages;
import vn.tramyte.place.ui.CommuneChoice;
import vn.tramyte.place.ui.CommuneFilter;

/** What the antenatal tabs show alike: gestational age, flags, babies, the page's lines and form grids. */
final class AntenatalText {
    private final Messages m;
    private final AntenatalViewModel vm;

    AntenatalText(AntenatalViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
    }

    String ga(GestationalAge a) {
        return m.format(GestationalAge.MESSAGE_KEY, a.weeks(), a.days());
    }

    String flags(PregnancyCard c) {
        return c.assessment().flags().stream().map(f -> m.get(f.messageKey())).collect(Collectors.joining("; "));
    }

    String baby(StoredBirth b) {
        String sex = b.baby().sex() == null ? "" : m.get(b.baby().sex().messageKey());
        String weight = b.baby().birthWeightG() == null ? "" : m.format("antenatal.card.weightG",
                b.baby().birthWeightG());
        String low = b.baby().lowBirthWeight() ? " " + m.get("antenatal.card.lowBirthWeight") : "";
        return m.format("antenatal.card.baby", b.babyNo(), m.get(b.baby().outcome().messageKey()), sex, weight) + low;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The page's error line (shared by every tab). */
    Label errors() {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add("error-text");
        l.textProperty().bind(vm.errorProperty());
        return l;
    }

    /** The page's line of what was just done, under a tab's form. */
    Label success(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("text-success");
        l.textProperty().bind(vm.messageProperty());
        return l;
    }

    /** The commune of a woman, shown at a centre. */
    TableColumn<PregnancyCard, String> communeColumn() {
        CommuneFilter communes = vm.communes();
        return CommuneChoice.column(communes, m, c -> communes.name(c.woman().stationCode()), 115);
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        return g;
    }

    static TextField field(String id, StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(6);
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
