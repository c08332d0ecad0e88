package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.tramyte.common.Problem;
import vn.tramyte.common.DateText;

/** The rules a delivery must meet before it is recorded; each broken rule is one sentence. */
public final class DeliveryValidator {
    public static final PlausibleRange BABIES = new PlausibleRange(1, Delivery.MAX_BABIES);
    public static final PlausibleRange BIRTH_WEIGHT_G = new PlausibleRange(300, 6000);

    /**
     * @param pregnancy  the pregnancy that ends
     * @param visitDates the dates of its antenatal visits, none of which may come after the delivery
     */
    public List<Problem> validate(Delivery delivery, Pregnancy pregnancy, Collection<LocalDate> visitDates,
                                  LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        checkDate(delivery.date(), pregnancy, visitDates, today, problems);
        if (delivery.place() == null) {
            problems.add(Problem.of("place", "antenatal.problem.deliveryPlaceRequired"));
        }
        if (delivery.attendant() == null) {
            problems.add(Problem.of("attendant", "antenatal.problem.attendantRequired"));
        }
        if (delivery.motherOutcome() == null) {
            problems.add(Problem.of("motherOutcome", "antenatal.problem.motherOutcomeRequired"));
        }
        BABIES.check(delivery.babies().size(), "babies", "antenatal.problem.babyCountOutOfRange", problems);
        for (int i = 0; i < delivery.babies().size(); i++) {
            checkBaby(delivery.babies().get(i), i, problems);
        }
        return problems;
    }

    private static void checkDate(LocalDate date, Pregnancy pregnancy, Collection<LocalDate> visitDates,
                                  LocalDate today, List<Problem> problems) {
        if (date == null) {
            problems.add(Problem.of("date", "antenatal.problem.deliveryDateRequired"));
            return;
        }
        if (date.isAfter(today)) {
            problems.add(Problem.of("date", "antenatal.problem.deliveryInFuture", show(date), show(today)));
        }
        if (date.isBefore(pregnancy.lmp())) {
            problems.add(Problem.of("date", "antenatal.problem.deliveryBeforeLmp", show(date),
                    show(pregnancy.lmp())));
            return;
        }
        GestationalAge age = pregnancy.gestationalAgeOn(date);
        // Before 22 weeks a baby cannot survive: the end of such a pregnancy is a miscarriage or
        // abortion, and more often the date or the LMP was mistyped.
        if (age.weeks() < PregnancyDates.MIN_DELIVERY_WEEKS) {
            problems.add(Problem.of("date", "antenatal.problem.deliveryBefore22Weeks", show(date), age.weeks(),
                    age.days(), PregnancyDates.MIN_DELIVERY_WEEKS));
        } else if (PregnancyDates.beyondMaximum(age)) {
            problems.add(Problem.of("date", "antenatal.problem.deliveryBeyondMaxWeeks", show(date), age.weeks(),
                    PregnancyDates.MAX_WEEKS));
        }
        visitDates.stream().filter(Objects::nonNull).filter(date::isBefore).max(LocalDate::compareTo)
                .ifPresent(last -> problems.add(Problem.of("date", "antenatal.problem.deliveryBeforeLastVisit",
                        show(date), show(last))));
    }

    private static void checkBaby(Baby baby, int index, List<Problem> problems) {
        String field = "babies[" + index + "]";
        int number = index + 1;
        if (baby.outcome() == null) {
            problems.add(Problem.of(field + ".outcome", "antenatal.problem.babyOutcomeRequired", number));
        }
        // The child's record needs a sex; a stillborn baby's is often not written down.
        if (baby.liveBirth() && baby.sex() == null) {
            problems.add(Problem.of(field + ".sex", "antenatal.problem.babySexRequired", number));
        }
        if (baby.birthWeightG() != null && !BIRTH_WEIGHT_G.contains(baby.birthWeightG())) {
            problems.add(Problem.of(field + ".birthWeightG", "antenatal.problem.birthWeightOutOfRange", number,
                    baby.birthWeightG(), BIRTH_WEIGHT_G.min(), BIRTH_WEIGHT_G.max()));
        }
    }

    private static String show(LocalDate date) {
        return DateText.show(date, false);
    }
}
