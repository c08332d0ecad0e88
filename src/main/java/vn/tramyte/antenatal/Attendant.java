package vn.tramyte.antenatal;

import java.util.Optional;
import vn.tramyte.common.Coded;

/** Who attended a delivery; the codes are those of CSV-IMPORT.md. */
public enum Attendant implements Coded {
    DOCTOR("doctor", true, "antenatal.attendant.doctor"),
    ASSISTANT_DOCTOR("assistant_doctor", true, "antenatal.attendant.assistantDoctor"),
    MIDWIFE("midwife", true, "antenatal.attendant.midwife"),
    NURSE("nurse", true, "antenatal.attendant.nurse"),
    VILLAGE_MIDWIFE("village_midwife", true, "antenatal.attendant.villageMidwife"),
    FAMILY("family", false, "antenatal.attendant.family"),
    NONE("none", false, "antenatal.attendant.none"),
    OTHER("other", false, "antenatal.attendant.other");

    private final String code;
    private final boolean trained;
    private final String messageKey;

    Attendant(String code, boolean trained, String messageKey) {
        this.code = code;
        this.trained = trained;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    /**
     * Counts for the indicator "births attended by trained staff" (DOMAIN.md §7): doctor,
     * assistant doctor, midwife, nurse or trained village midwife. OTHER is not counted, since
     * nothing says the person was trained.
     */
    public boolean trained() {
        return trained;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Optional<Attendant> fromCode(String code) {
        return Coded.lenient(Attendant.class, code);
    }
}
