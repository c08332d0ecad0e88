package vn.tramyte.vaccination;

/** The colour of a line of the child's card. */
public enum CardStatus {
    GIVEN("vaccination.status.given"),
    /** Given, but not valid for the series: the dose is still due. */
    INVALID("vaccination.status.invalid"),
    DUE("vaccination.status.due"),
    OVERDUE("vaccination.status.overdue"),
    NOT_YET_DUE("vaccination.status.notYetDue"),
    NOT_APPLICABLE("vaccination.status.notApplicable");

    private final String messageKey;

    CardStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
