package vn.tramyte.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/**
 * The report as CSV, a contract scripts rely on (docs/report-formats.md): UTF-8, one line per
 * place × indicator × population, places in the report's order with the total last.
 */
final class ReportCsv {
    static final List<String> COLUMNS = List.of("place_code", "place_name", "indicator", "population", "numerator",
            "denominator", "value", "unit", "target", "verdict", "ci_low", "ci_high", "unstable", "data_until");
    /** A number as a spreadsheet reads it: not to be neutralised even when it starts with '-'. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ReportCsv() {
    }

    /** @return the number of lines written after the header */
    static int write(Report report, Set<Population> shown, ReportText text, Writer out) throws IOException {
        int lines = 0;
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            p.printRecord(COLUMNS);
            for (ReportRow row : report.rows()) {
                for (Indicator i : Indicator.values()) {
                    for (Population pop : Population.values()) {
                        if (shown.contains(pop)) {
                            p.printRecord(line(row.place(), row.cell(i, pop), text));
                            lines++;
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static List<String> line(ReportPlace place, Cell c, ReportText text) {
        Estimate e = c.estimate();
        List<String> cells = new ArrayList<>();
        cells.add(safe(place.code()));
        cells.add(safe(text.placeName(place)));
        cells.add(c.indicator().code());
        cells.add(c.population().code());
        cells.add(Long.toString(e.numerator()));
        cells.add(Long.toString(e.denominator()));
        cells.add(e.hasValue() ? decimal(e.value()) : "");
        cells.add(c.indicator().unit().name().toLowerCase(Locale.ROOT));
        cells.add(c.target() == null ? "" : c.target().toPlainString());
        cells.add(c.verdict().code());
        cells.add(e.hasValue() ? decimal(e.low()) : "");
        cells.add(e.hasValue() ? decimal(e.high()) : "");
        cells.add(e.hasValue() ? Boolean.toString(e.unstable()) : "");
        cells.add(place.dataUntil() == null ? "" : place.dataUntil().toString());
        return cells;
    }

    /** Two decimals and a point, whatever the machine's language. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * A text a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
     * return) gets a leading apostrophe; a number stays a number.
     */
    static String safe(String cell) {
        if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
