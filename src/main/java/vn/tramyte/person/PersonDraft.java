package vn.tramyte.person;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user typed for a new or edited person, before validation. {@code id} is null for
 * a new person; the ethnicity is a 1979 GSO code.
 */
public record PersonDraft(
        UUID id,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        boolean birthYearOnly,
        String ethnicityCode,
        UUID villageId,
        UUID motherId,
        String personalId,
        String insuranceNo,
        String phone) {

    public static PersonDraft of(Person p) {
        return new PersonDraft(p.id(), p.fullName(), p.sex(), p.birthDate(), p.birthYearOnly(), p.ethnicityCode(),
                p.villageId(), p.motherId(), p.personalId(), p.insuranceNo(), p.phone());
    }
}
