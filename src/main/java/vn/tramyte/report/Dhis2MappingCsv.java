package vn.tramyte.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.tramyte.common.Problem;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DHIS2 mapping as a file the centre edits in a spreadsheet (docs/report-formats.md). Each
 * line is checked on its own (kind, the report's codes, a usable DHIS2 code); {@code name} is
 * written for the reader and ignored on reading.
 */
final class Dhis2MappingCsv {
    private static final Logger LOG = LoggerFactory.getLogger(Dhis2MappingCsv.class);
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

    record Line(long line, Dhis2Line mapping) {
    }

    record Read(List<Line> lines, List<Problem> problems) {
    }

    static Read read(Reader reader, String fileName) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).build().parse(reader);
            List<String> header = parser.getHeaderNames();
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    problems.add(Problem.of(column, "report.dhis2.file.missingColumn", fileName, column,
                            String.join(",", COLUMNS)));
                }
            }
            if (!problems.isEmpty()) {
                return new Read(List.of(), problems);
            }
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                int before = problems.size();
                Dhis2Line l = line(r, line, header.size(), problems);
                if (problems.size() == before && l != null) {
                    lines.add(new Line(line, l));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(fileName, e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            LOG.warn("cannot read {}", fileName, e);
            problems.add(Problem.of(null, "report.dhis2.file.unreadable", fileName, vn.tramyte.common.IoReason.ofCsv(e)));
        }
        return new Read(lines, problems);
    }

    private static Dhis2Line line(CSVRecord r, long line, int columns, List<Problem> problems) {
        if (!r.isConsistent()) {
            problems.add(Problem.of(null, "report.dhis2.file.columns", String.valueOf(line), String.valueOf(r.size()),
                    String.valueOf(columns)));
            return null;
        }
        Optional<Dhis2Line.Kind> kind = coded(r, "kind", Dhis2Line.Kind::fromCode, line, problems,
                "report.dhis2.file.badKind");
        String code = get(r, "dhis2_code");
        String coc = get(r, "category_option_combo");
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
                Optional<Indicator> i = coded(r, "indicator", Indicator::fromCode, line, problems,
                        "report.dhis2.file.badIndicator", indicatorCodes());
                Optional<Population> p = coded(r, "population", Population::fromCode, line, problems,
                        "report.dhis2.file.badPopulation");
                Optional<Dhis2Line.Part> part = coded(r, "count", Dhis2Line.Part::fromCode, line, problems,
                        "report.dhis2.file.badCount");
                return i.isEmpty() || p.isEmpty() || part.isEmpty() ? null
                        : Dhis2Line.dataElement(i.get(), p.get(), part.get(), code, coc);
            }
            default: {
                Optional<CodeList> list = coded(r, "code_list", Dhis2MappingCsv::codeList, line, problems,
                        "report.dhis2.file.badCodeList");
                String place = get(r, "place_code");
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

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column) : "";
    }

    private static <T> Optional<T> coded(CSVRecord r, String column, Function<String, Optional<T>> parse, long line,
                                         List<Problem> problems, String key, Object... more) {
        String text = get(r, column);
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            Object[] args = new Object[2 + more.length];
            args[0] = String.valueOf(line);
            args[1] = text;
            System.arraycopy(more, 0, args, 2, more.length);
            problems.add(Problem.of(column, key, args));
        }
        return value;
    }

    private static Optional<CodeList> codeList(String code) {
        return Arrays.stream(CodeList.values()).filter(c -> c.code().equals(code)).findFirst();
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
