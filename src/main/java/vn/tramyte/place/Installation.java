package vn.tramyte.place;

import java.time.OffsetDateTime;
import java.util.UUID;

/** This program's identity: its mode, its place and whether it holds the demo. */
public record Installation(UUID installationId, Mode mode, Place place, boolean demo, OffsetDateTime createdAt) {

    /** The station code that owns records written here (DESIGN.md §4); a centre owns none. */
    public String stationCode() {
        return mode == Mode.STATION ? place.code() : null;
    }
}
