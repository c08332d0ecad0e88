package vn.tramyte.sync;

import java.time.LocalDate;

/** A station's side: enrolled with which centre, what waits to be sent, the last acknowledgement. */
public record OwnSyncStatus(boolean enrolled, String centreCode, int waitingRows, long lastChange, long acknowledged,
                            LocalDate lastExportOn, int lastPackageNo, LocalDate lastFeedbackOn,
                            java.util.List<ReferenceVersion> reference) {

    /** The version of one set of the centre's reference data in force here (0: never received). */
    public record ReferenceVersion(String name, int version) {
    }
}
