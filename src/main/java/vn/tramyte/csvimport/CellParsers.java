package vn.tramyte.csvimport;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.DateText;
import vn.tramyte.person.EthnicGroup;
import vn.tramyte.person.EthnicGroups;
import vn.tramyte.person.Sex;

/**
 * Reads the value of one cell as the contract's "Values" section defines it, and says what is
 * wrong instead of throwing. Every method expects the trimmed text of a non-empty cell; an
 * empty one gives {@code import.problem.required}, since whether emptiness is allowed is the
 * column's business ({@link RowReader} decides it before calling here).
 */
public final class CellParsers {
    /** Refs are the register's own keys: row numbers or codes, never whole sentences. */
    public static final int MAX_REF_LENGTH = 100;
    /** "birth_date may be a year alone for an adult": a child's schedules need the exact day. */
    public static final int ADULT_AGE_YEARS = 18;
    /** The same limit as a typed birth date: an earlier year is a typo (0990, 1009). */
    public static final int EARLIEST_YEAR = 1900;

    private static final String REQUIRED = "import.problem.required";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private CellParsers() {
    }

    /**
     * A ref as it is stored and compared: trimmed, NFC, inner spaces single. Case is kept: the
     * register's keys are matched exactly, as the database will match them on a later import.
     */
    public static String cleanRef(String text) {
        return SearchText.clean(text);
    }

    public static CellValue<String> ref(String text) {
        String ref = cleanRef(text);
        if (ref.isEmpty()) {
            return CellValue.wrong(REQUIRED);
        }
        if (ref.length() > MAX_REF_LENGTH) {
            return CellValue.wrong("import.problem.refTooLong", String.valueOf(MAX_REF_LENGTH));
        }
        return CellValue.of(ref);
    }

    /**
     * A date written {@code yyyy-mm-dd} or {@code dd/mm/yyyy} (a day or month of one digit is
     * read too, as Excel writes 5/3/2025), checked against the calendar: 31/02 is refused, not
     * rolled over to March. {@code yearOnly} is true only for a year alone under
     * {@link DateRule#BIRTH_DATE}, stored as 1 January as a typed one is.
     */
    public static CellValue<DateText.Parsed> date(String text, DateRule rule, LocalDate today) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return CellValue.wrong(REQUIRED);
        }
        if (rule == DateRule.BIRTH_DATE && YEAR.matcher(t).matches()) {
            return yearAlone(Integer.parseInt(t), today);
        }
        Matcher iso = ISO.matcher(t);
        Matcher dmy = DMY.matcher(t);
        LocalDate date;
        try {
            if (iso.matches()) {
                date = LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3));
            } else if (dmy.matches()) {
                date = LocalDate.of(num(dmy, 3), num(dmy, 2), num(dmy, 1));
            } else {
                return CellValue.wrong(rule == DateRule.BIRTH_DATE
                        ? "import.problem.birthDateUnreadable" : "import.problem.dateUnreadable");
            }
        } catch (DateTimeException e) {
            return CellValue.wrong("import.problem.dateInvalid");
        }
        if (date.getYear() < EARLIEST_YEAR) {
            return CellValue.wrong("import.problem.dateTooOld", String.valueOf(EARLIEST_YEAR));
        }
        if (rule != DateRule.FUTURE_ALLOWED && date.isAfter(today)) {
            return CellValue.wrong("import.problem.dateFuture", show(today));
        }
        return CellValue.of(new DateText.Parsed(date, false));
    }

    private static CellValue<DateText.Parsed> yearAlone(int year, LocalDate today) {
        if (year < EARLIEST_YEAR) {
            return CellValue.wrong("import.problem.dateTooOld", String.valueOf(EARLIEST_YEAR));
        }
        if (year > today.getYear()) {
            return CellValue.wrong("import.problem.dateFuture", show(today));
        }
        if (year > today.getYear() - ADULT_AGE_YEARS) {
            return CellValue.wrong("import.problem.yearOnlyChild", String.valueOf(ADULT_AGE_YEARS));
        }
        return CellValue.of(new DateText.Parsed(LocalDate.of(year, 1, 1), true));
    }

    public static CellValue<Sex> sex(String text) {
        if (text == null || text.isBlank()) {
            return CellValue.wrong(REQUIRED);
        }
        return Sex.parse(text).map(CellValue::of).orElseGet(() -> CellValue.wrong("import.problem.sexUnknown"));
    }

    /** The 1979 GSO code (01..54) or the Vietnamese name, case and diacritics ignored. */
    public static CellValue<EthnicGroup> ethnicity(String text, EthnicGroups groups) {
        if (text == null || text.isBlank()) {
            return CellValue.wrong(REQUIRED);
        }
        return groups.find(text).map(CellValue::of)
                .orElseGet(() -> CellValue.wrong("import.problem.ethnicityUnknown"));
    }

    /**
     * A decimal with a dot, or a comma when {@code commaAllowed} (a {@code ;} file), within the
     * plausible range the caller gives for the column (inclusive). Thousands separators are
     * refused: "1.234,5" is more likely a mistake than a weight.
     */
    public static CellValue<BigDecimal> decimal(String text, boolean commaAllowed, BigDecimal min, BigDecimal max) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return CellValue.wrong(REQUIRED);
        }
        if (!DECIMAL.matcher(t).matches()) {
            return CellValue.wrong("import.problem.numberUnreadable");
        }
        if (t.indexOf(',') >= 0 && !commaAllowed) {
            return CellValue.wrong("import.problem.decimalComma");
        }
        BigDecimal value = new BigDecimal(t.replace(',', '.'));
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return CellValue.wrong("import.problem.outOfRange", plain(min), plain(max));
        }
        return CellValue.of(value);
    }

    public static CellValue<Integer> integer(String text, int min, int max) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return CellValue.wrong(REQUIRED);
        }
        if (!INTEGER.matcher(t).matches()) {
            return CellValue.wrong("import.problem.integerUnreadable");
        }
        int value = Integer.parseInt(t.startsWith("+") ? t.substring(1) : t);
        if (value < min || value > max) {
            return CellValue.wrong("import.problem.outOfRange", String.valueOf(min), String.valueOf(max));
        }
        return CellValue.of(value);
    }

    /** The contract's {@code y}/{@code n}, and the words a register keeper may write instead. */
    public static CellValue<Boolean> yesNo(String text) {
        switch (SearchText.normalize(text)) {
            case "":
                return CellValue.wrong(REQUIRED);
            case "y": case "yes": case "co": case "1":
                return CellValue.of(true);
            case "n": case "no": case "khong": case "0":
                return CellValue.of(false);
            default:
                return CellValue.wrong("import.problem.yesNoUnknown");
        }
    }

    /**
     * One of the allowed codes, in any case; the code is returned as the contract spells it
     * ({@code Station} gives {@code station}, {@code l} gives {@code L}).
     */
    public static CellValue<String> code(String text, Collection<String> allowed) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return CellValue.wrong(REQUIRED);
        }
        for (String code : allowed) {
            if (code.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                return CellValue.of(code);
            }
        }
        return CellValue.wrong("import.problem.codeUnknown", String.join(", ", allowed));
    }

    /** A date as the messages show it: dd/mm/yyyy, as typed in Vietnam. */
    public static String show(LocalDate date) {
        return SHOW.format(date);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
