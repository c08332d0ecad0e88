package vn.tramyte.antenatal.ui;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;

/** The antenatal page's two lines, shared by its tabs: what went wrong, and what was just done. */
final class Feedback {
    private final Messages m;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    Feedback(Messages messages) {
        this.m = messages;
    }

    void clear() {
        error.set("");
        message.set("");
    }

    void done(String text) {
        message.set(text);
    }

    void refuse(String text) {
        error.set(text);
    }

    void refuse(List<Problem> problems) {
        error.set(new UserError(problems).describe(m));
    }

    void fail(Throwable e) {
        error.set(e instanceof UserError u ? u.describe(m) : m.describe(e));
    }

    StringProperty messageProperty() {
        return message;
    }

    StringProperty errorProperty() {
        return error;
    }
}
