package vn.tramyte.common.ui;

import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import vn.tramyte.common.Messages;

/** Tiếng Việt / English, each shown in its own language; the choice is remembered. */
public final class LanguagePicker {
    private LanguagePicker() {
    }

    public static ComboBox<String> create(Messages messages, Consumer<String> onChange) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().addAll("vi", "en");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : messages.get("en".equals(code) ? "language.english" : "language.vietnamese");
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setValue(messages.language());
        box.setId("language");
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                onChange.accept(b);
            }
        });
        return box;
    }
}
