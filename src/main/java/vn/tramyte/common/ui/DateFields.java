package vn.tramyte.common.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;

/**
 * Date fields typed as dd/mm/yyyy. A typed text that is not a date is not silently dropped: the
 * field turns red and a sentence under it says why ("31/02/2025: ngày này không có trong
 * lịch…"), until a date is given. The field fires {@link #BAD_DATE}; the window, which knows the
 * user's language, answers with {@link #explain}.
 */
public final class DateFields {
    /** Fired by a date field whose typed text is not a date; it bubbles up to the window. */
    public static final EventType<BadDate> BAD_DATE = new EventType<>(Event.ANY, "TRAMYTE_BAD_DATE");
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final String ERROR_STYLE = "date-error";

    private DateFields() {
    }

    /** What was typed, and whether it is written as a date whose day does not exist (31/02). */
    public static final class BadDate extends Event {
        private final String typed;
        private final boolean impossibleDay;

        BadDate(String typed, boolean impossibleDay) {
            super(BAD_DATE);
            this.typed = typed;
            this.impossibleDay = impossibleDay;
        }

        public String typed() {
            return typed;
        }

        public boolean impossibleDay() {
            return impossibleDay;
        }
    }

    /** The field's converter: dates shown and read as dd/mm/yyyy; a text that is not a date empties the field. */
    public static StringConverter<LocalDate> converter(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateText.show(date, false);
            }

            @Override
            public LocalDate fromString(String text) {
                Optional<DateText.Parsed> parsed = DateText.parse(text);
                if (parsed.isPresent() || text == null || text.isBlank()) {
                    clear(picker);
                    return parsed.map(DateText.Parsed::date).orElse(null);
                }
                picker.fireEvent(new BadDate(text.trim(), DateText.isImpossibleDay(text)));
                return null;
            }
        };
    }

    /** Says under the field why what was typed is not a date; the sentence goes when a date is given. */
    public static void explain(BadDate event, Messages m) {
        if (!(event.getTarget() instanceof DatePicker picker)) {
            return;
        }
        clear(picker);
        Tooltip sentence = new Tooltip(m.format(event.impossibleDay() ? "date.error.notInCalendar"
                : "date.error.unreadable", event.typed()));
        sentence.getStyleClass().add(ERROR_STYLE);
        sentence.setWrapText(true);
        sentence.setMaxWidth(460);
        sentence.setAutoHide(true);
        picker.setTooltip(sentence);
        picker.pseudoClassStateChanged(DANGER, true);
        picker.valueProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends LocalDate> o, LocalDate was, LocalDate now) {
                if (now != null) {
                    picker.valueProperty().removeListener(this);
                    clear(picker);
                }
            }
        });
        Bounds b = picker.localToScreen(picker.getBoundsInLocal());
        if (b != null && picker.getScene() != null && picker.getScene().getWindow() != null) {
            sentence.show(picker, b.getMinX(), b.getMaxY() + 2);
        }
    }

    private static void clear(DatePicker picker) {
        Tooltip shown = picker.getTooltip();
        if (shown != null && shown.getStyleClass().contains(ERROR_STYLE)) {
            shown.hide();
            picker.setTooltip(null);
        }
        picker.pseudoClassStateChanged(DANGER, false);
    }
}
