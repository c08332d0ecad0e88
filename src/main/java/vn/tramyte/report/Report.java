package vn.tramyte.report;

import java.time.LocalDate;
import java.util.List;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/**
 * The plan's indicators for a period: one row per commune (or per village) and the total last,
 * each with every indicator for everyone and for ethnic minorities, and the records behind them.
 *
 * @param place  the installation's place: the centre, or the station
 * @param madeOn the day the report was made (data up to then at a station)
 */
public record Report(Period period, CodeList codeList, Mode mode, Place place, List<ReportRow> rows,
                     LocalDate madeOn, List<Entry> entries) {
    public Report {
        rows = List.copyOf(rows);
        entries = List.copyOf(entries);
    }

    /** The total: the centre, or the commune when the rows are villages. */
    public ReportRow total() {
        return rows.get(rows.size() - 1);
    }

    /** The rows before the total. */
    public List<ReportRow> details() {
        return rows.subList(0, rows.size() - 1);
    }

    /** How many of the commune rows have their data up to the end of the period. */
    public long completeCommunes() {
        return communes().stream().filter(r -> r.place().complete()).count();
    }

    public List<ReportRow> communes() {
        return details().stream().filter(r -> r.place().level() == ReportPlace.Level.COMMUNE).toList();
    }

    /** The records behind one cell, numerator and denominator (and those looked at but not counted). */
    public List<Entry> records(ReportPlace row, Indicator indicator, Population population) {
        return entries.stream().filter(e -> e.indicator() == indicator && row.holds(e)
                && (population == Population.ALL || e.ethnicMinority())).toList();
    }
}
