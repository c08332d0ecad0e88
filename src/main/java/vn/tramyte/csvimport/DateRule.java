package vn.tramyte.csvimport;

/** Which dates a column accepts, beyond being a real calendar day after 1899. */
public enum DateRule {
    /** An event that happened: not after today (the contract's "no date in the future"). */
    NOT_FUTURE,
    /** A birth date: not after today, and a year alone ({@code 1990}) for an adult. */
    BIRTH_DATE,
    /** A date expected to come, such as a pregnancy's {@code edd}: the future is allowed. */
    FUTURE_ALLOWED
}
