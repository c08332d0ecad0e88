package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.Objects;
import vn.tramyte.person.Sex;

/** The person a dose is recorded for: enough to check it against the schedule. */
public record Vaccinee(LocalDate birthDate, Sex sex) {
    public Vaccinee {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }
}
