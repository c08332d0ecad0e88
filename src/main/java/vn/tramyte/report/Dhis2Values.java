package vn.tramyte.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.tramyte.common.UserError;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/**
 * The counts a report sends to DHIS2: for each commune, each indicator's numerator and
 * denominator for each population shown, under the codes of the mapping. Rates are never sent:
 * DHIS2 computes its indicators from the counts.
 *
 * <ul>
 * <li>At a centre the communes' rows go (the centre's total is left to DHIS2's own
 *     aggregation, so nothing counts twice); when the rows are villages, the commune's total.</li>
 * <li>A commune of which nothing is known (no package arrived and no record counted) is left
 *     out: its zeros would claim a good year. With nothing to send the export is refused.</li>
 * </ul>
 */
record Dhis2Values(String dataSet, String period, String adxPeriod, String adxCategory, List<Value> values) {

    /** One number for one DHIS2 cell. */
    record Value(String orgUnit, String dataElement, String categoryOptionCombo, long value) {
    }

    /** @throws UserError when the period is none DHIS2 has a type for (a year to date, a range of days) */
    static Dhis2Values of(Report report, Set<Population> shown, Dhis2Mapping mapping) {
        Period period = report.period();
        if (period.dhis2().isEmpty() || period.adx().isEmpty()) {
            throw new UserError("report.dhis2.periodNotSupported", period.code());
        }
        List<Value> values = new ArrayList<>();
        for (ReportRow row : rowsSent(report)) {
            ReportPlace place = row.place();
            CodeList list = place.codeList() != null ? place.codeList() : report.codeList();
            String orgUnit = mapping.orgUnit(list, place.code());
            for (Indicator i : Indicator.values()) {
                for (Population p : Population.values()) {
                    if (!shown.contains(p)) {
                        continue;
                    }
                    Estimate e = row.cell(i, p).estimate();
                    Dhis2Line num = mapping.dataElement(i, p, Dhis2Line.Part.NUMERATOR);
                    Dhis2Line den = mapping.dataElement(i, p, Dhis2Line.Part.DENOMINATOR);
                    values.add(new Value(orgUnit, num.code(), num.categoryOptionCombo(), e.numerator()));
                    values.add(new Value(orgUnit, den.code(), den.categoryOptionCombo(), e.denominator()));
                }
            }
        }
        if (values.isEmpty()) {
            throw new UserError("report.dhis2.nothingToSend", period.code());
        }
        return new Dhis2Values(mapping.dataSet(), period.dhis2().get(), period.adx().get(), mapping.adxCategory(),
                values);
    }

    static List<ReportRow> rowsSent(Report report) {
        List<ReportRow> communes = report.communes();
        List<ReportRow> rows = communes.isEmpty() ? List.of(report.total()) : communes;
        return rows.stream().filter(r -> r.place().dataUntil() != null || anyCount(r)).toList();
    }

    private static boolean anyCount(ReportRow row) {
        return row.cells().values().stream()
                .anyMatch(c -> c.estimate().numerator() > 0 || c.estimate().denominator() > 0);
    }
}
