package vn.tramyte.vaccination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.vaccination.Fixtures.CATALOGUE;
import static vn.tramyte.vaccination.Fixtures.date;
import static vn.tramyte.vaccination.Fixtures.dose;
import static vn.tramyte.vaccination.Fixtures.recorded;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueListTest {
    private static final LocalDate DAY = date("2026-06-10");

    /** Born 2026-04-01, everything at birth given: PENTA1, OPV1, ROTA1 and PCV1 due 2026-06-01. */
    private static final DueListChild LAN = child("1", "Lò Thị Lan", "2026-04-01", "Bản Mè",
            dose("BCG", "2026-04-01"), dose("HEPB0", "2026-04-01"));
    /** Born 2026-01-31, first doses on 2026-03-31: second doses due 2026-04-30 (41 days late on DAY). */
    private static final DueListChild SEO = child("2", "Vàng A Sếnh", "2026-01-31", "Nậm Pắt",
            dose("BCG", "2026-02-01"), dose("HEPB0", "2026-02-01"), dose("PENTA1", "2026-03-31"),
            dose("OPV1", "2026-03-31"), dose("ROTA1", "2026-03-31"), dose("PCV1", "2026-03-31"));
    /** Born after the day: not on the list. */
    private static final DueListChild UNBORN = child("3", "Chưa sinh", "2026-06-20", "Bản Mè");

    private static DueListChild child(String id, String name, String birth, String village, GivenDose... doses) {
        return new DueListChild(id, name, date(birth), village, "Mẹ " + name,
                recorded(date(birth), doses));
    }

    private static List<String> rowsOf(List<DueRow> rows) {
        return rows.stream().map(r -> r.child().id() + ":" + r.vaccine().code() + ":" + r.status()).toList();
    }

    @Test
    void everyChildDueOrOverdueForEachDoseIsListed() {
        DueList list = DueList.compute(List.of(LAN, SEO, UNBORN), CATALOGUE, DAY);
        assertEquals(List.of("1:PENTA1:DUE", "1:OPV1:DUE", "1:ROTA1:DUE", "1:PCV1:DUE",
                "2:PENTA2:OVERDUE", "2:OPV2:OVERDUE", "2:ROTA2:OVERDUE", "2:PCV2:OVERDUE"), rowsOf(list.rows()));
        DueRow penta2 = list.rows().get(4);
        assertEquals(date("2026-04-30"), penta2.dueDate());
        assertEquals(41, penta2.daysLate());
        assertEquals("Nậm Pắt", penta2.child().village());
        assertEquals("Mẹ Vàng A Sếnh", penta2.child().motherName());
    }

    @Test
    void totalsPerVaccineSayHowManyDosesToBring() {
        DueList list = DueList.compute(List.of(LAN, SEO), CATALOGUE, DAY);
        assertEquals(List.of("PENTA1:1+0", "PENTA2:0+1", "OPV1:1+0", "OPV2:0+1", "ROTA1:1+0", "ROTA2:0+1",
                "PCV1:1+0", "PCV2:0+1"), list.totals().stream()
                .map(t -> t.vaccine().code() + ":" + t.due() + "+" + t.overdue()).toList());
        assertTrue(list.totals().stream().allMatch(t -> t.total() == 1));
    }

    @Test
    void totalsAddUpOverChildren() {
        DueListChild twin = child("4", "Lò Văn Lả", "2026-04-01", "Bản Mè");
        List<VaccineTotal> totals = DueList.compute(List.of(LAN, twin), CATALOGUE, DAY).totals();
        assertEquals(2, totals.stream().filter(t -> t.vaccine().code().equals("PENTA1")).findFirst()
                .orElseThrow().due());
        // the twin's birth doses are no longer given at 70 days: BCG is, HEPB0 is past its 7 days
        assertEquals(List.of("BCG", "PENTA1", "OPV1", "ROTA1", "PCV1"),
                totals.stream().map(t -> t.vaccine().code()).toList());
    }

    @Test
    void defaultersAreOverdueByMoreThanFourWeeks() {
        DueList list = DueList.compute(List.of(LAN, SEO), CATALOGUE, DAY);
        assertEquals(List.of("2:PENTA2:OVERDUE", "2:OPV2:OVERDUE", "2:ROTA2:OVERDUE", "2:PCV2:OVERDUE"),
                rowsOf(list.defaulters()));
        assertEquals(List.of(), list.defaulters(6));
        assertEquals(4, list.defaulters(5).size());
        assertEquals(List.of("PENTA2:0+1", "OPV2:0+1", "ROTA2:0+1", "PCV2:0+1"),
                list.totals(list.defaulters()).stream()
                        .map(t -> t.vaccine().code() + ":" + t.due() + "+" + t.overdue()).toList());
    }

    @Test
    void defaulterBoundaryIsMoreThanTwentyEightDays() {
        DueListChild due28 = child("5", "A", "2026-04-01", "Bản Mè", dose("BCG", "2026-04-01"));
        // PENTA1 due 2026-06-01: 28 days late on 29/06 is still due, 29 days late on 30/06 is a defaulter
        assertEquals(0, DueList.compute(List.of(due28), CATALOGUE, date("2026-06-29")).defaulters().size());
        assertTrue(rowsOf(DueList.compute(List.of(due28), CATALOGUE, date("2026-06-30")).defaulters())
                .contains("5:PENTA1:OVERDUE"));
    }

    @Test
    void doseToGiveAgainAfterANotValidOneIsOnTheList() {
        DueListChild early = child("6", "B", "2026-04-01", "Bản Mè", dose("BCG", "2026-04-01"),
                dose("PENTA1", "2026-05-01"));
        DueRow row = DueList.compute(List.of(early), CATALOGUE, DAY).rows().get(0);
        assertEquals("PENTA1", row.vaccine().code());
        assertTrue(row.giveAgain());
    }
}
