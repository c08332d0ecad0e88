package vn.tramyte.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tramyte.place.CodeList;

/**
 * A row of the report: a centre (at the province, after its communes), a commune (at a centre: its station, or since the 2025 reform the new
 * commune summing the stations merged into it), a village of a station, or the total.
 *
 * @param code      the GSO code of a commune or the centre; a village's id for a village; "" for
 *                  records whose village is not known
 * @param stations  the stations whose records this row sums
 * @param villageId a village row's village (null for "village not recorded" and for other rows)
 * @param dataUntil the day up to which this row's data has arrived (the newest package imported
 *                  from each of its stations, the earliest of them), null when nothing arrived
 * @param complete  its data reaches the end of the period
 */
public record ReportPlace(Level level, CodeList codeList, String code, String name, List<String> stations,
                          UUID villageId, LocalDate dataUntil, boolean complete) {
    public ReportPlace {
        stations = List.copyOf(stations);
    }

    /** What kind of row: at the province, a centre's row sums its communes (decision 0016). */
    public enum Level {
        COMMUNE, VILLAGE, CENTRE, TOTAL
    }

    /** A row that sums others, shown in bold: the total, or a centre's row at the province. */
    public boolean sums() {
        return level == Level.TOTAL || level == Level.CENTRE;
    }

    /** Whether an entry counts in this row. */
    boolean holds(Entry e) {
        return stations.contains(e.stationCode()) && holdsOfItsStations(e);
    }

    /** Whether an entry already known to be of one of this row's stations counts in it. */
    boolean holdsOfItsStations(Entry e) {
        return level != Level.VILLAGE || java.util.Objects.equals(villageId, e.villageId());
    }
}
