package vn.tramyte.place.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import vn.tramyte.common.Messages;

/** The commune picker and the commune column of a centre's lists; neither is shown at a station. */
public final class CommuneChoice {
    private CommuneChoice() {
    }

    /** "Xã: [Tất cả các xã ▾]", bound to the filter; hidden (and taking no room) at a station. */
    public static HBox picker(CommuneFilter filter, Messages m, String id) {
        ComboBox<String> box = new ComboBox<>(filter.communes());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return filter.text(code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(filter.communeProperty());
        box.setVisibleRowCount(14);
        Label label = new Label(m.get("communes.filter.label"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox h = new HBox(6, label, box);
        h.setAlignment(Pos.CENTER_LEFT);
        h.visibleProperty().bind(filter.shownProperty());
        h.managedProperty().bind(h.visibleProperty());
        return h;
    }

    /**
     * The commune of each row, by name; shown at a centre only.
     *
     * @param communeName the row's commune name, e.g. {@code r -> filter.name(r.stationCode())}
     */
    public static <S> TableColumn<S, String> column(CommuneFilter filter, Messages m,
                                                    Function<S, String> communeName, double width) {
        TableColumn<S, String> c = new TableColumn<>(m.get("communes.col.commune"));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? ""
                : java.util.Objects.toString(communeName.apply(cell.getValue()), "")));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setSortable(false);
        c.visibleProperty().bind(filter.shownProperty());
        return c;
    }
}
