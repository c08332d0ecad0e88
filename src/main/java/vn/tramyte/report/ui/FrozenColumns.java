package vn.tramyte.report.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A narrow table of names kept beside a wide table that scrolls sideways, as a spreadsheet freezes
 * its first columns: same rows at the same height, one vertical scroll, one selected row, headers
 * of one height. So a commune's name stays in view while its indicators scroll past.
 */
final class FrozenColumns {
    private FrozenColumns() {
    }

    /** Lays the two tables out side by side and ties their rows together. */
    static <T> HBox pair(TableView<T> names, TableView<T> wide, double rowHeight) {
        names.setFixedCellSize(rowHeight);
        wide.setFixedCellSize(rowHeight);
        LinkedSkin<T> left = new LinkedSkin<>(names);
        LinkedSkin<T> right = new LinkedSkin<>(wide);
        names.setSkin(left);
        wide.setSkin(right);
        names.getStyleClass().add("frozen-names");
        left.flow().positionProperty().bindBidirectional(right.flow().positionProperty());
        left.header().prefHeightProperty().bind(right.header().heightProperty());
        // the names' rows end where the wide table's horizontal scroll bar begins
        ScrollBar hbar = right.flow().hbar();
        Region under = new Region();
        under.minHeightProperty().bind(Bindings.when(hbar.visibleProperty()).then(hbar.heightProperty()).otherwise(0));
        under.maxHeightProperty().bind(under.minHeightProperty());
        VBox.setVgrow(names, Priority.ALWAYS);
        VBox leftBox = new VBox(names, under);
        leftBox.setMinWidth(Region.USE_PREF_SIZE);
        names.setMinWidth(Region.USE_PREF_SIZE);
        // the names are as wide as their columns, whatever widens them (titles kept whole)
        Runnable fit = () -> names.setPrefWidth(names.getVisibleLeafColumns().stream()
                .mapToDouble(javafx.scene.control.TableColumnBase::getWidth).sum() + names.snappedLeftInset()
                + names.snappedRightInset() + 2);
        names.getVisibleLeafColumns().forEach(c -> c.widthProperty().addListener((o, was, now) -> fit.run()));
        fit.run();
        wide.setPrefWidth(200);
        wide.setMinWidth(120);
        HBox.setHgrow(wide, Priority.ALWAYS);
        selectTogether(names, wide);
        return new HBox(leftBox, wide);
    }

    private static <T> void selectTogether(TableView<T> a, TableView<T> b) {
        boolean[] busy = {false};
        a.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> follow(b, now.intValue(), busy));
        b.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> follow(a, now.intValue(), busy));
    }

    private static void follow(TableView<?> other, int index, boolean[] busy) {
        if (busy[0]) {
            return;
        }
        busy[0] = true;
        try {
            if (index < 0) {
                other.getSelectionModel().clearSelection();
            } else if (other.getSelectionModel().getSelectedIndex() != index) {
                other.getSelectionModel().clearAndSelect(index);
            }
        } finally {
            busy[0] = false;
        }
    }

    /** A table's skin that lends its scrolling flow and its header row. */
    static final class LinkedSkin<T> extends TableViewSkin<T> {
        LinkedSkin(TableView<T> table) {
            super(table);
        }

        @Override
        protected VirtualFlow<TableRow<T>> createVirtualFlow() {
            return new Flow<>();
        }

        @SuppressWarnings("unchecked")
        Flow<TableRow<T>> flow() {
            return (Flow<TableRow<T>>) getVirtualFlow();
        }

        TableHeaderRow header() {
            return getTableHeaderRow();
        }
    }

    /** The flow of rows, lending its horizontal scroll bar. */
    static final class Flow<C extends IndexedCell<?>> extends VirtualFlow<C> {
        ScrollBar hbar() {
            return getHbar();
        }
    }
}
