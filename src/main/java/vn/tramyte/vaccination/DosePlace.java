package vn.tramyte.vaccination;

import java.util.Optional;
import vn.tramyte.common.Coded;

/** Where a dose was given; the codes are those of {@code vaccinations.csv} (CSV-IMPORT.md). */
public enum DosePlace implements Coded {
    STATION("station", "vaccination.place.station"),
    OUTREACH("outreach", "vaccination.place.outreach"),
    HOSPITAL("hospital", "vaccination.place.hospital"),
    PRIVATE("private", "vaccination.place.private"),
    OTHER("other", "vaccination.place.other");

    private final String code;
    private final String messageKey;

    DosePlace(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    /** The code stored in the database and written in CSV files. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Reads a code, ignoring case and surrounding spaces; empty when it is not one of ours. */
    public static Optional<DosePlace> fromCode(String code) {
        return Coded.lenient(DosePlace.class, code);
    }
}
