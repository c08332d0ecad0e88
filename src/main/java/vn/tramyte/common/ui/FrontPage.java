package vn.tramyte.common.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.tramyte.common.Messages;

/**
 * What the pages before the main window share (the first setup and the login, issue 17): the
 * band with the program's name and the language, the cards scrolling on a small screen, and
 * sentences that wrap whole.
 */
public final class FrontPage {
    private FrontPage() {
    }

    /** The program's name and tagline, and the language picker at the right. */
    public static Parent header(Messages m, Consumer<String> onLanguage) {
        Label title = new Label(m.get("app.title"));
        title.getStyleClass().add("brand");
        Label subtitle = new Label(m.get("app.tagline"));
        subtitle.getStyleClass().add("brand-sub");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, title, subtitle, spacer, new Label(m.get("language.label")),
                LanguagePicker.create(m, onLanguage));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-header");
        return bar;
    }

    /** The page's cards, scrolling down on a small screen: every sentence stays whole, the buttons within reach. */
    public static ScrollPane scroll(Node center) {
        ScrollPane scroll = new ScrollPane(center);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** A label whose sentence wraps and is never cut to "…". */
    public static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
