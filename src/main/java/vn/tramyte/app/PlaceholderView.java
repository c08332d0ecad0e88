package vn.tramyte.app;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.tramyte.common.Messages;

/** The page of a feature that is not in this version yet: says so plainly. */
final class PlaceholderView {
    private PlaceholderView() {
    }

    static Parent create(Messages m, Feature feature) {
        Label title = new Label(m.get(feature.messageKey()));
        title.getStyleClass().add("title-2");
        Label text = new Label(m.get("placeholder.notYet"));
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        VBox box = new VBox(12, title, text);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        VBox outer = new VBox(box);
        outer.setAlignment(Pos.CENTER);
        return outer;
    }
}
