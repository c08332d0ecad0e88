package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Problem;
import vn.tramyte.testing.StationImportTest;
import vn.tramyte.testing.TestStation;

/**
 * The write of an import's new deliveries checks them again on what is stored by then (a visit typed in
 * the window after the import's check): a refused one is returned with its problems, by its place, and no
 * delivery of the batch is written, so the import can tell it at its line (RowsRefused) and change nothing.
 */
class ImportedDeliveriesTest extends StationImportTest {
    @Test
    void aDeliveryBeforeAVisitStoredSinceTheCheckIsReturnedAndNothingIsWritten() throws IOException {
        write("persons.csv", "ref,full_name,sex,birth_date\nA4,Giàng Thị Mỷ,F,1995\n");
        write("pregnancies.csv", "ref,person_ref,lmp,edd,gravida,para\nT2,A4,2026-02-10,,3,2\n");
        write("anc_visits.csv", "pregnancy_ref,date,weight_kg\nT2,2026-11-01,49\n");
        assertTrue(importFolder().ok(), "the woman, her pregnancy and a visit of 01/11/2026");
        Delivery before = new Delivery(LocalDate.of(2026, 10, 20), DeliveryPlace.HOME, Attendant.FAMILY,
                MotherOutcome.ALIVE, List.of());
        Map<Integer, List<Problem>> refused = s.database().write(TestStation.WORKER, tx -> {
            Pregnancy p = s.antenatal().imports().importedPregnancies(tx, TestStation.MUONG_KIM).get("T2");
            return s.antenatal().imports().recordNewDeliveries(tx, TestStation.MUONG_KIM, List.of(
                    new DeliveryRecorder.Imported(p, before, List.of(new NewBaby(new Baby(BirthOutcome.STILL, null,
                            null), null, null)), "T2")));
        });
        assertEquals(List.of(0), List.copyOf(refused.keySet()));
        assertEquals("antenatal.problem.deliveryBeforeLastVisit", refused.get(0).get(0).key());
        assertEquals(0L, ((Number) s.database().read(tx -> tx.dsl().fetchValue("SELECT COUNT(*) FROM delivery")))
                .longValue());
    }
}
