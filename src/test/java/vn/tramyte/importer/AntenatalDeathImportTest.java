package vn.tramyte.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.antenatal.TetanusDose;
import vn.tramyte.csvimport.FileCounts;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.death.DeathClass;
import vn.tramyte.death.DeathRow;
import vn.tramyte.person.PersonRow;
import vn.tramyte.testing.StationImportTest;

/** pregnancies.csv, anc_visits.csv, deliveries.csv, births.csv and deaths.csv, valid and invalid. */
class AntenatalDeathImportTest extends StationImportTest {
    static final String PERSONS = """
            ref,full_name,sex,birth_date,ethnicity,village,mother_ref,personal_id,insurance_no,phone
            A1,Lò Thị Hoa,F,12/04/1998,Thái,Bản Đốc,,,,
            A2,Lò Văn Khánh,M,2026-09-03,03,Bản Đốc,A1,,,
            A3,Lò Thị Khuyên,F,2026-09-03,03,Bản Đốc,A1,,,
            A4,Giàng Thị Mỷ,Nữ,1995,Mông,Bản Mè,,,,
            """;
    static final String PREGNANCIES = """
            ref,person_ref,lmp,edd,gravida,para
            T1,A1,2025-12-01,,2,1
            T2,A4,,2027-02-10,3,2
            """;
    static final String VISITS = """
            pregnancy_ref,date,weight_kg,bp_systolic,bp_diastolic,fundal_height_cm,tetanus_dose,iron_folic
            T1,2026-02-10,50.5,110,70,,TT1,y
            T1,2026-05-02,54,115,75,20,UV2,y
            T2,2026-10-01,48,100,60,,,n
            """;
    static final String DELIVERIES = """
            pregnancy_ref,date,place,attendant,mother_outcome
            T1,2026-09-03,station,midwife,alive
            """;
    static final String BIRTHS = """
            pregnancy_ref,outcome,child_ref,sex,weight_g
            T1,live,A2,M,2400
            T1,live,A3,F,2700
            """;
    static final String DEATHS = """
            ref,person_ref,full_name,sex,birth_date,death_date,place,cause_group,cause_text,pregnancy_related,ethnicity,village
            D1,A2,,,,2026-09-05,station,perinatal,Ngạt sau sinh,,,
            D2,,Giàng A Páo,M,1950,2026-10-12,home,stroke,,n,Mông,Bản Mè
            """;


    private void writeAll() throws IOException {
        write("persons.csv", PERSONS);
        write("pregnancies.csv", PREGNANCIES);
        write("anc_visits.csv", VISITS);
        write("deliveries.csv", DELIVERIES);
        write("births.csv", BIRTHS);
        write("deaths.csv", DEATHS);
    }

