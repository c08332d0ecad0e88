package vn.tramyte.nutrition.growth;

import java.util.EnumSet;
import java.util.Set;

/**
 * What WHO Anthro flags next to a result. A flagged z-score is still reported: the flag asks for
 * the measurement to be checked, it does not hide it.
 */
public enum GrowthFlag {
    /** WAZ below -6 or above +5. */
    WAZ_IMPLAUSIBLE("waz_implausible", "nutrition.flag.wazImplausible"),
    /** HAZ below -6 or above +6. */
    HAZ_IMPLAUSIBLE("haz_implausible", "nutrition.flag.hazImplausible"),
    /** WHZ below -5 or above +5. */
    WHZ_IMPLAUSIBLE("whz_implausible", "nutrition.flag.whzImplausible"),
    /** BAZ below -5 or above +5. */
    BAZ_IMPLAUSIBLE("baz_implausible", "nutrition.flag.bazImplausible"),
    /**
     * Standing height recorded for a child under 9 months: WHO's anthro takes the position as a
     * recording mistake, ignores it (no +0.7 cm) and sets its {@code c9mo_flag}.
     */
    STANDING_UNDER_9_MONTHS("c9mo", "nutrition.flag.standingUnder9Months");

    private final String code;
    private final String messageKey;

    GrowthFlag(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    /** The short name written in survey files, e.g. {@code waz_implausible}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    /** This flag's bit in the {@code int} masks of {@link ZScoreColumns}. */
    public int bit() {
        return 1 << ordinal();
    }

    public static Set<GrowthFlag> fromMask(int mask) {
        EnumSet<GrowthFlag> flags = EnumSet.noneOf(GrowthFlag.class);
        for (GrowthFlag flag : values()) {
            if ((mask & flag.bit()) != 0) {
                flags.add(flag);
            }
        }
        return flags;
    }
}
