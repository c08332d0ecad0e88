package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as they appear in the messages of this feature: dd/MM/yyyy, as on the paper cards. */
final class Dates {
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Dates() {
    }

    static String show(LocalDate date) {
        return date == null ? "" : SHOW.format(date);
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
