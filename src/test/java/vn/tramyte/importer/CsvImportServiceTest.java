package vn.tramyte.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

class CsvImportServiceTest extends StationImportTest {
    static final String PERSONS = """
            ref,full_name,sex,birth_date,ethnicity,village,mother_ref,personal_id,insurance_no,phone
            A1,Lò Thị Hoa,F,12/04/1998,Thái,Bản Đốc,,012198001234,,0912345678
            A2,Lò Văn Khánh,M,2025-09-03,03,Bản Đốc,A1,,0123456789,
            A3,Giàng Thị Mỷ,Nữ,1990,Mông,Bản Mè,,,,
            """;
    static final String MEASUREMENTS = """
            person_ref,date,weight_kg,length_cm,position,oedema,muac_mm
            A2,2026-06-01,7.2,66.5,L,n,
            A2,01/11/2026,8.4,71.0,,n,130
            """;


    @Test
    void aValidFolderImportsPersonsThenMeasurementsAndReportsCounts() throws IOException {
        write("persons.csv", PERSONS);
        write("measurements.csv", MEASUREMENTS);
        ImportReport report = importFolder();
        assertTrue(report.ok(), report.lines(new Messages(Messages.ENGLISH)).toString());
        assertEquals(new FileCounts(ImportFile.PERSONS, 3, 0, 0), report.counts(ImportFile.PERSONS).orElseThrow());
        assertEquals(new FileCounts(ImportFile.MEASUREMENTS, 2, 0, 0),
                report.counts(ImportFile.MEASUREMENTS).orElseThrow());
        List<PersonRow> people = s.people().all();
        PersonRow khanh = people.stream().filter(p -> p.fullName().equals("Lò Văn Khánh")).findFirst().orElseThrow();
        assertEquals("Lò Thị Hoa", khanh.motherName());
        assertEquals("Bản Đốc", khanh.villageName());
        assertTrue(people.stream().anyMatch(p -> p.fullName().equals("Giàng Thị Mỷ") && p.birthYearOnly()));
        assertEquals(2, s.nutrition().history(vn.tramyte.nutrition.NutritionService.child(khanh)).size());
        assertEquals(List.of("persons.csv: 3 new, 0 updated, 0 unchanged",
                "measurements.csv: 2 new, 0 updated, 0 unchanged"), report.lines(new Messages(Messages.ENGLISH)));
    }

    @Test
    void reimportingTheSameFilesChangesNothingAndACorrectedRowUpdates() throws IOException {
        write("persons.csv", PERSONS);
        write("measurements.csv", MEASUREMENTS);
        assertTrue(importFolder().ok());
        long seq = s.database().lastChangeSeq();
        ImportReport again = importFolder();
        assertEquals(new FileCounts(ImportFile.PERSONS, 0, 0, 3), again.counts(ImportFile.PERSONS).orElseThrow());
        assertEquals(new FileCounts(ImportFile.MEASUREMENTS, 0, 0, 2),
                again.counts(ImportFile.MEASUREMENTS).orElseThrow());
        assertEquals(seq, s.database().lastChangeSeq(), "nothing written");
        write("persons.csv", PERSONS.replace("0912345678", "0987654321"));
        ImportReport corrected = importFolder();
        assertEquals(new FileCounts(ImportFile.PERSONS, 0, 1, 2), corrected.counts(ImportFile.PERSONS).orElseThrow());
        assertEquals(3, s.people().count());
    }

    @Test
    void anyInvalidRowImportsNothingAndEveryProblemIsListed() throws IOException {
        write("persons.csv", PERSONS + "A4,Vàng A Sử,X,2024-02-30,Kinh,,,,,\nA5,Lò Văn Nam,M,2027-01-01,Thái,,A9,,,\n");
        write("measurements.csv", MEASUREMENTS + "A2,2026-11-02,75,70,L,n,\n");
        long seq = s.database().lastChangeSeq();
        ImportReport report = importFolder();
        assertFalse(report.ok());
        List<String> lines = report.lines(new Messages(Messages.ENGLISH));
        assertEquals(1 + 5, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("Nothing was imported: 5 problems"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("persons.csv, line 5, column sex, value “X”")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("line 5, column birth_date, value “2024-02-30”")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("line 6, column birth_date, value “2027-01-01”")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("line 6, column mother_ref, value “A9”")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("measurements.csv, line 4, column weight_kg, value “75”")),
                lines.toString());
        assertEquals(0, s.people().count());
        assertEquals(seq, s.database().lastChangeSeq());
    }

    @Test
    void aSemicolonFileWithAByteOrderMarkAndDecimalCommasIsRead() throws IOException {
        write("persons.csv", PERSONS);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String semicolons = "person_ref;date;weight_kg;length_cm;position;oedema\r\nA2;01/06/2026;7,2;66,5;L;n\r\n";
        Path m = files.resolve("measurements.csv");
        Files.write(m, concat(bom, semicolons.getBytes(StandardCharsets.UTF_8)));
        ImportReport report = importFolder();
        assertTrue(report.ok(), report.lines(new Messages(Messages.ENGLISH)).toString());
        var child = s.nutrition().childrenUnderFive(vn.tramyte.testing.TestClock.TODAY, Set.of()).get(0);
        assertEquals(7.2, s.nutrition().history(child).get(0).measurement().weightKg());
    }

    @Test
    void anUnknownColumnIsRefusedWithItsName() throws IOException {
        write("persons.csv", PERSONS.replace("phone", "fone"));
        List<String> lines = importFolder().lines(new Messages(Messages.ENGLISH));
        assertTrue(lines.get(1).contains("Unknown column “fone”"), lines.toString());
    }

    @Test
    void measurementsOfPeopleImportedEarlierFindThem() throws IOException {
        Path persons = write("persons.csv", PERSONS);
        assertTrue(s.csvImport().importPaths(TestStation.WORKER, List.of(persons)).ok());
        Files.delete(persons);
        write("measurements.csv", MEASUREMENTS);
        ImportReport report = importFolder();
        assertTrue(report.ok(), report.lines(new Messages(Messages.ENGLISH)).toString());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
