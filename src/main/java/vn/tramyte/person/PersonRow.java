package vn.tramyte.person;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the people list: the person with the names of their village, ethnicity and mother. */
public record PersonRow(
        UUID id,
        String stationCode,
        String fullName,
        String searchName,
        Sex sex,
        LocalDate birthDate,
        boolean birthYearOnly,
        String ethnicityCode,
        String villageName,
        UUID motherId,
        String motherName,
        String personalId,
        String insuranceNo,
        String phone,
        LocalDate diedOn) {

    /** False once a death is recorded: the person leaves due and planning lists. */
    public boolean alive() {
        return diedOn == null;
    }
}
