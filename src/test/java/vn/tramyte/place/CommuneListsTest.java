package vn.tramyte.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.testing.TwoCommunes.MUONG_KIM;
import static vn.tramyte.testing.TwoCommunes.TA_MUNG;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.death.DeathRow;
import vn.tramyte.nutrition.ScreeningRow;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;
import vn.tramyte.testing.TwoCommunes;
import vn.tramyte.vaccination.DueRow;
import vn.tramyte.vaccination.RegisterRow;
import vn.tramyte.vaccination.RegisterTally;

/** A centre's lists: one commune holds only that commune's rows; all communes hold all, each named. */
class CommuneListsTest {
    static final LocalDate TODAY = TestClock.TODAY;
    @TempDir
    Path dir;
    Services s;

    @BeforeEach
    void centre() {
        s = TwoCommunes.centre(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private static <T> Set<String> stations(List<T> rows, Function<T, String> station) {
        return Set.copyOf(rows.stream().map(station).toList());
    }

    @Test
    void theCentreKnowsItsCommunesByNameAndPrintsWhereAListComesFrom() {
        Communes c = s.places().communes();
        assertTrue(c.centre());
        assertEquals(12, c.stations().size());
        assertEquals("Mường Kim", c.name(MUONG_KIM));
        assertEquals("Tà Mung", c.name(TA_MUNG));
        Messages vi = Messages.forLanguage("vi");
        assertEquals("Trung tâm Y tế Than Uyên – Trạm Y tế Mường Kim", c.placeLine(vi, MUONG_KIM));
        assertEquals("Trung tâm Y tế Than Uyên – tất cả 12 trạm y tế xã", c.placeLine(vi, null));
    }

    @Test
    void theDueListOfOneCommuneHoldsOnlyItsChildrenAndAllCommunesHoldBothNamed() {
        LocalDate day = TODAY.plusDays(10);
        List<DueRow> muongKim = s.vaccination().computeDueList(day, MUONG_KIM, Set.of()).rows();
        assertTrue(!muongKim.isEmpty());
        assertEquals(Set.of("Mường Kim"), stations(muongKim, r -> r.child().commune()));
        assertTrue(muongKim.stream().allMatch(r -> r.child().name().startsWith("Lò ")), muongKim.toString());

        List<DueRow> all = s.vaccination().computeDueList(day, null, Set.of()).rows();
        assertEquals(Set.of("Mường Kim", "Tà Mung"), stations(all, r -> r.child().commune()));
        assertEquals(muongKim.size() + s.vaccination().computeDueList(day, TA_MUNG, Set.of()).rows().size(),
                all.size());
        // commune by commune: no Tà Mung child between two of Mường Kim
        int lastMuongKim = all.stream().map(r -> r.child().commune()).toList().lastIndexOf("Mường Kim");
        assertTrue(all.subList(0, lastMuongKim).stream().allMatch(r -> r.child().commune().equals("Mường Kim")));
        // the village filter still applies inside the commune
        assertTrue(s.vaccination().computeDueList(day, TA_MUNG, Set.of("Bản Đốc")).rows().isEmpty());
    }

    @Test
    void registerA21OfOneCommuneAndItsFiguresPerCommune() {
        List<RegisterRow> taMung = s.vaccination().register(2025, TA_MUNG);
        assertEquals(List.of("Hoàng Thị Nga"), taMung.stream().map(r -> r.child().fullName()).toList());
        List<RegisterRow> all = s.vaccination().register(2025, null);
        assertEquals(List.of("Lò Thị Mai", "Hoàng Thị Nga"), all.stream().map(r -> r.child().fullName()).toList());
        assertEquals(List.of(new RegisterTally(MUONG_KIM, 1, 0), new RegisterTally(TA_MUNG, 1, 0)),
                RegisterTally.perCommune(all));
    }

    @Test
    void pregnanciesDeliveriesAndTheA3RegisterOfOneCommune() {
        List<PregnancyCard> pregnant = s.antenatal().pregnantWomen(TODAY, MUONG_KIM);
        assertEquals(List.of("Lò Thị Xuân"), pregnant.stream().map(c -> c.woman().fullName()).toList());
        assertEquals(Set.of(MUONG_KIM, TA_MUNG),
                stations(s.antenatal().pregnantWomen(TODAY, null), c -> c.woman().stationCode()));
        List<PregnancyCard> delivered = s.antenatal().deliveredBetween(LocalDate.of(2026, 11, 1), TODAY, TA_MUNG);
        assertEquals(List.of("Hoàng Thị Phương"), delivered.stream().map(c -> c.woman().fullName()).toList());
        assertEquals(List.of("Lò Thị Thu", "Hoàng Thị Phương"), s.antenatal()
                .deliveredBetween(LocalDate.of(2026, 11, 1), TODAY, null).stream().map(c -> c.woman().fullName())
                .toList(), "commune by commune");
        assertEquals(Set.of(TA_MUNG), stations(s.antenatal().visitedBetween(LocalDate.of(2026, 9, 1), TODAY, TA_MUNG),
                c -> c.woman().stationCode()));
    }

    @Test
    void theDeathRegisterOfOneCommune() {
        List<DeathRow> muongKim = s.deaths().register(null, null, MUONG_KIM);
        assertEquals(List.of("Lò Văn Lả"), muongKim.stream().map(DeathRow::fullName).toList());
        List<DeathRow> all = s.deaths().register(null, null, null);
        assertEquals(List.of("Lò Văn Lả", "Hoàng Văn Sáng"), all.stream().map(DeathRow::fullName).toList());
        assertEquals("Bản Lướt", all.get(1).villageName());
    }

    @Test
    void theScreeningDayAndTheMalnourishedOfOneCommune() {
        List<ScreeningRow> taMung = s.nutrition().malnourished(TODAY, TA_MUNG);
        assertEquals(List.of("Hoàng Văn Bình"), taMung.stream().map(r -> r.child().fullName()).toList());
        assertEquals(List.of("Lò Văn An", "Hoàng Văn Bình"),
                s.nutrition().malnourished(TODAY, null).stream().map(r -> r.child().fullName()).toList());
        List<ScreeningRow> day = s.nutrition().screeningDay(LocalDate.of(2026, 11, 1), MUONG_KIM, Set.of());
        assertEquals(Set.of(MUONG_KIM), stations(day, r -> r.child().stationCode()));
        assertEquals(1, day.stream().filter(ScreeningRow::measured).count());
    }

    @Test
    void atAStationTheListIsItsOwnWhateverCommuneIsAsked(@TempDir Path other) {
        try (Services station = TestStation.station(other)) {
            Communes c = station.places().communes();
            assertTrue(!c.centre());
            assertEquals("Trạm Y tế Mường Kim", c.placeLine(Messages.forLanguage("vi"), null));
            station.database().read(tx -> {
                assertEquals(TestStation.MUONG_KIM, station.places().listScope(tx, TA_MUNG));
                return null;
            });
        }
    }
}
