package vn.tramyte.death;

/**
 * The classes a death counts in for the mortality indicators (DOMAIN.md §6–7). They nest: an
 * early neonatal death is also neonatal, infant and under five. MATERNAL is independent of age.
 */
public enum DeathClass {
    /** Days 0–6 of life; the day of birth is day 0. */
    EARLY_NEONATAL("death.class.earlyNeonatal"),
    /** Days 0–27 of life. */
    NEONATAL("death.class.neonatal"),
    /** Before the first birthday. */
    INFANT("death.class.infant"),
    /** Before the fifth birthday. */
    UNDER_FIVE("death.class.underFive"),
    /** During pregnancy or within 42 days of its end, not from an accident. */
    MATERNAL("death.class.maternal");

    private final String messageKey;

    DeathClass(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
