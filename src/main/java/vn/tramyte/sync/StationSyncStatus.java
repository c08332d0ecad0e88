package vn.tramyte.sync;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the centre's sync screen: a station's last package, the changes received, the
 * gaps in its sequence, the last acknowledgement sent and how long since it was last heard of.
 * For people: how many data packages came and how many records they brought (new or changed),
 * and when the last feedback went back ({@code feedbackDue}: packages received since).
 */
public record StationSyncStatus(String stationCode, String stationName, boolean enrolled,
                                LocalDate lastReceivedOn, int lastPackageNo, long receivedSeq, long highestSeq,
                                List<String> gaps, long lastAckSent, Integer daysSinceContact, boolean stale,
                                int packagesReceived, long recordsReceived, LocalDate lastFeedbackOn,
                                boolean feedbackDue) {
    /** Stale: nothing heard for more than this many days (one monthly round and a half). */
    public static final int STALE_DAYS = 45;
}
