package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A woman's tetanus protection on a day, for the antenatal card and the "protected mothers"
 * indicator.
 *
 * @param lastProtectedDay the last day her valid doses protect her: {@link LocalDate#MAX} for
 *                         life, null when not protected
 */
public record TetanusProtection(ProtectionBasis basis, LocalDate lastProtectedDay) {
    public static final TetanusProtection NONE = new TetanusProtection(ProtectionBasis.NOT_PROTECTED, null);

    public TetanusProtection {
        Objects.requireNonNull(basis, "basis");
    }

    public boolean isProtected() {
        return basis != ProtectionBasis.NOT_PROTECTED;
    }

    public boolean forLife() {
        return LocalDate.MAX.equals(lastProtectedDay);
    }

    public String messageKey() {
        switch (basis) {
            case DOSES_IN_PREGNANCY:
                return "vaccination.tetanus.protectedInPregnancy";
            case LASTING_PROTECTION:
                return forLife() ? "vaccination.tetanus.protectedForLife" : "vaccination.tetanus.protectedUntil";
            default:
                return "vaccination.tetanus.notProtected";
        }
    }

    /** {0}: the last protected day, when it is a date. */
    public Object[] messageArgs() {
        return lastProtectedDay == null || forLife() ? new Object[0] : new Object[] {Dates.show(lastProtectedDay)};
    }
}
