package vn.tramyte.vaccination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of register A2.1 for one commune: children born in the year and how many are
 * fully immunized. A centre's register counts each commune apart, never one mixed tally.
 */
public record RegisterTally(String stationCode, int children, int fullyImmunized) {

    /** One tally per commune, in the order the rows come (the register lists commune by commune). */
    public static List<RegisterTally> perCommune(List<RegisterRow> rows) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (RegisterRow r : rows) {
            int[] c = counts.computeIfAbsent(r.child().stationCode(), k -> new int[2]);
            c[0]++;
            if (r.fullImmunization().completed()) {
                c[1]++;
            }
        }
        List<RegisterTally> tallies = new ArrayList<>();
        counts.forEach((code, c) -> tallies.add(new RegisterTally(code, c[0], c[1])));
        return tallies;
    }
}
