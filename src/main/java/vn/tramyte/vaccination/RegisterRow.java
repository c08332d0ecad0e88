package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.Map;
import vn.tramyte.person.PersonRow;

/**
 * One line of register A2.1 (sổ tiêm chủng trẻ em): a child born in the chosen year, the date
 * of the valid dose of each child vaccine (absent when none), and "fully immunized" (TCĐĐ).
 */
public record RegisterRow(PersonRow child, Map<String, LocalDate> validDates, FullImmunization fullImmunization) {
    public RegisterRow {
        validDates = Map.copyOf(validDates);
    }

    public LocalDate date(String code) {
        return validDates.get(code);
    }
}
