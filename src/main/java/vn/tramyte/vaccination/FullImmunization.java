package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "Fully immunized under one" (tiêm chủng đầy đủ, TCĐĐ): a valid dose of each dose the catalogue
 * flags (default BCG, PENTA1-3, OPV1-3, MEASLES1), every one given before the first birthday.
 * A dose on the first birthday or later protects the child but does not count here.
 *
 * @param completedOn  the day the last of those doses was given; null when not completed
 * @param missing      the codes without a valid dose before the first birthday, in catalogue order
 * @param stillPossible the day of the evaluation is before the first birthday
 */
public record FullImmunization(boolean completed, LocalDate completedOn, List<String> missing,
                               LocalDate firstBirthday, boolean stillPossible) {
    public FullImmunization {
        missing = List.copyOf(missing);
    }

    /** Evaluates the doses given on or before {@code asOf}, with the verdicts they were stored with. */
    public static FullImmunization of(LocalDate birth, List<RecordedDose> doses, VaccineCatalogue catalogue,
                                      LocalDate asOf) {
        LocalDate firstBirthday = birth.plusYears(1);
        LocalDate lastCounted = asOf.isBefore(firstBirthday) ? asOf : firstBirthday.minusDays(1);
        List<String> missing = new ArrayList<>();
        LocalDate completedOn = null;
        List<Vaccine> required = catalogue.fullImmunizationSet();
        for (Vaccine v : required) {
            LocalDate first = null;
            for (RecordedDose r : doses) {
                if (r.isValid() && r.vaccineCode().equals(v.code()) && !r.date().isAfter(lastCounted)
                        && (first == null || r.date().isBefore(first))) {
                    first = r.date();
                }
            }
            if (first == null) {
                missing.add(v.code());
            } else if (completedOn == null || first.isAfter(completedOn)) {
                completedOn = first;
            }
        }
        boolean completed = missing.isEmpty() && !required.isEmpty();
        return new FullImmunization(completed, completed ? completedOn : null, missing, firstBirthday,
                asOf.isBefore(firstBirthday));
    }

    /** The sentence for the card: completed on a date, still missing doses, or not achieved. */
    public String messageKey() {
        if (completed) {
            return "vaccination.fullImmunization.completed";
        }
        return stillPossible ? "vaccination.fullImmunization.missing" : "vaccination.fullImmunization.notAchieved";
    }

    /** {0}: the completion date, or the missing codes separated by commas. */
    public Object[] messageArgs() {
        return new Object[] {completed ? Dates.show(completedOn) : String.join(", ", missing)};
    }
}
