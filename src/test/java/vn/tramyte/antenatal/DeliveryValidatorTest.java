package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tramyte.antenatal.AncTestData.open;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Problem;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestClock;

class DeliveryValidatorTest {
    private static final LocalDate TODAY = TestClock.TODAY;
    private static final LocalDate LMP = LocalDate.of(2026, 1, 1);
    private static final Baby GIRL = new Baby(BirthOutcome.LIVE, Sex.FEMALE, 3100);
    private final DeliveryValidator validator = new DeliveryValidator();

    private static Delivery on(LocalDate date, Baby... babies) {
        return new Delivery(date, DeliveryPlace.STATION, Attendant.MIDWIFE, MotherOutcome.ALIVE, List.of(babies));
    }

    private List<Problem> check(Delivery d) {
        return validator.validate(d, open(LMP), List.of(), TODAY);
    }

    @Test
    void aTermDeliveryOfOneWeighedBabyHasNoProblem() {
        assertEquals(List.of(), check(on(LocalDate.of(2026, 10, 5), GIRL)));
    }

    @Test
    void twinsAndTripletsAreAcceptedButNotFourBabies() {
        assertEquals(List.of(), check(on(LocalDate.of(2026, 10, 5), GIRL, GIRL)));
        assertEquals(List.of(), check(on(LocalDate.of(2026, 10, 5), GIRL, GIRL, GIRL)));
        assertEquals(List.of(Problem.of("babies", "antenatal.problem.babyCountOutOfRange", 4, 1, 3)),
                check(on(LocalDate.of(2026, 10, 5), GIRL, GIRL, GIRL, GIRL)));
    }

    @Test
    void aDeliveryWithoutABabyIsRefused() {
        assertEquals(List.of(Problem.of("babies", "antenatal.problem.babyCountOutOfRange", 0, 1, 3)),
                check(new Delivery(LocalDate.of(2026, 10, 5), DeliveryPlace.HOME, Attendant.FAMILY,
                        MotherOutcome.ALIVE, null)));
    }

    @Test
    void birthWeightOutside300To6000GramsIsRefusedWithTheRangeAndTheBabysNumber() {
        LocalDate d = LocalDate.of(2026, 10, 5);
        assertEquals(List.of(), check(on(d, new Baby(BirthOutcome.LIVE, Sex.MALE, 300),
                new Baby(BirthOutcome.LIVE, Sex.MALE, 6000))));
        assertEquals(List.of(Problem.of("babies[1].birthWeightG", "antenatal.problem.birthWeightOutOfRange", 2, 299,
                300, 6000)), check(on(d, GIRL, new Baby(BirthOutcome.LIVE, Sex.MALE, 299))));
        assertEquals(List.of(Problem.of("babies[0].birthWeightG", "antenatal.problem.birthWeightOutOfRange", 1, 6001,
                300, 6000)), check(on(d, new Baby(BirthOutcome.STILL, null, 6001))));
    }

    @Test
    void anUnweighedBabyIsAccepted() {
        assertEquals(List.of(), check(on(LocalDate.of(2026, 10, 5), new Baby(BirthOutcome.LIVE, Sex.MALE, null))));
    }

    @Test
    void aLiveBirthNeedsItsSexButAStillbirthDoesNot() {
        assertEquals(List.of(Problem.of("babies[0].sex", "antenatal.problem.babySexRequired", 1)),
                check(on(LocalDate.of(2026, 10, 5), new Baby(BirthOutcome.LIVE, null, 3000))));
        assertEquals(List.of(), check(on(LocalDate.of(2026, 10, 5), new Baby(BirthOutcome.STILL, null, 3000))));
    }

    @Test
    void eachBabyNeedsAnOutcome() {
        assertEquals(List.of(Problem.of("babies[1].outcome", "antenatal.problem.babyOutcomeRequired", 2)),
                check(on(LocalDate.of(2026, 10, 5), GIRL, new Baby(null, Sex.MALE, 2600))));
    }

    @Test
    void aDeliveryInTheFutureIsRefused() {
        assertEquals(List.of(Problem.of("date", "antenatal.problem.deliveryInFuture", "23/11/2026", "22/11/2026")),
                validator.validate(on(LocalDate.of(2026, 11, 23), GIRL), open(LocalDate.of(2026, 3, 1)), List.of(),
                        TODAY));
    }

    @Test
    void aDeliveryBeforeTheLmpIsRefused() {
        assertEquals(List.of(Problem.of("date", "antenatal.problem.deliveryBeforeLmp", "31/12/2025", "01/01/2026")),
                check(on(LocalDate.of(2025, 12, 31), GIRL)));
    }

    @Test
    void aDeliveryAt21Weeks6DaysIsSuspiciousAndAt22WeeksIsAccepted() {
        assertEquals(List.of(Problem.of("date", "antenatal.problem.deliveryBefore22Weeks", "03/06/2026", 21, 6, 22)),
                check(on(LocalDate.of(2026, 6, 3), new Baby(BirthOutcome.STILL, null, 450))));
        assertEquals(List.of(), check(on(LocalDate.of(2026, 6, 4), new Baby(BirthOutcome.STILL, null, 450))));
    }

    @Test
    void aDeliveryPast44WeeksIsRefused() {
        Pregnancy p = open(LocalDate.of(2025, 12, 1));
        assertEquals(List.of(), validator.validate(on(LocalDate.of(2026, 10, 11), GIRL), p, List.of(), TODAY));
        assertEquals(List.of(Problem.of("date", "antenatal.problem.deliveryBeyondMaxWeeks", "12/10/2026", 45, 44)),
                validator.validate(on(LocalDate.of(2026, 10, 12), GIRL), p, List.of(), TODAY));
    }

    @Test
    void aDeliveryBeforeAnAntenatalVisitIsRefusedButOnTheVisitDayIsAccepted() {
        List<LocalDate> visits = List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 6));
        assertEquals(List.of(Problem.of("date", "antenatal.problem.deliveryBeforeLastVisit", "05/10/2026",
                "06/10/2026")), validator.validate(on(LocalDate.of(2026, 10, 5), GIRL), open(LMP), visits, TODAY));
        assertEquals(List.of(), validator.validate(on(LocalDate.of(2026, 10, 6), GIRL), open(LMP), visits, TODAY));
    }

    @Test
    void dateAndChoicesAreRequired() {
        Delivery empty = new Delivery(null, null, null, null, List.of(GIRL));
        assertEquals(List.of(Problem.of("date", "antenatal.problem.deliveryDateRequired"),
                Problem.of("place", "antenatal.problem.deliveryPlaceRequired"),
                Problem.of("attendant", "antenatal.problem.attendantRequired"),
                Problem.of("motherOutcome", "antenatal.problem.motherOutcomeRequired")),
                validator.validate(empty, open(LMP), Collections.emptyList(), TODAY));
    }
}
