package vn.tramyte.vaccination;

import java.util.Optional;
import vn.tramyte.common.Coded;

/**
 * Why a recorded dose does not count for its series. The codes are stored with the dose, so a
 * later change of the catalogue does not change what was decided when the dose was recorded.
 */
public enum InvalidReason implements Coded {
    BEFORE_MIN_AGE("before_min_age", "vaccination.invalid.beforeMinimumAge"),
    BEFORE_MIN_INTERVAL("before_min_interval", "vaccination.invalid.beforeMinimumInterval"),
    AFTER_MAX_AGE("after_max_age", "vaccination.invalid.afterMaximumAge"),
    /** Dose n with no valid dose n−1 on or before it (a paper card with a gap, or a wrong number). */
    PREVIOUS_DOSE_MISSING("previous_dose_missing", "vaccination.invalid.previousDoseMissing");

    private final String code;
    private final String messageKey;

    InvalidReason(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    /** Pattern arguments: {0} the dose's code, {1} the limit date, {2} the previous dose's code. */
    public String messageKey() {
        return messageKey;
    }

    public static Optional<InvalidReason> fromCode(String code) {
        return Coded.exact(InvalidReason.class, code);
    }
}
