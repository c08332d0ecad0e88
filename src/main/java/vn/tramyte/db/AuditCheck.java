package vn.tramyte.db;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What checking the audit log's hash chain found: how many lines, and the first line that is not
 * the one written (changed, or following a removed line), or that lines were removed at its end.
 */
public record AuditCheck(long lines, Optional<Line> brokenAt, boolean endRemoved) {

    /** A line of the log: its place (1 = the first line ever written), when and by whom. */
    public record Line(long position, OffsetDateTime at, String user) {
    }

    public boolean whole() {
        return brokenAt.isEmpty() && !endRemoved;
    }
}
