package vn.tramyte.place;

import java.util.Locale;
import java.util.Optional;

/**
 * What this installation is: one commune's station, the centre that supervises stations, or the
 * province that receives its centres' records (decision 0016).
 */
public enum Mode {
    STATION("mode.station"), CENTRE("mode.centre"), PROVINCE("mode.province");

    private final String messageKey;

    Mode(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public PlaceLevel placeLevel() {
        switch (this) {
            case STATION: return PlaceLevel.STATION;
            case CENTRE: return PlaceLevel.CENTRE;
            default: return PlaceLevel.PROVINCE;
        }
    }

    /** A centre or the province: it holds other stations' records, enters none of its own. */
    public boolean supervises() {
        return this != STATION;
    }

    public static Optional<Mode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "station": case "tram": case "trạm":
                return Optional.of(STATION);
            case "centre": case "center": case "trung-tam":
                return Optional.of(CENTRE);
            case "province": case "tinh": case "tỉnh":
                return Optional.of(PROVINCE);
            default:
                return Optional.empty();
        }
    }
}
