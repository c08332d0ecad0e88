package vn.tramyte.report.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;
import vn.tramyte.common.DateText;

/** Small builders of the Reports page: choices shown by a text, dates in dd/MM/yyyy, wrapping headers. */
final class Controls {
    private Controls() {
    }

    static <T> ComboBox<T> choice(String id, List<T> values, Function<T, String> show, ObjectProperty<T> value) {
        return choice(id, FXCollections.observableArrayList(values), show, value);
    }

    static <T> ComboBox<T> choice(String id, ObservableList<T> values, Function<T, String> show,
                                  ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>(values);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : show.apply(item));
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    static DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(140);
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DateText.show(d, false);
            }

            @Override
            public LocalDate fromString(String s) {
                return s == null || s.isBlank() ? null : DateText.parse(s).map(DateText.Parsed::date).orElse(null);
            }
        });
        p.valueProperty().bindBidirectional(value);
        return p;
    }

    /** A column whose header wraps inside the column's width instead of ending in "…". */
    static <S, T> TableColumn<S, T> wrappingColumn(String header) {
        TableColumn<S, T> c = new TableColumn<>();
        Text text = new Text(header);
        text.setTextAlignment(TextAlignment.CENTER);
        text.wrappingWidthProperty().bind(c.widthProperty().subtract(14));
        text.getStyleClass().add("report-header");
        c.setGraphic(text);
        c.setSortable(false);
        return c;
    }

    /** A label and its control, kept together on one line when the bar wraps. */
    static javafx.scene.layout.HBox labelled(String label, Control control) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        control.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Controls keep their whole text and wrap to a second line when the window is narrow. */
    static FlowPane bar(javafx.scene.Node... nodes) {
        FlowPane bar = new FlowPane(8, 8, nodes);
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
