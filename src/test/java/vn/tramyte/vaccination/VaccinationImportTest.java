package vn.tramyte.vaccination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Messages;
import vn.tramyte.csvimport.FileCounts;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.person.PersonRow;
import vn.tramyte.testing.StationImportTest;
import vn.tramyte.testing.TestStation;

class VaccinationImportTest extends StationImportTest {
    static final String PERSONS = """
            ref,full_name,sex,birth_date,ethnicity,village,mother_ref,personal_id,insurance_no,phone
            A1,Lò Thị Hoa,F,12/04/1998,Thái,Bản Đốc,,,,
            A2,Lò Văn Khánh,M,2026-03-03,03,Bản Đốc,A1,,,
            """;
    static final String DOSES = """
            person_ref,vaccine,date,place,lot
            A2,BCG,2026-03-04,hospital,B12
            A2,hepb0,2026-03-04,hospital,
            A2,PENTA1,2026-05-04,station,P77
            A2,OPV1,2026-03-20,,
            A1,TT1,2026-01-10,station,
            """;

    final Messages en = new Messages(Messages.ENGLISH);

    private PersonRow person(String name) {
        return s.people().all().stream().filter(p -> p.fullName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aValidFileRecordsEachDoseWithItsVerdictAndAReimportChangesNothing() throws IOException {
        write("persons.csv", PERSONS);
        write("vaccinations.csv", DOSES);
        ImportReport report = importFolder();
        assertTrue(report.ok(), report.lines(en).toString());
        assertEquals(new FileCounts(ImportFile.VACCINATIONS, 5, 0, 0),
                report.counts(ImportFile.VACCINATIONS).orElseThrow());
        List<StoredDose> doses = s.vaccination().doses(person("Lò Văn Khánh").id());
        assertEquals(4, doses.size());
        StoredDose opv = doses.stream().filter(d -> d.dose().vaccineCode().equals("OPV1")).findFirst().orElseThrow();
        // OPV1 at 17 days old: recorded, not valid (minimum age 6 weeks)
        assertFalse(opv.recorded().isValid());
        assertEquals(InvalidReason.BEFORE_MIN_AGE, opv.recorded().verdict().reason());
        assertEquals("B12", doses.get(0).dose().lot());
        assertEquals(1, s.vaccination().tetanus(person("Lò Thị Hoa").id()).doses().size());

        long seq = s.database().lastChangeSeq();
        ImportReport again = importFolder();
        assertTrue(again.ok(), again.lines(en).toString());
        assertEquals(new FileCounts(ImportFile.VACCINATIONS, 0, 0, 5),
                again.counts(ImportFile.VACCINATIONS).orElseThrow());
        assertEquals(seq, s.database().lastChangeSeq());
        assertEquals(4, s.vaccination().doses(person("Lò Văn Khánh").id()).size());
    }

    @Test
    void theDueListNamesImportedChildrenByTheirRefWhetherItReadsTheirDosesByIdOrByBirthDate() throws IOException {
        // more children than a due list reads by their ids (5,000): it then reads them by their birth dates
        String[] family = {"Lò", "Cầm", "Lường", "Tòng", "Quàng", "Hoàng", "Vàng", "Giàng", "Sùng", "Lý"};
        String[] given = {"An", "Bình", "Dũng", "Hùng", "Khánh", "Nam", "Phúc", "Quý", "Sơn", "Đức"};
        StringBuilder persons = new StringBuilder("ref,full_name,sex,birth_date,ethnicity,village\n");
        for (int i = 1; i <= 5_003; i++) {
            persons.append(String.format("TE%04d,%s Văn %s,M,%s,03,%s%n", i, family[i % 10], given[i / 10 % 10],
                    LocalDate.of(2025, 1, 1).plusDays(i % 300), i <= 3 ? "Bản Mè" : "Bản Đốc"));
        }
        write("persons.csv", persons.toString());
        ImportReport report = importFolder();
        assertTrue(report.ok(), lines(report));
        LocalDate day = LocalDate.of(2026, 11, 22);
        List<DueRow> all = s.vaccination().computeDueList(day, Set.of()).rows();
        assertEquals(5_003, all.stream().map(r -> r.child().id()).distinct().count());
        assertTrue(all.stream().allMatch(r -> r.child().id().startsWith("TE")), "by the register's refs");
        // a village's few children: by their ids
        assertEquals(List.of("TE0001", "TE0002", "TE0003"), s.vaccination().computeDueList(day, Set.of("Bản Mè"))
                .rows().stream().map(r -> r.child().id()).distinct().sorted().toList());
    }

    @Test
    void aCorrectedLotUpdatesTheDoseItNames() throws IOException {
        write("persons.csv", PERSONS);
        write("vaccinations.csv", DOSES);
        assertTrue(importFolder().ok());
        write("vaccinations.csv", DOSES.replace("P77", "P78"));
        ImportReport report = importFolder();
        assertEquals(new FileCounts(ImportFile.VACCINATIONS, 0, 1, 4),
                report.counts(ImportFile.VACCINATIONS).orElseThrow(), report.lines(en).toString());
        assertTrue(s.vaccination().doses(person("Lò Văn Khánh").id()).stream()
                .anyMatch(d -> "P78".equals(d.dose().lot())));
    }

    @Test
    void everyInvalidRowIsReportedAndNothingIsImported() throws IOException {
        write("persons.csv", PERSONS);
        write("vaccinations.csv", DOSES
                + "A2,XYZ,2026-05-04,,\n"          // line 7: unknown vaccine
                + "A2,OPV2,2027-01-04,,\n"         // line 8: in the future
                + "A2,IPV1,2026-01-04,,\n"         // line 9: before birth
                + "A9,BCG,2026-03-04,,\n"          // line 10: unknown person
                + "A2,MR,2026-06-01,home,\n"       // line 11: place not in the list
                + "A2,TT1,2026-06-01,,\n"          // line 12: a woman's dose for a boy
                + "A2,BCG,2026-03-04,station,\n"); // line 13: the same row twice
        long seq = s.database().lastChangeSeq();
        ImportReport report = importFolder();
        assertFalse(report.ok());
        List<String> lines = report.lines(en);
        String all = String.join("\n", lines);
        assertTrue(lines.get(0).startsWith("Nothing was imported"), all);
        assertTrue(all.contains("vaccinations.csv, line 7, column vaccine, value “XYZ”: There is no vaccine code"), all);
        assertTrue(all.contains("line 8, column date, value “2027-01-04”"), all);
        assertTrue(all.contains("line 9, column date, value “2026-01-04”"), all);
        assertTrue(all.contains("line 10, column person_ref, value “A9”"), all);
        assertTrue(all.contains("line 11, column place, value “home”"), all);
        assertTrue(all.contains("line 12, column vaccine, value “TT1”"), all);
        assertTrue(all.contains("line 13"), all);
        assertEquals(seq, s.database().lastChangeSeq());
        assertEquals(0, s.people().count());
    }

    @Test
    void aDoseGivenTwiceValidlyIsRefused() throws IOException {
        write("persons.csv", PERSONS);
        write("vaccinations.csv", DOSES + "A2,BCG,2026-04-04,,\n");
        List<String> lines = importFolder().lines(en);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("vaccinations.csv, line 7, column vaccine, value “BCG”")),
                lines.toString());
    }

