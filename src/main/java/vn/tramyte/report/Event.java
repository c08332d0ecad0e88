package vn.tramyte.report;

/** What a counted record is: the event the register holds, as the list behind a number names it. */
public enum Event {
    LIVE_BIRTH("report.event.liveBirth"),
    /** A child registered as born in the period without a delivery in the register (born elsewhere). */
    REGISTERED_BIRTH("report.event.registeredBirth"),
    DEATH("report.event.death"),
    WEIGHING("report.event.weighing"),
    FULLY_IMMUNIZED("report.event.fullyImmunized"),
    DELIVERY("report.event.delivery");

    private final String messageKey;

    Event(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
