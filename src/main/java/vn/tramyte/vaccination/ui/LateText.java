package vn.tramyte.vaccination.ui;

import java.time.LocalDate;
import java.time.Period;
import vn.tramyte.common.Messages;

/**
 * How late a dose is, as a health worker says it: in weeks while it is a matter of weeks
 * ("Quá hạn 5 tuần"), then in months and years ("Quá hạn 3 năm 9 tháng", not "195 tuần").
 */
final class LateText {
    /** Under eight weeks late the weeks are counted; from then on the months. */
    static final int WEEKS_UNTIL_DAYS = 56;

    private LateText() {
    }

    /** The status followed by how late: {@code status} is "Quá hạn" / "Overdue". */
    static String of(Messages m, String status, LocalDate dueDate, long daysLate) {
        if (daysLate < WEEKS_UNTIL_DAYS) {
            return m.format("vaccination.ui.weeksLate", status, Math.max(1, daysLate / 7));
        }
        Period late = Period.between(dueDate, dueDate.plusDays(daysLate));
        int years = late.getYears();
        int months = late.getMonths();
        if (years == 0) {
            return m.format("vaccination.ui.monthsLate", status, Math.max(1, months));
        }
        return months == 0 ? m.format("vaccination.ui.yearsLate", status, years)
                : m.format("vaccination.ui.yearsMonthsLate", status, years, months);
    }
}
