package vn.tramyte.antenatal;

/** What the pregnancy card marks as missing in her antenatal care. */
public enum CardFlag {
    /** At 20 weeks or more with no visit in weeks 14–27: the second-trimester visit is overdue. */
    NO_SECOND_TRIMESTER_VISIT("antenatal.flag.noSecondTrimesterVisit"),
    /** Delivered or at term with fewer than four visits. */
    FEWER_THAN_FOUR_VISITS("antenatal.flag.fewerThanFourVisits"),
    /** Not protected against neonatal tetanus (DOMAIN.md §3). */
    NOT_TETANUS_PROTECTED("antenatal.flag.notTetanusProtected");

    private final String messageKey;

    CardFlag(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
