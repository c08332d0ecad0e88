package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.tramyte.person.Sex;

/** The default catalogue and short ways to write doses in tests. */
final class Fixtures {
    static final VaccineCatalogue CATALOGUE = VaccineCatalogue.loadDefault();
    static final DoseEvaluator EVALUATOR = new DoseEvaluator(CATALOGUE);
    /** Born on the last day of a month, so that calendar months and day counts differ. */
    static final LocalDate BIRTH = LocalDate.of(2026, 1, 31);
    static final LocalDate TODAY = LocalDate.of(2028, 6, 1);

    private Fixtures() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static GivenDose dose(String code, String isoDate) {
        return GivenDose.at(code, date(isoDate));
    }

    /** The doses as stored, with a verdict the evaluator gives them in date order; fails if any is refused. */
    static List<RecordedDose> recorded(LocalDate birth, GivenDose... doses) {
        return EVALUATOR.evaluate(new Vaccinee(birth, Sex.FEMALE), List.of(), Arrays.asList(doses), TODAY)
                .acceptedOrThrow();
    }

    static List<RecordedDose> recorded(GivenDose... doses) {
        return recorded(BIRTH, doses);
    }

    /** A dose stored as valid without asking today's rules (as if recorded under an older catalogue). */
    static RecordedDose storedValid(String code, String isoDate) {
        return new RecordedDose(dose(code, isoDate), DoseVerdict.VALID);
    }

    /** The catalogue rows with the full-immunization flag set on {@code codes} too. */
    static VaccineCatalogue withFullImmunization(String... codes) {
        List<Vaccine> rows = new ArrayList<>();
        List<String> added = Arrays.asList(codes);
        for (Vaccine v : CATALOGUE.all()) {
            rows.add(added.contains(v.code()) ? new Vaccine(v.code(), v.series(), v.dose(), v.target(), v.nameVi(),
                    v.nameEn(), v.dueMonths(), v.minAgeDays(), v.minIntervalDays(), v.maxAgeDays(), v.bornFrom(),
                    true, v.protection(), v.source()) : v);
        }
        return new VaccineCatalogue(rows);
    }
}
