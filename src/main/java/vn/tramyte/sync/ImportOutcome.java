package vn.tramyte.sync;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one package file: imported (with its report), already received, skipped
 * because it is not meant for this computer (another station's package on a shared USB stick),
 * or refused. For the last two, {@code refusal} holds the sentence saying why.
 */
public record ImportOutcome(Path file, Status status, PackageKind kind, String source, int packageNo,
                            long changeFrom, long changeTo, List<TableReport> lines, PackageRefusal refusal) {
    public enum Status { IMPORTED, ALREADY_RECEIVED, SKIPPED, REFUSED }

    static ImportOutcome refused(Path file, PackageRefusal refusal) {
        return new ImportOutcome(file, Status.REFUSED, null, null, 0, 0, 0, List.of(), refusal);
    }

    /** Not for this computer, and nothing wrong with it: a package for another receiver, a folder, an enrolment file. */
    static ImportOutcome skipped(Path file, PackageRefusal why) {
        return new ImportOutcome(file, Status.SKIPPED, null, null, 0, 0, 0, List.of(), why);
    }
}
