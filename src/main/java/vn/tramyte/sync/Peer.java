package vn.tramyte.sync;

import java.time.OffsetDateTime;

/** The other end of a sync: a station's centre, or one of a centre's stations (see V6__sync.sql). */
public record Peer(String code, Role role, byte[] certificate, OffsetDateTime enrolledAt, int sentPackageNo,
                   long ackedSeq, long receivedSeq, long fedSeq, OffsetDateTime lastReceivedAt,
                   OffsetDateTime lastSentAt) {
    public enum Role { STATION, CENTRE }
}
