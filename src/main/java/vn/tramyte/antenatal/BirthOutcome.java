package vn.tramyte.antenatal;

import java.util.Optional;
import vn.tramyte.common.Coded;

/** A baby born alive or stillborn; the codes are those of CSV-IMPORT.md. */
public enum BirthOutcome implements Coded {
    LIVE("live", "antenatal.birthOutcome.live"),
    STILL("still", "antenatal.birthOutcome.still");

    private final String code;
    private final String messageKey;

    BirthOutcome(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Optional<BirthOutcome> fromCode(String code) {
        return Coded.lenient(BirthOutcome.class, code);
    }
}
