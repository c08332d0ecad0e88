package vn.tramyte.vaccination;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Whether the hepatitis B birth dose was timely: the register A2.1 counts doses within 24 hours
 * of birth apart from later ones. This is separate from validity (a dose on day 3 is valid, just
 * not timely). From dates alone a dose on the day after birth cannot be placed.
 */
public enum BirthDoseTiming {
    WITHIN_24_HOURS("vaccination.birthDose.within24Hours"),
    AFTER_24_HOURS("vaccination.birthDose.after24Hours"),
    /** Given the day after birth, without the hours of birth and of the dose. */
    UNKNOWN("vaccination.birthDose.unknown");

    private final String messageKey;

    BirthDoseTiming(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** From dates alone: the birth day is within 24 hours, two days later or more is not. */
    public static BirthDoseTiming of(LocalDate birth, LocalDate dose) {
        if (!dose.isAfter(birth)) {
            return WITHIN_24_HOURS;
        }
        return dose.equals(birth.plusDays(1)) ? UNKNOWN : AFTER_24_HOURS;
    }

    /** From the hours of birth and of the dose, when both were written down. */
    public static BirthDoseTiming of(LocalDateTime birth, LocalDateTime dose) {
        return Duration.between(birth, dose).compareTo(Duration.ofHours(24)) <= 0 ? WITHIN_24_HOURS : AFTER_24_HOURS;
    }
}
