package vn.tramyte.report;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.tramyte.common.CsvFileReader;
import vn.tramyte.common.Problem;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/**
 * The DHIS2 mapping as a file the centre edits in a spreadsheet (docs/report-formats.md). Each
 * line is checked on its own (kind, the report's codes, a usable DHIS2 code); {@code name} is
 * written for the reader and ignored on reading.
 */
final class Dhis2MappingCsv {
    static final List<String> COLUMNS = List.of("kind", "code_list", "place_code", "indicator", "population", "count",
            "name", "dhis2_code", "category_option_combo");
    private static final List<String> REQUIRED = List.of("kind", "dhis2_code");
    /** DHIS2 codes are at most 50 characters; these are the characters that travel safely in CSV, JSON and XML. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.:/\\-]{1,50}");
    /** The ADX attribute is an XML name. */
    static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,49}");
    /** ADX's own attributes, which a disaggregation must not take. */
    static final Set<String> ADX_ATTRIBUTES = Set.of("dataElement", "value", "orgUnit", "period", "dataSet",
            "comment", "completeDate", "exported");

    private Dhis2MappingCsv() {
    }



    private static final CsvFileReader.Keys KEYS = new CsvFileReader.Keys("report.dhis2.file.missingColumn",
            "report.dhis2.file.columns", "report.dhis2.file.unreadable");

    static CsvFileReader.Read<Dhis2Line> read(Reader reader, String fileName) {
        return CsvFileReader.read(reader, fileName, COLUMNS, REQUIRED, KEYS, Dhis2MappingCsv::line);
    }

    private static Dhis2Line line(CSVRecord r, long line, List<Problem> problems) {
        Optional<Dhis2Line.Kind> kind = CsvFileReader.coded(r, "kind", Dhis2Line.Kind::fromCode, line, problems,
                "report.dhis2.file.badKind");
        String code = CsvFileReader.get(r, "dhis2_code");
        String coc = CsvFileReader.get(r, "category_option_combo");
        if (code.isEmpty()) {
            problems.add(Problem.of("dhis2_code", "report.dhis2.file.noCode", String.valueOf(line)));
        } else if (kind.orElse(null) == Dhis2Line.Kind.ADX_CATEGORY) {
            if (!XML_NAME.matcher(code).matches() || ADX_ATTRIBUTES.contains(code)) {
                problems.add(Problem.of("dhis2_code", "report.dhis2.file.badCategory", String.valueOf(line), code));
            }
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of("dhis2_code", "report.dhis2.file.badCode", String.valueOf(line), code));
        }
        if (!coc.isEmpty() && !CODE.matcher(coc).matches()) {
            problems.add(Problem.of("category_option_combo", "report.dhis2.file.badCode", String.valueOf(line), coc));
        }
        if (kind.isEmpty()) {
            return null;
        }
        switch (kind.get()) {
            case DATA_SET:
                return Dhis2Line.dataSet(code);
            case ADX_CATEGORY:
                return Dhis2Line.adxCategory(code);
            case DATA_ELEMENT: {
                Optional<Indicator> i = CsvFileReader.coded(r, "indicator", Indicator::fromCode, line, problems,
                        "report.dhis2.file.badIndicator", indicatorCodes());
                Optional<Population> p = CsvFileReader.coded(r, "population", Population::fromCode, line, problems,
                        "report.dhis2.file.badPopulation");
                Optional<Dhis2Line.Part> part = CsvFileReader.coded(r, "count", Dhis2Line.Part::fromCode, line,
                        problems, "report.dhis2.file.badCount");
                return i.isEmpty() || p.isEmpty() || part.isEmpty() ? null
                        : Dhis2Line.dataElement(i.get(), p.get(), part.get(), code, coc);
            }
            default: {
                Optional<CodeList> list = CsvFileReader.coded(r, "code_list", CodeList::parse, line, problems,
                        "report.dhis2.file.badCodeList");
                String place = CsvFileReader.get(r, "place_code");
                if (place.isEmpty()) {
                    problems.add(Problem.of("place_code", "report.dhis2.file.noPlace", String.valueOf(line)));
                }
                return list.isEmpty() || place.isEmpty() ? null : Dhis2Line.orgUnit(list.get(), place, code);
            }
        }
    }

    private static String indicatorCodes() {
        return String.join(", ", Arrays.stream(Indicator.values()).map(Indicator::code).toList());
    }


    /** Writes every line in force (stored or default), each with a name for the reader. */
    static void write(List<Dhis2Line> lines, Function<Dhis2Line, String> name, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").build())) {
            for (Dhis2Line l : lines) {
                printer.printRecord(l.kind().code(), l.codeList() == null ? "" : l.codeList().code(),
                        l.placeCode() == null ? "" : l.placeCode(), l.indicator() == null ? "" : l.indicator().code(),
                        l.population() == null ? "" : l.population().code(), l.part() == null ? "" : l.part().code(),
                        ReportCsv.safe(name.apply(l)), l.code(), l.categoryOptionCombo());
            }
        }
    }
}
