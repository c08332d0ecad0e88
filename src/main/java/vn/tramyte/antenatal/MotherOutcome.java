package vn.tramyte.antenatal;

import java.util.Optional;
import vn.tramyte.common.Coded;

/** The mother's state after the delivery; the codes are those of CSV-IMPORT.md. */
public enum MotherOutcome implements Coded {
    ALIVE("alive", "antenatal.motherOutcome.alive"),
    DIED("died", "antenatal.motherOutcome.died");

    private final String code;
    private final String messageKey;

    MotherOutcome(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Optional<MotherOutcome> fromCode(String code) {
        return Coded.lenient(MotherOutcome.class, code);
    }
}
