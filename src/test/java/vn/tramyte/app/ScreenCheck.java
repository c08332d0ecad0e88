package vn.tramyte.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

/**
 * What a user cannot read on screen: a label, button or column header whose skin draws less
 * than its text (clipped with "…"), or a text field too narrow for the text it holds. And
 * screenshots, to look at what the window shows. Called on the FX thread.
 */
final class ScreenCheck {
    /** Set to true ({@code -Dtramyte.screenshots=true}) to write every checked screen as a PNG. */
    static final String SCREENSHOTS = "tramyte.screenshots";

    private ScreenCheck() {
    }

    /** One line per text that is cut, naming the control, its full text and what is drawn. */
    static List<String> cutTexts(Parent root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible() || node.getScene() == null) {
            return;
        }
        if (node instanceof Cell<?> && !isComboButtonCell(node)) {
            return; // rows of tables and lists: a long value is cut in its column and shown by widening it
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, cut);
        }
        if (node instanceof TextField field) {
            checkField(field, cut);
        }
        if (node instanceof TableView<?> table) {
            checkColumnsInView(table, cut);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }

    private static boolean isComboButtonCell(Node node) {
        return node.getParent() != null && node.getParent().getParent() instanceof ComboBoxBase<?>
                || node.getParent() instanceof ComboBoxBase<?>;
    }

    private static void checkLabeled(Labeled labeled, List<String> cut) {
        String full = labeled.getText();
        if (full == null || full.isEmpty() || labeled.getWidth() <= 0) {
            return;
        }
        if (labeled.isMnemonicParsing()) {
            full = full.replaceFirst("_(?=.)", "");
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && child.getStyleClass().contains("text") && child.isVisible()) {
                if (!full.equals(drawn.getText())) {
                    cut.add(describe(labeled) + " \"" + full + "\" is drawn as \"" + drawn.getText() + "\"");
                }
            }
        }
    }

    /** Columns wider than the table with no sideways scroll bar: the last ones cannot be seen at all. */
    private static void checkColumnsInView(TableView<?> table, List<String> cut) {
        if (table.getWidth() <= 0 || table.getVisibleLeafColumns().isEmpty()) {
            return;
        }
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getWidth).sum();
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        boolean scrolls = false;
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()) {
                room -= bar.getWidth();
            }
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                scrolls = true;
            }
        }
        // a few pixels are rounding between the table and its policy; a hidden column is tens of them
        if (!scrolls && columns > room + 8) {
            cut.add(describe(table) + ": its columns need " + Math.round(columns) + " px, it shows "
                    + Math.round(room) + " and does not scroll: the last columns cannot be seen");
        }
    }

    private static void checkField(TextField field, List<String> cut) {
        String text = field.getText();
        if (text == null || text.isEmpty() || field.getWidth() <= 0) {
            return;
        }
        Text measure = new Text(text);
        measure.setFont(field.getFont());
        double needed = measure.getLayoutBounds().getWidth();
        double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
        if (needed > room + 0.5) {
            cut.add(describe(field) + " \"" + text + "\" needs " + Math.round(needed) + " px, has " + Math.round(room));
        }
    }

    private static String describe(Node node) {
        Node named = node;
        while (named != null && named.getId() == null) {
            named = named.getParent();
        }
        return node.getClass().getSimpleName() + (named == null ? "" : " in #" + named.getId());
    }

    /** Writes the scene to target/screenshots/NAME.png when screenshots are asked for. */
    static void screenshot(Scene scene, String name) {
        if (!Boolean.getBoolean(SCREENSHOTS)) {
            return;
        }
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
