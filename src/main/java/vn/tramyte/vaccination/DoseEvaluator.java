package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.tramyte.common.Problem;
import vn.tramyte.person.Sex;

/**
 * Decides whether doses may be recorded and whether each counts for its series (DOMAIN.md §3).
 * Refused: an unknown code, a date in the future or before birth, a woman's dose for a male or
 * a child (or a child's dose for an older person), the same dose twice. Recorded but not valid:
 * a dose before the minimum age or interval, after the upper age, or with no valid previous dose.
 */
public final class DoseEvaluator {
    private final VaccineCatalogue catalogue;
    private final ScheduleSettings settings;

    public DoseEvaluator(VaccineCatalogue catalogue, ScheduleSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    public DoseEvaluator(VaccineCatalogue catalogue) {
        this(catalogue, ScheduleSettings.defaults());
    }

    /**
     * Evaluates new doses (one, a batch given the same day such as BCG + HEPB0, or a whole
     * imported history) against the doses already recorded with their stored verdicts.
     * The new doses are judged in date order, each one counting the ones before it.
     */
    public DoseEvaluation evaluate(Vaccinee person, List<RecordedDose> existing, List<GivenDose> newDoses,
                                   LocalDate today) {
        List<RecordedDose> history = new ArrayList<>(existing);
        RecordedDose[] results = new RecordedDose[newDoses.size()];
        List<DoseEvaluation.Refusal> refusals = new ArrayList<>();
        for (int i : judgingOrder(newDoses)) {
            GivenDose dose = newDoses.get(i);
            Optional<Vaccine> vaccine = catalogue.byCode(dose.vaccineCode());
            List<Problem> problems = refusals(person, vaccine, dose, history, today);
            if (!problems.isEmpty()) {
                problems.forEach(p -> refusals.add(new DoseEvaluation.Refusal(i, dose, p)));
                continue;
            }
            Vaccine v = vaccine.orElseThrow();
            DoseVerdict verdict = ScheduleRules.verdict(v, catalogue.previous(v), person.birthDate(), dose.date(),
                    history);
            results[i] = new RecordedDose(dose, verdict);
            history.add(results[i]);
        }
        if (!refusals.isEmpty()) {
            refusals.sort(Comparator.comparingInt(DoseEvaluation.Refusal::index));
            return new DoseEvaluation(refusals, List.of());
        }
        return new DoseEvaluation(List.of(), Arrays.asList(results));
    }

    /** Date order, and within a day dose 1 before dose 2 (PENTA1 and PENTA2 typed together). */
    private List<Integer> judgingOrder(List<GivenDose> doses) {
        Comparator<Integer> byDate = Comparator.comparing(i -> doses.get(i).date());
        Comparator<Integer> byDose = Comparator.comparingInt(
                i -> catalogue.byCode(doses.get(i).vaccineCode()).map(Vaccine::dose).orElse(0));
        return IntStream.range(0, doses.size()).boxed().sorted(byDate.thenComparing(byDose)).toList();
    }

    private List<Problem> refusals(Vaccinee person, Optional<Vaccine> vaccine, GivenDose dose,
                                   List<RecordedDose> history, LocalDate today) {
        String code = dose.vaccineCode();
        if (vaccine.isEmpty()) {
            return List.of(Problem.of("vaccine", "vaccination.problem.unknownVaccine", code));
        }
        List<Problem> problems = new ArrayList<>();
        String date = Dates.show(dose.date());
        if (dose.date().isAfter(today)) {
            problems.add(Problem.of("date", "vaccination.problem.dateInFuture", code, date, Dates.show(today)));
        }
        if (dose.date().isBefore(person.birthDate())) {
            problems.add(Problem.of("date", "vaccination.problem.beforeBirth", code, date,
                    Dates.show(person.birthDate())));
        } else {
            checkPerson(person, vaccine.get(), dose, problems);
        }
        checkTwice(dose, history, problems);
        return problems;
    }

    private void checkPerson(Vaccinee person, Vaccine v, GivenDose dose, List<Problem> problems) {
        int age = Period.between(person.birthDate(), dose.date()).getYears();
        if (v.target() == Target.WOMAN && (person.sex() != Sex.FEMALE || age < settings.womanMinAgeYears())) {
            problems.add(Problem.of("vaccine", "vaccination.problem.womenOnly", v.code(),
                    settings.womanMinAgeYears()));
        }
        if (v.target() == Target.CHILD && age >= settings.childMaxAgeYears()) {
            problems.add(Problem.of("vaccine", "vaccination.problem.childrenOnly", v.code(),
                    settings.childMaxAgeYears(), age));
        }
    }

    /**
     * The same dose twice: a valid dose of that code is already recorded (whatever its date), or
     * the same code on the same day. A dose that was not valid may be given and recorded again.
     */
    private static void checkTwice(GivenDose dose, List<RecordedDose> history, List<Problem> problems) {
        String code = dose.vaccineCode();
        Optional<RecordedDose> valid = history.stream()
                .filter(r -> r.vaccineCode().equals(code) && r.isValid()).findFirst();
        if (valid.isPresent()) {
            problems.add(Problem.of("vaccine", "vaccination.problem.alreadyGiven", code,
                    Dates.show(valid.get().date())));
        } else if (history.stream().anyMatch(r -> r.vaccineCode().equals(code) && r.date().equals(dose.date()))) {
            problems.add(Problem.of("vaccine", "vaccination.problem.enteredTwice", code, Dates.show(dose.date())));
        }
    }
}
