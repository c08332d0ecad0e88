package vn.tramyte.antenatal;

import java.util.Optional;
import vn.tramyte.common.Coded;

/** The dipstick reading for protein in urine, as the register writes it. */
public enum UrineProtein implements Coded {
    NEGATIVE("neg", "antenatal.urineProtein.negative"),
    TRACE("trace", "antenatal.urineProtein.trace"),
    ONE_PLUS("1+", "antenatal.urineProtein.onePlus"),
    TWO_PLUS("2+", "antenatal.urineProtein.twoPlus"),
    THREE_PLUS("3+", "antenatal.urineProtein.threePlus"),
    FOUR_PLUS("4+", "antenatal.urineProtein.fourPlus");

    private final String code;
    private final String messageKey;

    UrineProtein(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    /** 1+ or more: with a raised blood pressure, the sign of pre-eclampsia the visit looks for. */
    public boolean positive() {
        return compareTo(ONE_PLUS) >= 0;
    }

    public static Optional<UrineProtein> fromCode(String code) {
        return Coded.lenient(UrineProtein.class, code);
    }
}
