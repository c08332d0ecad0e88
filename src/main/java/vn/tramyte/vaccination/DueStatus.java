package vn.tramyte.vaccination;

/** Where a dose not (validly) given stands on a given day. */
public enum DueStatus {
    /** Due, and the day is at most {@link ScheduleSettings#overdueAfterDays()} after the due date. */
    DUE,
    /** More than {@link ScheduleSettings#overdueAfterDays()} after the due date. */
    OVERDUE,
    /** The due date is later, or the previous dose of the series has not been given validly. */
    NOT_YET_DUE,
    /** Past the upper age, or not in the schedule for the child's birth cohort: no longer given. */
    NOT_APPLICABLE;

    public CardStatus cardStatus() {
        switch (this) {
            case DUE:
                return CardStatus.DUE;
            case OVERDUE:
                return CardStatus.OVERDUE;
            case NOT_YET_DUE:
                return CardStatus.NOT_YET_DUE;
            default:
                return CardStatus.NOT_APPLICABLE;
        }
    }

    /** Whether the child should get the dose on that day (the due list). */
    public boolean dueOrOverdue() {
        return this == DUE || this == OVERDUE;
    }
}
