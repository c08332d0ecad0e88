package vn.tramyte.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/** The mapping in force: the centre's stored lines over the default codes. */
public final class Dhis2Mapping {
    private final Map<String, Dhis2Line> stored = new HashMap<>();

    public Dhis2Mapping(List<Dhis2Line> lines) {
        lines.forEach(l -> stored.put(l.key(), l));
    }

    /** The mapping of a centre that has imported none: every code its default. */
    public static Dhis2Mapping defaults() {
        return new Dhis2Mapping(List.of());
    }

    public String dataSet() {
        Dhis2Line l = stored.get(Dhis2Line.dataSet("").key());
        return l == null ? Dhis2Line.DEFAULT_DATA_SET : l.code();
    }

    /** The ADX attribute that carries the population (a DHIS2 category's code). */
    public String adxCategory() {
        Dhis2Line l = stored.get(Dhis2Line.adxCategory("").key());
        return l == null ? Dhis2Line.DEFAULT_ADX_CATEGORY : l.code();
    }

    public Dhis2Line dataElement(Indicator i, Population p, Dhis2Line.Part part) {
        Dhis2Line fallback = Dhis2Line.defaultDataElement(i, p, part);
        return stored.getOrDefault(fallback.key(), fallback);
    }

    /** A commune's (or the centre's) organisation unit: its GSO code unless mapped. */
    public String orgUnit(CodeList list, String placeCode) {
        Dhis2Line l = stored.get(Dhis2Line.orgUnit(list, placeCode, "").key());
        return l == null ? placeCode : l.code();
    }

    /** Whether a line is the centre's own rather than a default. */
    public boolean stored(Dhis2Line line) {
        return stored.containsKey(line.key());
    }
}
