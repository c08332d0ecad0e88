package vn.tramyte.sync;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A package made here or received here. */
public record PackageLog(UUID id, boolean incoming, PackageKind kind, String source, String destination,
                         int packageNo, long changeFrom, long changeTo, OffsetDateTime createdAt,
                         OffsetDateTime handledAt, String handledBy, String fileName) {

    /**
     * The same, its times shown in a zone: PostgreSQL gives them back in UTC (decision 0015 §7), and a
     * package received at 00:30 in Vietnam was received that day, not the day before.
     */
    public PackageLog inZone(ZoneId zone) {
        return new PackageLog(id, incoming, kind, source, destination, packageNo, changeFrom, changeTo,
                createdAt.atZoneSameInstant(zone).toOffsetDateTime(), handledAt.atZoneSameInstant(zone).toOffsetDateTime(),
                handledBy, fileName);
    }
}
