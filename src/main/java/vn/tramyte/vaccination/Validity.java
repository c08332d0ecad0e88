package vn.tramyte.vaccination;

/** Whether a recorded dose counts for its series. */
public enum Validity {
    VALID,
    /** Recorded (it was given), but the dose is still due. */
    INVALID
}
