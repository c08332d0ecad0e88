package vn.tramyte.sync;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * manifest.json of a package (docs/sync-package-format.md). Changes are the range
 * (changeFrom, changeTo] of the source's change counter: every row the source changed in
 * that range is in the package (or was changed again later and carries its newer state).
 */
public record Manifest(
        int formatVersion,
        UUID packageId,
        PackageKind kind,
        String source,
        String destination,
        int packageNo,
        OffsetDateTime createdAt,
        String appVersion,
        String schemaVersion,
        long changeFrom,
        long changeTo,
        long acknowledged,
        List<TableEntry> tables,
        List<ReferenceEntry> reference,
        Map<String, String> digests) {

    /**
     * The format this program writes; it reads this one and every older one. 1: the first;
     * 2: enrolment and feedback packages carry the centre's reference data ({@code reference}).
     */
    public static final int FORMAT_VERSION = 2;
    public static final String FILE = "manifest.json";

    /** One table's file in the package. */
    public record TableEntry(String name, String file, int rows, List<String> columns) {
    }

    /** One set of the centre's reference data in the package (format 2), with its version. */
    public record ReferenceEntry(String name, String file, int version) {
    }
}
