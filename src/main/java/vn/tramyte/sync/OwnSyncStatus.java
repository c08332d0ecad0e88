package vn.tramyte.sync;

import java.time.LocalDate;

/** A station's side: enrolled with which centre, what waits to be sent, the last acknowledgement. */
public record OwnSyncStatus(boolean enrolled, String centreCode, int waitingRows, long lastChange, long acknowledged,
                            LocalDate lastExportOn, int lastPackageNo, LocalDate lastFeedbackOn) {
}
