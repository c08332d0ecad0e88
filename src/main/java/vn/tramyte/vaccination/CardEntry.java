package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of the child's card.
 *
 * @param dose    the valid dose when GIVEN; the latest not-valid dose when INVALID; otherwise null
 * @param dueDate when the dose is (still) due; null when GIVEN, and when the previous dose of the
 *                series has not been given validly (the date depends on that dose)
 * @param due     where the dose stands on the card's day when not validly given; null when GIVEN.
 *                For an INVALID line it says whether the dose to give again is due or overdue.
 */
public record CardEntry(Vaccine vaccine, CardStatus status, RecordedDose dose, LocalDate dueDate, DueStatus due) {
    public CardEntry {
        Objects.requireNonNull(vaccine, "vaccine");
        Objects.requireNonNull(status, "status");
        if ((status == CardStatus.GIVEN) != (due == null)) {
            throw new IllegalArgumentException("a given dose has no due status, any other line has one");
        }
        if ((status == CardStatus.GIVEN || status == CardStatus.INVALID) == (dose == null)) {
            throw new IllegalArgumentException("only a given or invalid line shows a dose");
        }
    }

    /** Whether the child should get this dose on the card's day (also after a dose that was not valid). */
    public boolean dueOrOverdue() {
        return due != null && due.dueOrOverdue();
    }

    /** Days from the due date to {@code day}; 0 when not due by then or no due date. */
    public long daysLate(LocalDate day) {
        return dueDate == null || dueDate.isAfter(day) ? 0 : ChronoUnit.DAYS.between(dueDate, day);
    }
}
