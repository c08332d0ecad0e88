package vn.tramyte.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tramyte.common.DateText;
import vn.tramyte.common.UserError;
import vn.tramyte.place.CodeList;

/**
 * The days a report counts, both included: a year ({@code 2024}), a quarter ({@code 2024Q2}), a
 * month ({@code 2024-03}), the year to date ({@code ytd}) or any range
 * ({@code 2024-01-01..2024-03-31}, also {@code 01/01/2024..31/03/2024}).
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {
    /** The first day of the 2025 communes (DOMAIN.md §1): a period ending before it uses the 2024 ones. */
    public static final LocalDate REFORM = LocalDate.of(2025, Month.JULY, 1);

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})|(\\d{1,2})/(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?:\\.\\.|–|\\s+-\\s+)\\s*(.+)");

    /** How the period was named: it decides its DHIS2 form and its label. */
    public enum Kind {
        YEAR, QUARTER, MONTH, YEAR_TO_DATE, RANGE
    }

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + ".." + to);
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static Period month(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new Period(Kind.MONTH, m.atDay(1), m.atEndOfMonth());
    }

    /** From 1 January of today's year to today. */
    public static Period yearToDate(LocalDate today) {
        return new Period(Kind.YEAR_TO_DATE, today.withDayOfYear(1), today);
    }

    public static Period range(LocalDate from, LocalDate to) {
        return new Period(Kind.RANGE, from, to);
    }

    /**
     * Reads a period as a user types it. @throws UserError naming the forms understood, when the
     * text is none of them, names a day that does not exist or ends before it starts
     */
    public static Period parse(String text, LocalDate today) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                return m.group(1) != null ? month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                        : month(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
            }
            if (t.equals("YTD")) {
                return yearToDate(today);
            }
            if ((m = RANGE.matcher(t)).matches()) {
                LocalDate from = day(m.group(1));
                LocalDate to = day(m.group(2));
                if (to.isBefore(from)) {
                    throw new UserError("report.period.endsBeforeStart", text.trim());
                }
                return range(from, to);
            }
        } catch (java.time.DateTimeException e) {
            throw new UserError("report.period.unreadable", String.valueOf(text).trim());
        }
        throw new UserError("report.period.unreadable", String.valueOf(text).trim());
    }

    private static LocalDate day(String text) {
        DateText.Parsed p = DateText.parse(text).orElseThrow(() -> new java.time.DateTimeException(text));
        if (p.yearOnly()) {
            throw new java.time.DateTimeException(text);
        }
        return p.date();
    }

    /** The year whose targets a value of this period is set against: the year it ends in. */
    public int targetYear() {
        return to.getYear();
    }

    /** The communes a period is reported by unless the user chooses: 2024 before the reform, 2025 after. */
    public CodeList defaultCodeList() {
        return to.isBefore(REFORM) ? CodeList.Y2024 : CodeList.Y2025;
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period as typed back: 2024, 2024Q2, 2024-03, or the range of days. */
    public String code() {
        switch (kind) {
            case YEAR:
                return String.valueOf(from.getYear());
            case QUARTER:
                return from.getYear() + "Q" + quarterOf(from);
            case MONTH:
                return String.format(Locale.ROOT, "%d-%02d", from.getYear(), from.getMonthValue());
            default:
                return from + ".." + to;
        }
    }

    /** DHIS2's period identifier (2024, 2024Q2, 202403); empty for a period DHIS2 has no type for. */
    public Optional<String> dhis2() {
        switch (kind) {
            case YEAR:
            case QUARTER:
                return Optional.of(code());
            case MONTH:
                return Optional.of(String.format(Locale.ROOT, "%d%02d", from.getYear(), from.getMonthValue()));
            default:
                return Optional.empty();
        }
    }

    /** ADX's period (ISO 8601 start and duration: 2024-01-01/P1Y, 2024-04-01/P3M, 2024-03-01/P1M). */
    public Optional<String> adx() {
        switch (kind) {
            case YEAR:
                return Optional.of(from + "/P1Y");
            case QUARTER:
                return Optional.of(from + "/P3M");
            case MONTH:
                return Optional.of(from + "/P1M");
            default:
                return Optional.empty();
        }
    }

    /** The label's message key; its arguments are {@link #labelArgs()}. */
    public String labelKey() {
        switch (kind) {
            case YEAR:
                return "report.period.year";
            case QUARTER:
                return "report.period.quarter";
            case MONTH:
                return "report.period.month";
            case YEAR_TO_DATE:
                return "report.period.yearToDate";
            default:
                return "report.period.range";
        }
    }

    /** {0} year, {1} quarter or month number, {2} first day, {3} last day (dd/mm/yyyy). */
    public Object[] labelArgs() {
        int part = kind == Kind.QUARTER ? quarterOf(from) : from.getMonthValue();
        return new Object[] {String.valueOf(from.getYear()), String.valueOf(part), DateText.show(from, false),
            DateText.show(to, false)};
    }

    /** The quarters of this period's year up to its end: the chart's line over quarters. */
    public java.util.List<Period> quartersOfItsYear() {
        java.util.List<Period> quarters = new java.util.ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Period p = quarter(to.getYear(), q);
            if (!p.from().isAfter(to)) {
                quarters.add(p);
            }
        }
        return quarters;
    }

    private static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }
}
