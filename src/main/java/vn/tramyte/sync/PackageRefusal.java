package vn.tramyte.sync;

import java.util.List;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;

/**
 * A package that is not imported, with the sentence saying why. Thrown before anything is
 * written, or inside the import's transaction (which then rolls back): the database is as
 * it was either way.
 */
public final class PackageRefusal extends UserError {
    /** Why a package is refused; each has its sentence in the bundles. */
    public enum Reason {
        TRUNCATED, APPENDED, CHANGED, NOT_A_PACKAGE, NOT_FOR_US, UNKNOWN_SIGNER, UNKNOWN_STATION,
        OTHER_CENTRE,
        /** At a province: signed by a centre not (or no longer) enrolled with it. */
        UNKNOWN_CENTRE,
        NEWER_FORMAT, WRONG_CODE, WRONG_KIND, NOT_ENROLLED, MISSING_RECORD, BAD_REFERENCE, NEWER_SCHEMA,
        /** Sealed for a station's key that is not ours: skipped. */
        FOR_STATION,
        /** Sealed for a centre's key that is not ours (a station's data package, at a station): skipped. */
        FOR_CENTRE,
        /** Sealed for a province's key that is not ours (a centre's upward package, elsewhere): skipped. */
        FOR_PROVINCE,
        /** Sealed for a key this program cannot name: skipped. */
        FOR_ANOTHER,
        /** Sealed for an older key of this very installation (enrolled again since). */
        OLD_KEY,
        /** An enrolment file, used once with its code to set a station up: skipped by an import. */
        ENROLMENT_FILE,
        /** A folder whose name ends in .tyt: skipped. */
        FOLDER,
        NO_SUCH_FILE, NOT_ALLOWED, UNREADABLE,
        /** A file larger than any package (detail: the limit in MB); nothing of it was read. */
        TOO_BIG,
        /** A package whose content unpacks to more than the limit (detail: the limit in MB). */
        CONTENT_TOO_BIG,
        /** Something this program did not expect; the import's transaction rolled back. */
        FAILED;

        /** True when the file is simply not for this computer: told, not counted as a refusal. */
        public boolean skipped() {
            return this == FOR_STATION || this == FOR_CENTRE || this == FOR_PROVINCE || this == FOR_ANOTHER || this == ENROLMENT_FILE
                    || this == FOLDER;
        }

        String key() {
            switch (this) {
                case FOR_STATION: return "sync.skipped.forStation";
                case FOR_CENTRE: return "sync.skipped.forCentre";
                case FOR_ANOTHER: return "sync.skipped.forAnother";
                case FOR_PROVINCE: return "sync.skipped.forProvince";
                case UNKNOWN_CENTRE: return "sync.refused.unknownCentre";
                case ENROLMENT_FILE: return "sync.skipped.enrolmentFile";
                case FOLDER: return "sync.skipped.folder";
                case OLD_KEY: return "sync.refused.oldKey";
                case NO_SUCH_FILE: return "sync.refused.noSuchFile";
                case NOT_ALLOWED: return "sync.refused.notAllowed";
                case UNREADABLE: return "sync.refused.unreadable";
                case TOO_BIG: return "sync.refused.tooBig";
                case CONTENT_TOO_BIG: return "sync.refused.contentTooBig";
                case FAILED: return "sync.refused.failed";
                case TRUNCATED: return "sync.refused.truncated";
                case APPENDED: return "sync.refused.appended";
                case CHANGED: return "sync.refused.changed";
                case NOT_A_PACKAGE: return "sync.refused.notAPackage";
                case NOT_FOR_US: return "sync.refused.notForUs";
                case UNKNOWN_SIGNER: return "sync.refused.unknownSigner";
                case UNKNOWN_STATION: return "sync.refused.unknownStation";
                case OTHER_CENTRE: return "sync.refused.otherCentre";
                case NEWER_FORMAT: return "sync.refused.newerFormat";
                case WRONG_CODE: return "sync.refused.wrongCode";
                case WRONG_KIND: return "sync.refused.wrongKind";
                case NOT_ENROLLED: return "sync.refused.notEnrolled";
                case BAD_REFERENCE: return "sync.refused.badReference";
                case NEWER_SCHEMA: return "sync.refused.newerSchema";
                default: return "sync.refused.missingRecord";
            }
        }
    }

    private final Reason reason;
    private final String file;
    private final Object detail;
    private final String detail2;

    public PackageRefusal(Reason reason) {
        this(reason, "", "", "");
    }

    public PackageRefusal(Reason reason, String detail) {
        this(reason, "", detail, "");
    }

    public PackageRefusal(Reason reason, String detail, String detail2) {
        this(reason, "", detail, detail2);
    }

    /** A refusal whose reason is words from the bundles (why a file could not be read). */
    public PackageRefusal(Reason reason, vn.tramyte.common.Messages.Label why) {
        this(reason, "", why, "");
    }

    private PackageRefusal(Reason reason, String file, Object detail, String detail2) {
        super(List.of(new Problem(null, reason.key(), new Object[] {file, detail, detail2})));
        this.reason = reason;
        this.file = file;
        this.detail = detail;
        this.detail2 = detail2;
    }

    public Reason reason() {
        return reason;
    }

    /** The first detail of the sentence (for NOT_FOR_US: the receiver's certificate name). */
    String detail() {
        return String.valueOf(detail);
    }

    /** The same refusal naming the file it is about. */
    public PackageRefusal forFile(String fileName) {
        PackageRefusal named = new PackageRefusal(reason, fileName, detail, detail2);
        if (getCause() != null) {
            named.initCause(getCause());
        }
        return named;
    }

    /** Keeps the library's exception for the log. */
    PackageRefusal because(Throwable cause) {
        initCause(cause);
        return this;
    }
}
