package vn.tramyte.antenatal;

import java.util.Optional;
import vn.tramyte.common.Coded;

/** Where a delivery took place; the codes are those of CSV-IMPORT.md. */
public enum DeliveryPlace implements Coded {
    STATION("station", "antenatal.deliveryPlace.station"),
    HOSPITAL("hospital", "antenatal.deliveryPlace.hospital"),
    HOME("home", "antenatal.deliveryPlace.home"),
    ON_THE_WAY("on_the_way", "antenatal.deliveryPlace.onTheWay"),
    OTHER("other", "antenatal.deliveryPlace.other");

    private final String code;
    private final String messageKey;

    DeliveryPlace(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    /** At a health facility (station or hospital), as opposed to home or on the way. */
    public boolean healthFacility() {
        return this == STATION || this == HOSPITAL;
    }

    public static Optional<DeliveryPlace> fromCode(String code) {
        return Coded.lenient(DeliveryPlace.class, code);
    }
}
