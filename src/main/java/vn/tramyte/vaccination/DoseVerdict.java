package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.Objects;
import vn.tramyte.common.Problem;

/**
 * Whether a dose counts for its series, and if not why.
 *
 * @param limitDate    for an early dose, the earliest date it would have been valid; for a late
 *                     one, the last valid day; {@code null} otherwise
 * @param previousCode the previous dose of the series the reason refers to, or {@code null}
 */
public record DoseVerdict(Validity validity, InvalidReason reason, LocalDate limitDate, String previousCode) {
    public static final DoseVerdict VALID = new DoseVerdict(Validity.VALID, null, null, null);

    public DoseVerdict {
        Objects.requireNonNull(validity, "validity");
        if (validity == Validity.VALID && (reason != null || limitDate != null || previousCode != null)) {
            throw new IllegalArgumentException("a valid dose has no reason");
        }
        if (validity == Validity.INVALID && reason == null) {
            throw new IllegalArgumentException("an invalid dose needs a reason");
        }
    }

    public static DoseVerdict invalid(InvalidReason reason, LocalDate limitDate, String previousCode) {
        return new DoseVerdict(Validity.INVALID, reason, limitDate, previousCode);
    }

    public boolean isValid() {
        return validity == Validity.VALID;
    }

    /** The sentence saying why the dose of {@code vaccineCode} does not count; only for an invalid one. */
    public Problem describe(String vaccineCode) {
        if (isValid()) {
            throw new IllegalStateException("a valid dose has nothing to explain");
        }
        return Problem.of("date", reason.messageKey(), vaccineCode, Dates.show(limitDate),
                previousCode == null ? "" : previousCode);
    }
}
