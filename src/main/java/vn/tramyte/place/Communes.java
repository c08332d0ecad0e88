package vn.tramyte.place;

import java.util.List;
import java.util.Optional;
import vn.tramyte.common.Messages;

/**
 * The communes (commune stations) whose records this installation shows: its own at a station,
 * every station it supervises at a centre, by name. Lists at a centre choose among them.
 *
 * @param installation this installation's place (the station, or the centre)
 * @param centre       true at a centre, where lists carry a commune filter and column
 * @param stations     the stations shown here, by name
 */
public record Communes(Place installation, boolean centre, List<Place> stations) {
    public Communes {
        stations = List.copyOf(stations);
    }

    public Optional<Place> find(String stationCode) {
        return stations.stream().filter(p -> p.code().equals(stationCode)).findFirst();
    }

    /** The commune's name ("Mường Kim"); its code when it is not one of ours. */
    public String name(String stationCode) {
        if (stationCode == null) {
            return "";
        }
        return find(stationCode).map(Place::shortName).orElse(stationCode);
    }

    /** Orders station codes as the communes are listed (by name); codes not ours come last. */
    public java.util.Comparator<String> order() {
        return java.util.Comparator.<String>comparingInt(code -> {
            for (int i = 0; i < stations.size(); i++) {
                if (stations.get(i).code().equals(code)) {
                    return i;
                }
            }
            return stations.size();
        }).thenComparing(java.util.Comparator.naturalOrder());
    }

    /**
     * Where a printed list comes from: "Trạm Y tế Mường Kim" at a station; at a centre the centre
     * and the chosen station, or all its stations when commune is null.
     */
    public String placeLine(Messages m, String commune) {
        if (!centre) {
            return m.format("header.station", installation.shortName());
        }
        String centreName = m.format("header.centre", installation.shortName());
        if (commune == null || commune.isEmpty()) {
            return m.format("communes.print.centreAll", centreName, stations.size());
        }
        return m.format("communes.print.centreOne", centreName, m.format("header.station", name(commune)));
    }
}
