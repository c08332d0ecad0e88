package vn.tramyte.place;

import java.util.UUID;

/** A village (thôn, bản, tổ dân phố) of a station's commune. */
public record Village(UUID id, String stationCode, String name) {
}
