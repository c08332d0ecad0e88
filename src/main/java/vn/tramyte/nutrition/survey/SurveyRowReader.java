package vn.tramyte.nutrition.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import vn.tramyte.nutrition.growth.GrowthInput;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.Sex;

/** Turns one row of a survey file into a {@link GrowthInput}, or into the list of what is wrong with it. */
final class SurveyRowReader {
    /** Plain decimals only: Java would also take "NaN", "1e3" or "0x1p3", which no register means. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final SurveyColumns columns;
    private final boolean decimalComma;

    /** The row's input, or {@code null} and at least one problem. */
    record ParsedRow(GrowthInput input, List<RowProblem> problems) {
    }

    /**
     * @param decimalComma whether {@code 8,5} means 8.5: only in {@code ;}-separated files, which
     *                     is how Excel saves CSV on a Vietnamese Windows
     */
    SurveyRowReader(SurveyColumns columns, boolean decimalComma) {
        this.columns = columns;
        this.decimalComma = decimalComma;
    }

    ParsedRow read(CSVRecord record, long line) {
        if (record.size() < columns.size() || hasValuesBeyondHeader(record)) {
            return new ParsedRow(null, List.of(RowProblem.fieldCount(line, record.size(), columns.size())));
        }
        Row row = new Row(record, line);
        Sex sex = row.sex();
        Integer ageDays = row.ageDays();
        double weight = row.measurement(SurveyColumns.WEIGHT);
        double length = row.measurement(SurveyColumns.LENGTH);
        Position position = row.position();
        boolean oedema = row.oedema();
        if (!row.problems.isEmpty()) {
            return new ParsedRow(null, row.problems);
        }
        return new ParsedRow(new GrowthInput(sex, ageDays, weight, length, position, oedema), List.of());
    }

    /** Trailing empty cells, as spreadsheets sometimes write, do not count as values. */
    private boolean hasValuesBeyondHeader(CSVRecord record) {
        for (int i = columns.size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** One row being read: its values and the problems found so far. */
    private final class Row {
        private final CSVRecord record;
        private final long line;
        private final List<RowProblem> problems = new ArrayList<>();

        Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        Sex sex() {
            String text = value(SurveyColumns.SEX);
            if (text.isEmpty()) {
                problem(SurveyColumns.SEX, text, RowProblem.Reason.MISSING);
                return null;
            }
            Optional<Sex> sex = Sex.parse(text);
            if (sex.isEmpty()) {
                problem(SurveyColumns.SEX, text, RowProblem.Reason.UNKNOWN_SEX);
            }
            return sex.orElse(null);
        }

        /** The age from age_days when given, else from the two dates; {@code null} when neither is known. */
        Integer ageDays() {
            String days = value(SurveyColumns.AGE_DAYS);
            if (!days.isEmpty()) {
                return ageFromDays(days);
            }
            String birthText = value(SurveyColumns.BIRTH_DATE);
            String visitText = value(SurveyColumns.VISIT_DATE);
            if (birthText.isEmpty() && visitText.isEmpty()) {
                return null;
            }
            LocalDate birth = date(SurveyColumns.BIRTH_DATE, birthText);
            LocalDate visit = date(SurveyColumns.VISIT_DATE, visitText);
            if (birth == null || visit == null) {
                return null;
            }
            if (visit.isBefore(birth)) {
                problem(SurveyColumns.VISIT_DATE, visitText, RowProblem.Reason.VISIT_BEFORE_BIRTH);
                return null;
            }
            return (int) Math.min(ChronoUnit.DAYS.between(birth, visit), Integer.MAX_VALUE);
        }

        /** Whole days; a fraction is rounded half up, as anthro rounds ages. */
        private Integer ageFromDays(String text) {
            double days = number(SurveyColumns.AGE_DAYS, text);
            if (days < 0) {
                problem(SurveyColumns.AGE_DAYS, text, RowProblem.Reason.NEGATIVE_AGE);
            }
            if (!(days >= 0)) {
                return null;
            }
            return (int) Math.min(Math.floor(days + 0.5), Integer.MAX_VALUE);
        }

        /** A weight or length; blank is {@code NaN} (not measured), not a problem. */
        double measurement(String column) {
            String text = value(column);
            return text.isEmpty() ? Double.NaN : number(column, text);
        }

        Position position() {
            String text = value(SurveyColumns.MEASURE);
            Optional<Position> position = Position.parse(text);
            if (!text.isEmpty() && position.isEmpty()) {
                problem(SurveyColumns.MEASURE, text, RowProblem.Reason.UNKNOWN_MEASURE);
            }
            return position.orElse(null);
        }

        /** y/n, or 1/2 as anthro also accepts; blank means no oedema. */
        boolean oedema() {
            String text = value(SurveyColumns.OEDEMA);
            switch (text.toLowerCase(Locale.ROOT)) {
                case "y":
                case "1":
                    return true;
                case "":
                case "n":
                case "2":
                    return false;
                default:
                    problem(SurveyColumns.OEDEMA, text, RowProblem.Reason.UNKNOWN_OEDEMA);
                    return false;
            }
        }

        private double number(String column, String text) {
            String decimal = decimalComma ? text.replace(',', '.') : text;
            if (!NUMBER.matcher(decimal).matches()) {
                problem(column, text, RowProblem.Reason.NOT_A_NUMBER);
                return Double.NaN;
            }
            return Double.parseDouble(decimal);
        }

        private LocalDate date(String column, String text) {
            if (text.isEmpty()) {
                problem(column, text, RowProblem.Reason.MISSING);
                return null;
            }
            try {
                return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(column, text, RowProblem.Reason.NOT_A_DATE);
                return null;
            }
        }

        /** The trimmed value of a known column; blank when the file has no such column. */
        private String value(String column) {
            return columns.has(column) ? record.get(columns.indexOf(column)).strip() : "";
        }

        private void problem(String column, String value, RowProblem.Reason reason) {
            problems.add(RowProblem.of(line, columns.nameOf(column), value, reason));
        }
    }
}
