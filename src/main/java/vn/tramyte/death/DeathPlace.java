package vn.tramyte.death;

import java.util.Optional;
import vn.tramyte.common.Coded;

/** Where a person died; the codes are those of CSV-IMPORT.md. */
public enum DeathPlace implements Coded {
    STATION("station", "death.place.station"),
    HOSPITAL("hospital", "death.place.hospital"),
    HOME("home", "death.place.home"),
    ON_THE_WAY("on_the_way", "death.place.onTheWay"),
    OTHER("other", "death.place.other");

    private final String code;
    private final String messageKey;

    DeathPlace(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Optional<DeathPlace> fromCode(String code) {
        return Coded.lenient(DeathPlace.class, code);
    }
}
