package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.UUID;

/** Pregnancies for the tests. */
final class AncTestData {
    private AncTestData() {
    }

    static Pregnancy open(LocalDate lmp) {
        return new Pregnancy(UUID.randomUUID(), UUID.randomUUID(), lmp, PregnancyDates.eddFromLmp(lmp), 2, 1,
                null, null);
    }

    static Pregnancy delivered(LocalDate lmp, LocalDate deliveryDate) {
        return open(lmp).delivered(deliveryDate);
    }

    static AncVisit visit(LocalDate date, Double weightKg, Integer systolic, Integer diastolic) {
        return new AncVisit(date, weightKg, systolic, diastolic, null, null, null, null, null, null, false, null,
                null);
    }
}
