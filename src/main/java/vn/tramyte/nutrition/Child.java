package vn.tramyte.nutrition;

import java.time.LocalDate;
import java.util.UUID;
import vn.tramyte.person.Sex;

/** What screening needs to know of a child: who, born when, where, whose. */
public record Child(UUID id, String stationCode, String fullName, String searchName, Sex sex, LocalDate birthDate,
                    String villageName, String motherName) {

    /** Under five on a date: WHO computes no z-score from 60 months (1827 days) on. */
    public boolean underFiveOn(LocalDate date) {
        return !date.isBefore(birthDate) && java.time.temporal.ChronoUnit.DAYS.between(birthDate, date)
                < MeasurementRules.FIRST_DAY_WITHOUT_SCORES;
    }
}
