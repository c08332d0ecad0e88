package vn.tramyte.common.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.collections.FXCollections;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.transform.Scale;
import javafx.util.StringConverter;
import vn.tramyte.common.Messages;
import vn.tramyte.common.DateText;

/** Small builders shared by the pages: dates in dd/MM/yyyy, choices by message key, sentences, registers. */
public final class Forms {
    private Forms() {
    }

    public static DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker p = datePicker(id);
        p.setPrefWidth(160); // the whole year shows, with room for a wider font than the one measured
        p.valueProperty().bindBidirectional(value);
        return p;
    }

    /** A date field typed as dd/mm/yyyy, of its natural width. */
    public static DatePicker datePicker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setConverter(DateFields.converter(p));
        return p;
    }

    /** Shows a value by its text (a choice that is only picked, never typed). */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A field with its label before it, the label never cut. */
    public static HBox labelled(Label label, Node field) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(10, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A column of sentences (problems, warnings) kept in step with the list; takes no room when empty. */
    public static VBox sentences(ObservableList<String> list, String id, String style) {
        VBox box = new VBox(4);
        box.setId(id);
        box.managedProperty().bind(Bindings.isNotEmpty(box.getChildren()));
        list.addListener((ListChangeListener<String>) c -> {
            box.getChildren().clear();
            for (String s : list) {
                Label l = new Label(s);
                l.setWrapText(true);
                l.getStyleClass().add(style);
                box.getChildren().add(l);
            }
        });
        return box;
    }

    /** A choice among values (null first: "not recorded"), each shown by its text. */
    public static <T> ComboBox<T> choice(String id, List<T> values, Function<T, String> show, String noneText,
                                         ObjectProperty<T> value) {
        List<T> items = new java.util.ArrayList<>();
        items.add(null);
        items.addAll(values);
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? noneText : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? noneText : show.apply(item));
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    public static <S> TableColumn<S, String> column(Messages m, String key, Function<S, String> text, double width) {
        TableColumn<S, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    public static String show(LocalDate d) {
        return d == null ? "" : DateText.show(d, false);
    }

    /** Prints a register on A4 landscape, scaled to the page width; false when there is no printer. */
    public static boolean print(Node node) {
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) {
            return false;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null || !job.showPrintDialog(node.getScene() == null ? null : node.getScene().getWindow())) {
            return job != null;
        }
        var layout = printer.createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        double scale = Math.min(1, layout.getPrintableWidth() / node.getBoundsInParent().getWidth());
        Scale s = new Scale(scale, scale);
        node.getTransforms().add(s);
        boolean ok = job.printPage(layout, node);
        node.getTransforms().remove(s);
        if (ok) {
            job.endJob();
        }
        return true;
    }

    /** What a register table shows, cell by cell as on screen, for its PDF. */
    public record TableText(List<String> headers, float[] widths, List<List<String>> rows) {
    }

    /** The columns shown (a centre's commune column is hidden at a station), as on screen. */
    public static TableText text(TableView<?> table) {
        List<? extends TableColumn<?, ?>> shown = table.getColumns().stream().filter(TableColumn::isVisible).toList();
        List<String> headers = new java.util.ArrayList<>();
        float[] widths = new float[shown.size()];
        for (int i = 0; i < widths.length; i++) {
            headers.add(shown.get(i).getText());
            widths[i] = (float) shown.get(i).getPrefWidth();
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < table.getItems().size(); r++) {
            List<String> row = new java.util.ArrayList<>();
            for (var c : shown) {
                Object v = c.getCellData(r);
                row.add(v == null ? "" : v.toString());
            }
            rows.add(row);
        }
        return new TableText(headers, widths, rows);
    }

    /** Asks where to save a register's PDF; null when cancelled. */
    public static java.nio.file.Path askPdfFile(Node owner, String title, String fileName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName + ".pdf");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File f = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    /** A register wider than the page keeps its columns whole and scrolls sideways. */
    public static <S> void wide(TableView<S> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    public static <S> void fill(TableView<S> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
