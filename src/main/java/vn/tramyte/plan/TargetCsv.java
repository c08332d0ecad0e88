package vn.tramyte.plan;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.tramyte.common.CsvFileReader;
import vn.tramyte.common.Problem;
import vn.tramyte.place.CodeList;

/**
 * The targets file: the columns of the source plans' table (shared reference
 * {@code targets-seed-plans.csv}), so a statistician edits it in a spreadsheet and imports it
 * back. {@code place_name} is written for the reader and ignored on reading; {@code bound} may
 * be left empty (it follows from the indicator) but must not contradict it.
 */
final class TargetCsv {
    static final List<String> COLUMNS = List.of("code_list", "place_code", "place_name", "year", "indicator",
            "population", "bound", "target");
    private static final List<String> REQUIRED = List.of("code_list", "place_code", "year", "indicator", "population",
            "target");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final BigDecimal LARGEST = new BigDecimal("99999999.99");

    private TargetCsv() {
    }



    private static final CsvFileReader.Keys KEYS = new CsvFileReader.Keys("target.file.missingColumn",
            "target.file.columns", "target.file.unreadable");

    static CsvFileReader.Read<PlanTarget> read(Reader reader, String fileName) {
        return CsvFileReader.read(reader, fileName, COLUMNS, REQUIRED, KEYS, TargetCsv::row);
    }

    private static PlanTarget row(CSVRecord r, long line, List<Problem> problems) {
        Optional<CodeList> list = CsvFileReader.coded(r, "code_list", CodeList::parse, line, problems,
                "target.file.badCodeList");
        String place = r.get("place_code");
        if (place.isEmpty()) {
            problems.add(Problem.of("place_code", "target.file.noPlace", String.valueOf(line)));
        }
        Integer year = null;
        try {
            year = Integer.valueOf(r.get("year"));
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                problems.add(Problem.of("year", "target.file.badYear", String.valueOf(line), r.get("year"),
                        String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
            }
        } catch (NumberFormatException e) {
            problems.add(Problem.of("year", "target.file.badYear", String.valueOf(line), r.get("year"),
                        String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        Optional<Indicator> indicator = CsvFileReader.coded(r, "indicator", Indicator::fromCode, line, problems,
                "target.file.badIndicator");
        Optional<Population> population = CsvFileReader.coded(r, "population", Population::fromCode, line, problems,
                "target.file.badPopulation");
        String bound = r.isMapped("bound") ? r.get("bound") : "";
        if (indicator.isPresent() && !bound.isEmpty()
                && Indicator.Bound.fromCode(bound).filter(b -> b == indicator.get().bound()).isEmpty()) {
            problems.add(Problem.of("bound", "target.file.badBound", String.valueOf(line), bound, indicator.get().code(),
                    indicator.get().bound().code()));
        }
        BigDecimal value = number(r.get("target"));
        ValueProblem wrong = valueProblem(indicator.orElse(null), value);
        if (wrong == ValueProblem.NOT_A_VALUE) {
            problems.add(Problem.of("target", "target.file.badValue", String.valueOf(line), r.get("target")));
            value = null;
        } else if (wrong == ValueProblem.OVER_HUNDRED) {
            problems.add(Problem.of("target", "target.file.overHundred", String.valueOf(line), r.get("target"),
                    indicator.get().code()));
        }
        if (list.isEmpty() || place.isEmpty() || year == null || indicator.isEmpty() || population.isEmpty()
                || value == null) {
            return null;
        }
        return new PlanTarget(list.get(), place, year, indicator.get(), population.get(), value);
    }

    /** What is wrong with a target's value, the same for a file's line and a value typed in the window. */
    enum ValueProblem {
        /** Not a number, negative, more than two decimals or too large. */
        NOT_A_VALUE,
        /** A percentage above 100. */
        OVER_HUNDRED
    }

    /** @param indicator null when not known (then only the number is checked) @return null when the value is good */
    static ValueProblem valueProblem(Indicator indicator, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.scale() > 2 || value.compareTo(LARGEST) > 0) {
            return ValueProblem.NOT_A_VALUE;
        }
        if (indicator != null && indicator.unit() == Indicator.Unit.PERCENT
                && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return ValueProblem.OVER_HUNDRED;
        }
        return null;
    }

    /** "23.41", or "23,41" as a Vietnamese spreadsheet writes it; null when it is no number. */
    static BigDecimal number(String text) {
        String t = text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            BigDecimal v = new BigDecimal(t).stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0) : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }


    static void write(List<PlanTarget> targets, Function<PlanTarget, String> placeName, Writer out)
            throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").build())) {
            for (PlanTarget t : targets) {
                printer.printRecord(vn.tramyte.common.CsvCells.row(List.of(t.codeList().code(), t.placeCode(),
                        placeName.apply(t), t.year(), t.indicator().code(), t.population().code(), t.bound().code(),
                        t.target().toPlainString())));
            }
        }
    }
}