    @Test
    void validFilesImportPregnanciesVisitsADeliveryOfTwinsAndDeaths() throws IOException {
        writeAll();
        ImportReport report = importFolder();
        assertTrue(report.ok(), lines(report));
        assertEquals(new FileCounts(ImportFile.PREGNANCIES, 2, 0, 0), report.counts(ImportFile.PREGNANCIES).get());
        assertEquals(new FileCounts(ImportFile.ANC_VISITS, 3, 0, 0), report.counts(ImportFile.ANC_VISITS).get());
        assertEquals(new FileCounts(ImportFile.DELIVERIES, 1, 0, 0), report.counts(ImportFile.DELIVERIES).get());
        assertEquals(new FileCounts(ImportFile.BIRTHS, 2, 0, 0), report.counts(ImportFile.BIRTHS).get());
        assertEquals(new FileCounts(ImportFile.DEATHS, 2, 0, 0), report.counts(ImportFile.DEATHS).get());
        List<PregnancyCard> cards = s.antenatal().cards(LocalDate.of(2026, 11, 22));
        PregnancyCard hoa = cards.stream().filter(c -> c.woman().fullName().equals("Lò Thị Hoa")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 3), hoa.pregnancy().deliveryDate());
        assertEquals(TetanusDose.TT2, hoa.visits().get(1).visit().tetanusDose());
        assertTrue(hoa.tetanusProtected());
        assertEquals(2, hoa.delivery().births().size());
        assertTrue(hoa.delivery().births().get(0).baby().lowBirthWeight());
        PersonRow khanh = s.people().all().stream().filter(p -> p.fullName().equals("Lò Văn Khánh")).findFirst()
                .orElseThrow();
        assertEquals(hoa.delivery().births().get(0).childId(), khanh.id());
        assertEquals(LocalDate.of(2026, 9, 5), khanh.diedOn());
        List<DeathRow> deaths = s.deaths().register(null, null);
        assertTrue(deaths.get(0).death().classification().is(DeathClass.EARLY_NEONATAL));
        assertEquals("Bản Mè", deaths.get(1).villageName());
        assertEquals(1, s.antenatal().pregnantWomen(LocalDate.of(2026, 11, 22)).size());
    }

    @Test
    void reimportingChangesNothingAndACorrectedVisitUpdates() throws IOException {
        writeAll();
        assertTrue(importFolder().ok());
        long seq = s.database().lastChangeSeq();
        ImportReport again = importFolder();
        assertTrue(again.ok(), lines(again));
        for (ImportFile f : List.of(ImportFile.PREGNANCIES, ImportFile.ANC_VISITS, ImportFile.DELIVERIES,
                ImportFile.BIRTHS, ImportFile.DEATHS)) {
            FileCounts c = again.counts(f).orElseThrow();
            assertEquals(0, c.newRows() + c.updatedRows(), f + " " + c);
        }
        assertEquals(seq, s.database().lastChangeSeq(), "nothing written");
        write("anc_visits.csv", VISITS.replace("50.5", "51.0"));
        ImportReport corrected = importFolder();
        assertEquals(new FileCounts(ImportFile.ANC_VISITS, 0, 1, 2), corrected.counts(ImportFile.ANC_VISITS).get());
    }

    private long count(String sql) {
        return ((Number) s.database().read(tx -> tx.dsl().fetchValue(sql))).longValue();
    }

    /**
     * Issue 12: the visits of a later import find the pregnancies an earlier import stored (read once per
     * file, not once per row) and are written in the import's batches, each with its audit line and her
     * tetanus dose; a visit of an unknown pregnancy late in the file still writes nothing.
     */
    @Test
    void visitsImportedLaterFindThePregnanciesOfAnEarlierImportAndAreAuditedOneLineEach() throws IOException {
        write("persons.csv", PERSONS);
        write("pregnancies.csv", PREGNANCIES);
        write("deliveries.csv", DELIVERIES);
        write("births.csv", BIRTHS);
        ImportReport first = importFolder();
        assertTrue(first.ok(), lines(first));
        for (String name : List.of("persons.csv", "pregnancies.csv", "deliveries.csv", "births.csv")) {
            Files.delete(files.resolve(name));
        }
        write("anc_visits.csv", VISITS + "T9,2026-10-01,,,,,,\n");
        String refused = refusedImport();
        assertTrue(refused.contains("anc_visits.csv, line 5, column pregnancy_ref, value “T9”"), refused);
        assertEquals(0, count("SELECT COUNT(*) FROM anc_visit"));

        write("anc_visits.csv", VISITS);
        long auditBefore = count("SELECT COUNT(*) FROM audit_log WHERE table_name = 'anc_visit'");
        ImportReport report = importFolder();
        assertTrue(report.ok(), lines(report));
        assertEquals(new FileCounts(ImportFile.ANC_VISITS, 3, 0, 0), report.counts(ImportFile.ANC_VISITS).get());
        assertEquals(3, count("SELECT COUNT(*) FROM audit_log WHERE table_name = 'anc_visit'") - auditBefore);
        List<PregnancyCard> cards = s.antenatal().cards(LocalDate.of(2026, 11, 22));
        PregnancyCard hoa = cards.stream().filter(c -> c.woman().fullName().equals("Lò Thị Hoa")).findFirst()
                .orElseThrow();
        PregnancyCard my = cards.stream().filter(c -> c.woman().fullName().equals("Giàng Thị Mỷ")).findFirst()
                .orElseThrow();
        assertEquals(List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 5, 2)),
                hoa.visits().stream().map(v -> v.visit().date()).toList());
        assertEquals(1, my.visits().size());
        assertTrue(hoa.tetanusProtected(), "the visits' tetanus doses reached her register");
        // the same file again: every visit found, nothing written
        long after = s.database().lastChangeSeq();
        assertEquals(new FileCounts(ImportFile.ANC_VISITS, 0, 0, 3),
                importFolder().counts(ImportFile.ANC_VISITS).get());
        assertEquals(after, s.database().lastChangeSeq());
    }

    @Test
    void invalidPregnanciesAndVisitsImportNothingAndSayWhy() throws IOException {
        write("persons.csv", PERSONS);
        write("pregnancies.csv", PREGNANCIES + "T3,A2,2026-01-01,,,\nT4,A9,2026-03-01,,1,3\nT5,A4,,,,\n");
        write("anc_visits.csv", VISITS + "T1,2025-11-01,,,,,,\nT2,2026-10-08,250,,,,TT7,\nT9,2026-10-01,,,,,,\n");
        String text = refusedImport();
        assertTrue(text.contains("pregnancies.csv, line 4"), text); // a man
        assertTrue(text.contains("pregnancies.csv, line 5, column person_ref, value “A9”"), text);
        assertTrue(text.contains("pregnancies.csv, line 6, column lmp"), text); // lmp or edd
        assertTrue(text.contains("anc_visits.csv, line 5, column date"), text); // before the LMP
        assertTrue(text.contains("anc_visits.csv, line 6, column weight_kg, value “250”"), text);
        assertTrue(text.contains("anc_visits.csv, line 6, column tetanus_dose, value “TT7”"), text);
        assertTrue(text.contains("anc_visits.csv, line 7, column pregnancy_ref, value “T9”"), text);
        assertEquals(0, s.people().count());
    }

    @Test
    void invalidDeliveriesAndBirthsImportNothingAndSayWhy() throws IOException {
        write("persons.csv", PERSONS);
        write("pregnancies.csv", PREGNANCIES);
        write("deliveries.csv", DELIVERIES + "T2,2026-11-01,boat,shaman,\n");
        write("births.csv", BIRTHS.replace("T1,live,A3,F,2700", "T1,live,,F,9000") + "T2,still,,,\nT3,still,,,\n");
        String text = refusedImport();
        assertTrue(text.contains("deliveries.csv, line 3, column place, value “boat”"), text);
        assertTrue(text.contains("deliveries.csv, line 3, column attendant, value “shaman”"), text);
        assertTrue(text.contains("births.csv, line 3, column child_ref"), text);
        assertTrue(text.contains("births.csv, line 3, column weight_g, value “9000”"), text);
        // T2's delivery line says what is wrong with it: its birth is not refused a second time
        assertFalse(text.contains("births.csv, line 4"), text);
        assertTrue(text.contains("births.csv, line 5, column pregnancy_ref, value “T3”: No delivery of pregnancy T3"),
                text);
        assertEquals(0, s.people().count());
    }

    @Test
    void invalidDeathsImportNothingAndSayWhy() throws IOException {
        write("persons.csv", PERSONS);
        write("deaths.csv", DEATHS + "D3,A1,,,,2027-01-01,,,,,,\nD4,,,M,,2026-01-01,,,,,,\n"
                + "D5,A4,,,,1990-01-01,home,maternal,,n,,\nD6,A2,,,,2026-09-06,,,,,,\n");
        String text = refusedImport();
        assertTrue(text.contains("deaths.csv, line 4, column death_date, value “2027-01-01”"), text); // future
        assertTrue(text.contains("deaths.csv, line 5, column full_name"), text);
        assertTrue(text.contains("deaths.csv, line 5, column birth_date"), text);
        assertTrue(text.contains("deaths.csv, line 6, column death_date"), text); // before birth
        assertTrue(text.contains("deaths.csv, line 6, column pregnancy_related"), text); // maternal but "n"
        assertTrue(text.contains("deaths.csv, line 7, column person_ref"), text); // A2 twice
        assertEquals(0, s.people().count());
    }
}
