package vn.tramyte.report;

import java.util.Map;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/** A place and its cells, one per indicator and population. */
public record ReportRow(ReportPlace place, Map<String, Cell> cells) {
    public ReportRow {
        cells = Map.copyOf(cells);
    }

    public Cell cell(Indicator indicator, Population population) {
        return cells.get(key(indicator, population));
    }

    static String key(Indicator indicator, Population population) {
        return indicator.code() + "/" + population.code();
    }
}
