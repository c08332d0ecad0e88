package vn.tramyte.nutrition.growth;

import java.util.Locale;
import java.util.Optional;

/** How length/height was measured. The codes are WHO's (and the CSV files'): L lying, H standing. */
public enum Position {
    /** Recumbent length, expected under 2 years (age below 731 days). */
    LYING("L", "nutrition.position.lying"),
    /** Standing height, expected from 2 years (age 731 days on). */
    STANDING("H", "nutrition.position.standing");

    private final String code;
    private final String messageKey;

    Position(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Reads L or H, in either case; anything else (blank included) gives empty. */
    public static Optional<Position> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "L":
                return Optional.of(LYING);
            case "H":
                return Optional.of(STANDING);
            default:
                return Optional.empty();
        }
    }
}
