package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tramyte.common.Problem;
import vn.tramyte.common.DateText;

/**
 * The rules an antenatal visit must meet: a date inside the pregnancy and not in the future,
 * and measurements within plausible ranges, each refused with the range in the message.
 */
public final class AncVisitValidator {
    public static final PlausibleRange WEIGHT_KG = new PlausibleRange(30, 150);
    public static final PlausibleRange SYSTOLIC_MMHG = new PlausibleRange(60, 250);
    public static final PlausibleRange DIASTOLIC_MMHG = new PlausibleRange(30, 150);
    public static final PlausibleRange FUNDAL_HEIGHT_CM = new PlausibleRange(5, 50);
    public static final PlausibleRange FETAL_HEART_BPM = new PlausibleRange(60, 220);
    public static final PlausibleRange HAEMOGLOBIN_G_PER_DL = new PlausibleRange(3, 20);
    /** Up to six months of daily tablets: more at once is a slip, not a supply. */
    public static final PlausibleRange IRON_FOLIC_TABLETS = new PlausibleRange(1, 180);

    /**
     * @param pregnancy the pregnancy the visit belongs to, with its delivery date when delivered
     */
    public List<Problem> validate(AncVisit visit, Pregnancy pregnancy, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        checkDate(visit.date(), pregnancy, today, problems);
        WEIGHT_KG.check(visit.weightKg(), "weightKg", "antenatal.problem.weightOutOfRange", problems);
        SYSTOLIC_MMHG.check(visit.systolicMmHg(), "systolicMmHg", "antenatal.problem.systolicOutOfRange", problems);
        DIASTOLIC_MMHG.check(visit.diastolicMmHg(), "diastolicMmHg", "antenatal.problem.diastolicOutOfRange",
                problems);
        if (visit.systolicMmHg() != null && visit.diastolicMmHg() != null
                && visit.diastolicMmHg() >= visit.systolicMmHg()) {
            problems.add(Problem.of("diastolicMmHg", "antenatal.problem.diastolicNotBelowSystolic",
                    visit.diastolicMmHg(), visit.systolicMmHg()));
        }
        FUNDAL_HEIGHT_CM.check(visit.fundalHeightCm(), "fundalHeightCm", "antenatal.problem.fundalHeightOutOfRange",
                problems);
        if (visit.fetalHeart() != null) {
            FETAL_HEART_BPM.check(visit.fetalHeart().bpm(), "fetalHeart", "antenatal.problem.fetalHeartOutOfRange",
                    problems);
        }
        HAEMOGLOBIN_G_PER_DL.check(visit.haemoglobinGPerDl(), "haemoglobinGPerDl",
                "antenatal.problem.haemoglobinOutOfRange", problems);
        IRON_FOLIC_TABLETS.check(visit.ironFolicTablets(), "ironFolicTablets",
                "antenatal.problem.ironFolicTabletsOutOfRange", problems);
        return problems;
    }

    private static void checkDate(LocalDate date, Pregnancy pregnancy, LocalDate today, List<Problem> problems) {
        if (date == null) {
            problems.add(Problem.of("date", "antenatal.problem.visitDateRequired"));
            return;
        }
        if (date.isAfter(today)) {
            problems.add(Problem.of("date", "antenatal.problem.visitInFuture", show(date), show(today)));
        }
        if (date.isBefore(pregnancy.lmp())) {
            problems.add(Problem.of("date", "antenatal.problem.visitBeforeLmp", show(date), show(pregnancy.lmp())));
            return;
        }
        // A visit on the day of the delivery is possible (seen in the morning, delivered at night).
        if (pregnancy.deliveryDate() != null && date.isAfter(pregnancy.deliveryDate())) {
            problems.add(Problem.of("date", "antenatal.problem.visitAfterDelivery", show(date),
                    show(pregnancy.deliveryDate())));
            return;
        }
        GestationalAge age = pregnancy.gestationalAgeOn(date);
        if (PregnancyDates.beyondMaximum(age)) {
            problems.add(Problem.of("date", "antenatal.problem.visitBeyondMaxWeeks", show(date), age.weeks(),
                    PregnancyDates.MAX_WEEKS));
        }
    }

    private static String show(LocalDate date) {
        return DateText.show(date, false);
    }
}
