package vn.tramyte.vaccination;

import java.time.LocalDate;

/**
 * One dose one child should get on the vaccination day.
 *
 * @param status    DUE or OVERDUE
 * @param daysLate  days from the due date to the vaccination day
 * @param giveAgain a dose of this vaccine was given but is not valid
 */
public record DueRow(DueListChild child, Vaccine vaccine, LocalDate dueDate, DueStatus status, long daysLate,
                     boolean giveAgain) {
    public DueRow {
        if (!status.dueOrOverdue()) {
            throw new IllegalArgumentException("a due list row is due or overdue, not " + status);
        }
    }
}
