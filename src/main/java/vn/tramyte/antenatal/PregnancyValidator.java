package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.tramyte.common.Problem;
import vn.tramyte.common.DateText;
import vn.tramyte.person.Person;
import vn.tramyte.person.PersonValidator;
import vn.tramyte.person.Sex;

/** The rules a pregnancy must meet before it is registered or changed; each broken rule is one sentence. */
public final class PregnancyValidator {
    /**
     * How far a given EDD may be from LMP + 280 days and still agree with the LMP: Naegele's
     * calendar rule (LMP + 9 months + 7 days), which health workers use by hand, gives 280 to
     * 283 days depending on the months crossed.
     */
    public static final int EDD_TOLERANCE_DAYS = 3;
    public static final PlausibleRange GRAVIDA = new PlausibleRange(1, 20);
    public static final PlausibleRange PARA = new PlausibleRange(0, 19);
    public static final int RISK_NOTES_MAX = 2000;

    /**
     * @param woman         the woman the pregnancy belongs to
     * @param draft         what was typed
     * @param deliveryDate  this pregnancy's delivery date when it is over (stored, or in the same
     *                      import), null while open
     * @param hersRegistered her pregnancies already stored; the one being edited (same id) is skipped
     */
    public List<Problem> validate(Person woman, PregnancyDraft draft, LocalDate deliveryDate,
                                  List<Pregnancy> hersRegistered, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        checkWoman(woman, draft, problems);
        checkCounts(draft, problems);
        if (draft.riskNotes() != null && draft.riskNotes().length() > RISK_NOTES_MAX) {
            problems.add(Problem.of("riskNotes", "antenatal.problem.riskNotesTooLong", draft.riskNotes().length(),
                    RISK_NOTES_MAX));
        }
        if (draft.lmp() == null && draft.edd() == null) {
            problems.add(Problem.of("lmp", "antenatal.problem.lmpOrEddRequired"));
            return problems;
        }
        LocalDate lmp = draft.lmp() != null ? draft.lmp() : PregnancyDates.lmpFromEdd(draft.edd());
        String dateField = draft.lmp() != null ? "lmp" : "edd";
        checkDates(draft, lmp, dateField, deliveryDate, today, problems);
        checkOthers(draft, lmp, dateField, deliveryDate == null, hersRegistered, problems);
        return problems;
    }

    private static void checkWoman(Person woman, PregnancyDraft draft, List<Problem> problems) {
        if (woman.sex() != Sex.FEMALE) {
            problems.add(Problem.of("woman", "antenatal.problem.womanNotFemale", woman.fullName()));
            return;
        }
        LocalDate lmp = draft.lmp() != null ? draft.lmp()
                : draft.edd() != null ? PregnancyDates.lmpFromEdd(draft.edd()) : null;
        int minAge = PersonValidator.MIN_MOTHER_AGE_YEARS;
        if (lmp != null && woman.birthDate() != null && woman.birthDate().plusYears(minAge).isAfter(lmp)) {
            problems.add(Problem.of("woman", "antenatal.problem.womanTooYoung", woman.fullName(),
                    DateText.show(woman.birthDate(), woman.birthYearOnly()), minAge));
        }
    }

    private static void checkCounts(PregnancyDraft d, List<Problem> problems) {
        GRAVIDA.check(d.gravida(), "gravida", "antenatal.problem.gravidaOutOfRange", problems);
        PARA.check(d.para(), "para", "antenatal.problem.paraOutOfRange", problems);
        // Gravidity counts this pregnancy and parity only earlier births, so parity is always lower.
        if (d.gravida() != null && d.para() != null && GRAVIDA.contains(d.gravida()) && PARA.contains(d.para())
                && d.para() >= d.gravida()) {
            problems.add(Problem.of("para", "antenatal.problem.paraNotBelowGravida", d.para(), d.gravida()));
        }
    }

    private static void checkDates(PregnancyDraft d, LocalDate lmp, String dateField, LocalDate deliveryDate,
                                   LocalDate today, List<Problem> problems) {
        if (d.lmp() != null && d.lmp().isAfter(today)) {
            problems.add(Problem.of("lmp", "antenatal.problem.lmpInFuture", show(d.lmp()), show(today)));
        } else if (d.lmp() == null && lmp.isAfter(today)) {
            problems.add(Problem.of("edd", "antenatal.problem.eddTooLate", show(d.edd()),
                    show(PregnancyDates.eddFromLmp(today))));
        } else if (deliveryDate == null
                && PregnancyDates.beyondMaximum(PregnancyDates.gestationalAge(lmp, today))) {
            problems.add(Problem.of(dateField, "antenatal.problem.openPregnancyTooOld", show(lmp),
                    PregnancyDates.gestationalAge(lmp, today).weeks(), PregnancyDates.MAX_WEEKS));
        }
        if (d.lmp() != null && d.edd() != null) {
            LocalDate expected = PregnancyDates.eddFromLmp(d.lmp());
            if (Math.abs(ChronoUnit.DAYS.between(expected, d.edd())) > EDD_TOLERANCE_DAYS) {
                problems.add(Problem.of("edd", "antenatal.problem.eddDisagreesWithLmp", show(d.edd()),
                        show(d.lmp()), show(expected)));
            }
        }
        if (deliveryDate != null && lmp.isAfter(deliveryDate)) {
            problems.add(Problem.of(dateField, "antenatal.problem.lmpAfterDelivery", show(lmp),
                    show(deliveryDate)));
        }
    }

    /**
     * One open pregnancy per woman, and pregnancies do not overlap. A past, delivered pregnancy
     * typed in late may be registered while she is pregnant again.
     */
    private static void checkOthers(PregnancyDraft d, LocalDate lmp, String dateField, boolean open,
                                    List<Pregnancy> hers, List<Problem> problems) {
        for (Pregnancy other : hers) {
            if (d.id() != null && d.id().equals(other.id())) {
                continue;
            }
            if (other.open() && open) {
                problems.add(Problem.of(null, "antenatal.problem.anotherOpenPregnancy", show(other.lmp()),
                        show(other.edd())));
            } else if (!other.open() && !lmp.isBefore(other.lmp()) && !lmp.isAfter(other.deliveryDate())) {
                problems.add(Problem.of(dateField, "antenatal.problem.lmpDuringAnotherPregnancy", show(lmp),
                        show(other.lmp()), show(other.deliveryDate())));
            }
        }
    }

    static String show(LocalDate date) {
        return DateText.show(date, false);
    }
}
