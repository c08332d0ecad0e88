package vn.tramyte.place;

import java.util.Locale;
import java.util.Optional;

/** What this installation is: one commune's station, or the centre that supervises stations. */
public enum Mode {
    STATION("mode.station"), CENTRE("mode.centre");

    private final String messageKey;

    Mode(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public PlaceLevel placeLevel() {
        return this == STATION ? PlaceLevel.STATION : PlaceLevel.CENTRE;
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
            default:
                return Optional.empty();
        }
    }
}
