package vn.tramyte.vaccination;

/** Why a woman is, or is not, protected against tetanus on a day (DOMAIN.md §3). */
public enum ProtectionBasis {
    /** Two valid doses given in this pregnancy. */
    DOSES_IN_PREGNANCY,
    /**
     * A valid dose still protects on the day (TT2 3 years, TT3 5, TT4 10, TT5 for life): doses of
     * earlier pregnancies, or a TT3 or later dose given in this one.
     */
    LASTING_PROTECTION,
    NOT_PROTECTED
}
