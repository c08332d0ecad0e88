package vn.tramyte.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as typed in Vietnam (dd/mm/yyyy, also d/m/yyyy and yyyy-mm-dd), and a year alone
 * for an adult whose exact birth date is unknown.
 */
public final class DateText {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DateText() {
    }

    /** A parsed date; yearOnly when only a year was given (stored as 1 January). */
    public record Parsed(LocalDate date, boolean yearOnly) {
    }

    public static Optional<Parsed> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().replace('.', '/').replace('-', '/');
        try {
            if (t.matches("\\d{4}")) {
                return Optional.of(new Parsed(LocalDate.of(Integer.parseInt(t), 1, 1), true));
            }
            if (t.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
                String[] p = t.split("/");
                return Optional.of(new Parsed(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                        Integer.parseInt(p[2])), false));
            }
            return Optional.of(new Parsed(LocalDate.parse(t, DMY), false));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the text has the shape of a date (dd/mm/yyyy or yyyy-mm-dd) but names a day the
     * calendar does not have (31/02/2025, 2026-13-01): the user is told the day does not exist,
     * not that the date cannot be read.
     */
    public static boolean isImpossibleDay(String text) {
        if (text == null) {
            return false;
        }
        String t = text.trim().replace('.', '/').replace('-', '/');
        boolean shaped = t.matches("\\d{1,2}/\\d{1,2}/\\d{4}") || t.matches("\\d{4}/\\d{1,2}/\\d{1,2}");
        return shaped && parse(t).isEmpty();
    }

    public static String show(LocalDate date, boolean yearOnly) {
        if (date == null) {
            return "";
        }
        return yearOnly ? String.valueOf(date.getYear()) : SHOW.format(date);
    }
}
