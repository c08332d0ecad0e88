package vn.tramyte.common.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Column titles read whole: no column of a page is narrower than its title (a register that
 * does not fit scrolls sideways instead of printing "Ngày dự…"), and a long title can be
 * broken onto lines.
 */
public final class TableHeaders {
    /** Room for the sort arrow and for fonts a little wider than the one measured. */
    private static final double SPARE = 12;

    private TableHeaders() {
    }

    /** Widens the columns of every table on the page to their titles, once the page is on screen. */
    public static void keepWhole(Parent page) {
        if (page.getScene() != null) {
            fitAll(page);
            return;
        }
        page.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    page.sceneProperty().removeListener(this);
                    // after the window has put its style sheet on the scene
                    Platform.runLater(() -> fitAll(page));
                }
            }
        });
    }

    private static void fitAll(Parent page) {
        page.applyCss();
        page.layout(); // a table makes its column headers when first laid out
        for (Node n : page.lookupAll(".table-view")) {
            if (n instanceof TableView<?> table) {
                fit(table);
            }
        }
    }

    private static final String FITTED = TableHeaders.class.getName();

    private static void fit(TableView<?> table) {
        fitColumns(table);
        if (table.getProperties().putIfAbsent(FITTED, Boolean.TRUE) == null) {
            scrollWhenTooNarrow(table);
        }
    }

    /**
     * A table that spreads its columns over its width cannot show them all once the window is
     * narrower than their titles: it then scrolls sideways instead, and spreads them again when
     * the window is widened.
     */
    private static <S> void scrollWhenTooNarrow(TableView<S> table) {
        javafx.util.Callback<TableView.ResizeFeatures, Boolean> spread = table.getColumnResizePolicy();
        if (spread == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return;
        }
        Runnable choose = () -> {
            double titles = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getMinWidth).sum();
            // the width a vertical scroll bar may take
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18;
            var wanted = titles > room ? TableView.UNCONSTRAINED_RESIZE_POLICY : spread;
            if (table.getWidth() > 0 && table.getColumnResizePolicy() != wanted) {
                table.setColumnResizePolicy(wanted);
            }
        };
        table.widthProperty().addListener((o, was, now) -> choose.run());
        choose.run();
    }

    private static void fitColumns(TableView<?> table) {
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.getTableColumn().getColumns().isEmpty()
                    && header.lookup(".label") instanceof Label title) {
                double needed = Math.ceil(title.prefWidth(-1) + header.snappedLeftInset()
                        + header.snappedRightInset() + SPARE);
                TableColumnBase<?, ?> column = header.getTableColumn();
                if (column.getMinWidth() < needed) {
                    column.setMinWidth(needed);
                }
                if (column.getPrefWidth() < needed) {
                    column.setPrefWidth(needed);
                }
            }
        }
    }

    /**
     * A title broken at spaces onto at most three lines, each about {@code width} characters
     * where the words allow ("DPT-VGB-Hib (5 trong 1) mũi 1" → "DPT-VGB-Hib / (5 trong 1) / mũi 1").
     * A short bracketed group stays on one line.
     */
    public static String lines(String title, int width) {
        List<String> words = words(title, width);
        String best = title;
        int bestLongest = title.length();
        for (int lineCount = 2; lineCount <= 3 && bestLongest > width; lineCount++) {
            String split = bestSplit(words, lineCount);
            int longest = split.lines().mapToInt(String::length).max().orElse(0);
            if (longest < bestLongest) {
                best = split;
                bestLongest = longest;
            }
        }
        return best;
    }

    /** The words, a bracketed group that fits on a line counted as one word. */
    private static List<String> words(String title, int width) {
        List<String> words = new ArrayList<>();
        StringBuilder group = null;
        for (String w : title.trim().split("\\s+")) {
            if (group == null && w.startsWith("(") && !w.endsWith(")")) {
                group = new StringBuilder(w);
            } else if (group != null) {
                group.append(' ').append(w);
                if (w.endsWith(")")) {
                    addGroup(words, group.toString(), width);
                    group = null;
                }
            } else {
                words.add(w);
            }
        }
        if (group != null) {
            addGroup(words, group.toString(), width);
        }
        return words;
    }

    private static void addGroup(List<String> words, String group, int width) {
        if (group.length() <= width) {
            words.add(group);
        } else {
            words.addAll(List.of(group.split(" ")));
        }
    }

    /** The split of the words into that many lines whose longest line is shortest. */
    private static String bestSplit(List<String> words, int lineCount) {
        String best = String.join(" ", words);
        int bestLongest = Integer.MAX_VALUE;
        int n = words.size();
        if (n < lineCount) {
            return String.join("\n", words);
        }
        // lineCount is 2 or 3: try every place for the one or two breaks
        for (int a = 1; a < n; a++) {
            for (int b = lineCount == 3 ? a + 1 : n; b <= n; b++) {
                if (lineCount == 3 && b == n) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                parts.add(String.join(" ", words.subList(0, a)));
                if (lineCount == 3) {
                    parts.add(String.join(" ", words.subList(a, b)));
                    parts.add(String.join(" ", words.subList(b, n)));
                } else {
                    parts.add(String.join(" ", words.subList(a, n)));
                }
                int longest = parts.stream().mapToInt(String::length).max().orElse(0);
                if (longest < bestLongest) {
                    bestLongest = longest;
                    best = String.join("\n", parts);
                }
            }
        }
        return best;
    }
}
