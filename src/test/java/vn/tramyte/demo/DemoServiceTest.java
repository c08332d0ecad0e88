package vn.tramyte.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonRow;
import vn.tramyte.place.Mode;
import vn.tramyte.testing.TestClock;

class DemoServiceTest {
    @Test
    void theDemoIsThanUyenWithTwelveStationsAndTheirFamilies(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            var installation = s.demo().create();
            assertEquals(Mode.CENTRE, installation.mode());
            assertEquals("110", installation.place().code());
            assertTrue(installation.demo());
            // the plan's 2024 targets of Than Uyên and its 12 communes (15 indicator and population pairs each),
            // and practice targets for 2025 and 2026: the same places, and the four 2025 communes they form
            var targets = s.targets().targets();
            assertEquals(13 * 15 * 3 + 4 * 15 * 2, targets.size());
            assertEquals(4 * 15 * 2, targets.stream().filter(t -> t.codeList() == vn.tramyte.place.CodeList.Y2025)
                    .count());
            assertEquals("23.62", targets.stream().filter(t -> t.placeCode().equals("03637")
                    && t.indicator() == vn.tramyte.plan.Indicator.IMR
                    && t.population() == vn.tramyte.plan.Population.ALL).findFirst().orElseThrow().target().toPlainString());
            var people = s.people().all();
            Map<String, Long> perStation = people.stream()
                    .collect(Collectors.groupingBy(PersonRow::stationCode, Collectors.counting()));
            assertEquals(Set.of("03595", "03618", "03619", "03625", "03628", "03631", "03632", "03634", "03637",
                    "03638", "03640", "03643"), perStation.keySet());
            Set<String> groups = people.stream().map(PersonRow::ethnicityCode).collect(Collectors.toSet());
            assertEquals(Set.of("01", "03", "08", "09", "25", "42"), groups, "Kinh, Thái, Mông, Dao, Giáy, Lự");
            long children = people.stream().filter(p -> p.motherId() != null).count();
            assertTrue(children > 300, "children: " + children);
            long underTwo = people.stream().filter(p -> p.birthDate().isAfter(TestClock.TODAY.minusYears(2))).count();
            assertTrue(underTwo > 150, "born in the last two years: " + underTwo);
            assertTrue(people.stream().allMatch(p -> p.villageName() != null));
            assertTrue(s.places().ownVillages().size() >= 36);
        }
    }

    @Test
    void theCentreDemoEnrolsItsStationsAndAStationSetUpFromItsFileGetsItsRecords(@TempDir Path dir) throws Exception {
        long muongKimPeople;
        Path packageFile;
        java.util.UUID edited;
        Path file;
        String code;
        try (Services centre = vn.tramyte.testing.TestStation.open(dir.resolve("centre"))) {
            centre.demo().create();
            muongKimPeople = centre.people().all().stream().filter(p -> p.stationCode().equals("03637")).count();
            // every station sends its packages; three enrolment files wait for a trainer
            assertEquals(12, centre.sync().stationStatus().stream().filter(s -> s.enrolled()).count());
            Path folder = dir.resolve("centre").resolve(DemoService.ENROLMENT_FOLDER);
            String line = java.nio.file.Files.readAllLines(folder.resolve("codes.txt")).stream()
                    .filter(l -> l.startsWith("03637-MuongKim-enrolment-")).findFirst().orElseThrow();
            file = folder.resolve(line.split("\\s+")[0]);
            code = line.split("\\s+")[1];
        }
        try (Services station = vn.tramyte.testing.TestStation.open(dir.resolve("station"))) {
            station.sync().setUpFromEnrolment(file, code, vn.tramyte.testing.TestStation.admin("Lò Thị Hương"));
            assertEquals(muongKimPeople, station.people().count());
            assertTrue(muongKimPeople > 50, "Mường Kim has its families: " + muongKimPeople);
            assertEquals(13 * 15 * 3 + 4 * 15 * 2, station.targets().targets().size(), "and the centre's targets");
            assertEquals(0, station.sync().ownStatus().waitingRows(), "the centre's own copies are not sent back");

            // the station corrects a phone number: the centre takes it, newer in the owner's order than its copy
            var p = station.people().all().stream().filter(r -> r.motherId() == null).findFirst().orElseThrow();
            var d = vn.tramyte.person.PersonDraft.of(station.people().find(p.id()).orElseThrow());
            station.people().save("Lò Thị Hương", new vn.tramyte.person.PersonDraft(d.id(), d.fullName(), d.sex(),
                    d.birthDate(), d.birthYearOnly(), d.ethnicityCode(), d.villageId(), d.motherId(), d.personalId(),
                    d.insuranceNo(), "0912000111"));
            edited = p.id();
            assertEquals(1, station.sync().ownStatus().waitingRows());
            packageFile = station.sync().export(dir.resolve("usb"));
        }
        try (Services centre = vn.tramyte.testing.TestStation.open(dir.resolve("centre"))) {
            var outcome = centre.sync().importFile(packageFile);
            assertEquals(java.util.List.of(new vn.tramyte.sync.TableReport("person", 0, 1, 0, 0)),
                    outcome.lines().stream().filter(l -> l.total() > 0).toList());
            assertEquals("0912000111", centre.people().find(edited).orElseThrow().phone());
        }
    }

    @Test
    void theDemoIsTheSameEveryTime(@TempDir Path a, @TempDir Path b) {
        java.util.List<String> first;
        try (Services s = vn.tramyte.testing.TestStation.open(a)) {
            s.demo().create();
            first = s.people().all().stream().map(PersonRow::fullName).toList();
        }
        try (Services s = vn.tramyte.testing.TestStation.open(b)) {
            s.demo().create();
            assertEquals(first, s.people().all().stream().map(PersonRow::fullName).toList());
        }
    }
}
