package vn.tramyte.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A package made here or received here. */
public record PackageLog(UUID id, boolean incoming, PackageKind kind, String source, String destination,
                         int packageNo, long changeFrom, long changeTo, OffsetDateTime createdAt,
                         OffsetDateTime handledAt, String handledBy, String fileName) {
}
