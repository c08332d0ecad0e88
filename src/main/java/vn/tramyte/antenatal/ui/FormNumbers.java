package vn.tramyte.antenatal.ui;

import java.util.List;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;

/** Numbers typed in the antenatal forms: empty is "not recorded", anything else must be a number. */
final class FormNumbers {
    private final Messages m;

    FormNumbers(Messages messages) {
        this.m = messages;
    }

    /** The whole number typed, null when empty; a problem naming the field when it is not a number. */
    Integer integer(String text, String fieldKey, List<Problem> problems) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(null, "antenatal.form.notANumber", m.get(fieldKey), t));
            return null;
        }
    }

    /** The decimal typed (a comma or a point), null when empty; a problem naming the field when it is not one. */
    Double decimal(String text, String fieldKey, List<Problem> problems) {
        String t = text == null ? "" : text.trim().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(null, "antenatal.form.notANumber", m.get(fieldKey), t));
            return null;
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
