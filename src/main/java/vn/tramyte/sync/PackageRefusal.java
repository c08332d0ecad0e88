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
        OTHER_CENTRE, NEWER_FORMAT, WRONG_CODE, WRONG_KIND, NOT_ENROLLED, MISSING_RECORD, BAD_REFERENCE, NEWER_SCHEMA;

        String key() {
            switch (this) {
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
    private final String detail;
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

    private PackageRefusal(Reason reason, String file, String detail, String detail2) {
        super(List.of(new Problem(null, reason.key(), new Object[] {file, detail, detail2})));
        this.reason = reason;
        this.file = file;
        this.detail = detail;
        this.detail2 = detail2;
    }

    public Reason reason() {
        return reason;
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
