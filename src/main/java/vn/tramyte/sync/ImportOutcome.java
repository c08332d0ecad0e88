package vn.tramyte.sync;

import java.nio.file.Path;
import java.util.List;

/** What became of one package file: imported (with its report), already received, or refused (with why). */
public record ImportOutcome(Path file, Status status, PackageKind kind, String source, int packageNo,
                            long changeFrom, long changeTo, List<TableReport> lines, PackageRefusal refusal) {
    public enum Status { IMPORTED, ALREADY_RECEIVED, REFUSED }

    static ImportOutcome refused(Path file, PackageRefusal refusal) {
        return new ImportOutcome(file, Status.REFUSED, null, null, 0, 0, 0, List.of(), refusal);
    }
}
