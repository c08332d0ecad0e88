package vn.tramyte.sync;

import java.time.OffsetDateTime;

/**
 * The other end of a sync: a station's centre, one of a centre's stations, a centre's province or one of
 * a province's centres (see V6__sync.sql, V15__province.sql).
 */
public record Peer(String code, Role role, byte[] certificate, OffsetDateTime enrolledAt, int sentPackageNo,
                   long ackedSeq, long receivedSeq, long fedSeq, OffsetDateTime lastReceivedAt,
                   OffsetDateTime lastSentAt, long enrolmentSeq) {
    public enum Role { STATION, CENTRE, PROVINCE }

    /**
     * At a station: the rows the enrolment wrote (change {@code enrolmentSeq}) are the centre's own
     * copies, so a data package leaves them out until the station changes them (SQL condition).
     */
    String notFromEnrolment() {
        return enrolmentSeq == 0 ? null : "change_seq <> " + enrolmentSeq;
    }
}