    @Test
    void aSemicolonFileWithAByteOrderMarkIsRead() throws IOException {
        write("persons.csv", PERSONS);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "person_ref;vaccine;date;place;lot\r\nA2;BCG;04/03/2026;station;L-01\r\nA2;HEPB0;04/03/2026;;\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(files.resolve("vaccinations.csv"), all);
        ImportReport report = importFolder();
        assertTrue(report.ok(), report.lines(en).toString());
        List<StoredDose> doses = s.vaccination().doses(person("Lò Văn Khánh").id());
        assertEquals(2, doses.size());
        assertEquals(LocalDate.of(2026, 3, 4), doses.get(0).dose().date());
        assertTrue(doses.stream().anyMatch(d -> "L-01".equals(d.dose().lot())));
    }

    @Test
    void dosesOfPeopleImportedEarlierAndDosesTypedBeforeAreRecognised() throws IOException {
        Path persons = write("persons.csv", PERSONS);
        assertTrue(s.csvImport().importPaths(TestStation.WORKER, List.of(persons)).ok());
        Files.delete(persons);
        s.vaccination().record(TestStation.WORKER, person("Lò Văn Khánh").id(),
                List.of(GivenDose.at("BCG", LocalDate.of(2026, 3, 4))));
        write("vaccinations.csv", DOSES);
        ImportReport report = importFolder();
        assertTrue(report.ok(), report.lines(en).toString());
        assertEquals(new FileCounts(ImportFile.VACCINATIONS, 4, 1, 0),
                report.counts(ImportFile.VACCINATIONS).orElseThrow(), report.lines(en).toString());
    }
}
