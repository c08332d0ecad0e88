package vn.tramyte.death;

import java.time.LocalDate;
import java.util.UUID;
import vn.tramyte.person.Sex;

/**
 * A death as typed on the form or read from deaths.csv. For a registered person (personId)
 * the name, sex, birth, ethnicity and village come from the person's record and are ignored here.
 *
 * @param id               the death being corrected, or null for a new one
 * @param ageYears         age at death when the birth date is not known
 * @param pregnancyRelated the answer to "pregnant or within 42 days after a delivery?", null when not asked
 */
public record DeathDraft(UUID id, UUID personId, String fullName, Sex sex, LocalDate birthDate,
                         boolean birthYearOnly, Integer ageYears, String ethnicityCode, UUID villageId,
                         LocalDate deathDate, DeathPlace place, CauseGroup causeGroup, String causeText,
                         Boolean pregnancyRelated) {
}
