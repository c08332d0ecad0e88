package vn.tramyte.death;

import java.time.LocalDate;
import vn.tramyte.person.Sex;

/**
 * What classification and validation need to know about a death. For a registered person,
 * sex and birth date come from the person's record; for someone not registered, from the form.
 *
 * @param birthDate         exact date, or 1 January with birthYearOnly; null when only the age is known
 * @param birthYearOnly     the birth date is a year alone (adults)
 * @param ageYears          age at death in years when the birth date is not known; ignored otherwise
 * @param pregnancyRelated  the form's answer to "pregnant or within 42 days after a delivery?",
 *                          null when not asked or not answered
 * @param deliveryDate      her last delivery when known (from her registered pregnancy)
 */
public record DeathFacts(Sex sex, LocalDate birthDate, boolean birthYearOnly, Integer ageYears,
                         LocalDate deathDate, CauseGroup causeGroup, Boolean pregnancyRelated,
                         LocalDate deliveryDate) {
}
