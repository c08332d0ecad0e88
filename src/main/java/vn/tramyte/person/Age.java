package vn.tramyte.person;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * A person's age as a health worker says it: days for a newborn, months under two
 * years, years after. Returns a message key and its number.
 */
public record Age(String messageKey, long value) {

    public static Age between(LocalDate birth, LocalDate on) {
        if (birth == null || on == null || on.isBefore(birth)) {
            return new Age("age.unknown", 0);
        }
        long days = ChronoUnit.DAYS.between(birth, on);
        if (days < 60) {
            return new Age("age.days", days);
        }
        Period p = Period.between(birth, on);
        long months = p.toTotalMonths();
        if (months < 24) {
            return new Age("age.months", months);
        }
        return new Age("age.years", p.getYears());
    }
}
