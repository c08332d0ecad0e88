package vn.tramyte.death;

import java.time.LocalDate;
import vn.tramyte.person.Sex;

/** One line of the death register: the death with the person's name, sex, birth and village. */
public record DeathRow(Death death, String fullName, Sex sex, LocalDate birthDate, boolean birthYearOnly,
                       Integer ageYears, String ethnicityCode, String villageName, boolean registered) {
    public LocalDate deathDate() {
        return death.draft().deathDate();
    }
}
