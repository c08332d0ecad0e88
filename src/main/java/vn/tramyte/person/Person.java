package vn.tramyte.person;

import java.time.LocalDate;
import java.util.UUID;

/** A registered person, as stored (DOMAIN.md §2). */
public record Person(
        UUID id,
        String stationCode,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        boolean birthYearOnly,
        String ethnicityCode,
        UUID villageId,
        UUID motherId,
        String personalId,
        String insuranceNo,
        String phone,
        LocalDate diedOn) {

    public boolean alive() {
        return diedOn == null;
    }
}
