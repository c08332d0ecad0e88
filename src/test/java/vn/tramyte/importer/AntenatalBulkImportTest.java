package vn.tramyte.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tramyte.csvimport.FileCounts;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.testing.StationImportTest;

/**
 * pregnancies.csv, deliveries.csv and births.csv written in bulk (issue 12): an import's new pregnancies and
 * deliveries are read and written in one query and one batch per table, with the same refs, numbers, audit
 * lines and rules as one record at a time; a stored one that changed is corrected; a row the rules refuse
 * only once the other files or the stored records are known is told with its file, line and column.
 */
class AntenatalBulkImportTest extends StationImportTest {
    private static final String PERSONS = """
            ref,full_name,sex,birth_date,ethnicity,village,mother_ref,personal_id,insurance_no,phone
            A1,Lò Thị Hoa,F,12/04/1998,Thái,Bản Đốc,,,,
            A2,Lò Văn Khánh,M,2026-09-03,03,Bản Đốc,A1,,,
            A3,Lò Thị Khuyên,F,2026-09-03,03,Bản Đốc,A1,,,
            A4,Giàng Thị Mỷ,Nữ,1995,Mông,Bản Mè,,,,
            A5,Giàng A Sử,M,2026-10-20,Mông,Bản Mè,A4,,,
            """;
    private static final String PREGNANCIES = """
            ref,person_ref,lmp,edd,gravida,para
            T1,A1,2025-12-01,,2,1
            T2,A4,2026-02-10,,3,2
            """;
    private static final String VISITS = """
            pregnancy_ref,date,weight_kg,bp_systolic,bp_diastolic,fundal_height_cm,tetanus_dose,iron_folic
            T1,2026-02-10,50.5,110,70,,TT1,y
            T2,2026-08-01,48,100,60,,,n
            """;
    private static final String DELIVERIES = """
            pregnancy_ref,date,place,attendant,mother_outcome
            T1,2026-09-03,station,midwife,alive
            T2,2026-10-20,home,family,alive
            """;
    private static final String BIRTHS = """
            pregnancy_ref,outcome,child_ref,sex,weight_g
            T1,live,A2,M,2400
            T1,live,A3,F,2700
            T2,live,A5,M,3100
            """;


    @BeforeEach
    void registers() throws IOException {
        write("persons.csv", PERSONS);
        write("pregnancies.csv", PREGNANCIES);
        write("anc_visits.csv", VISITS);
        write("deliveries.csv", DELIVERIES);
        write("births.csv", BIRTHS);
    }

    private List<String> column(String sql) {
        return s.database().read(tx -> tx.dsl().fetch(sql).getValues(0, String.class));
    }

    private long count(String sql) {
        return ((Number) s.database().read(tx -> tx.dsl().fetchValue(sql))).longValue();
    }

    @Test
    void newDeliveriesKeepTheirRefsNumbersAndAuditLines() {
        long before = s.database().lastChangeSeq();
        ImportReport report = importFolder();
        assertTrue(report.ok(), lines(report));
        assertEquals(new FileCounts(ImportFile.DELIVERIES, 2, 0, 0), report.counts(ImportFile.DELIVERIES).get());
        assertEquals(new FileCounts(ImportFile.BIRTHS, 3, 0, 0), report.counts(ImportFile.BIRTHS).get());
        assertEquals(List.of("T1", "T2"), column("SELECT import_ref FROM delivery ORDER BY import_ref"));
        assertEquals(List.of("T1#1", "T1#2", "T2#1"), column("SELECT import_ref FROM birth ORDER BY import_ref"));
        // each birth names its child's record, the one births.csv gives
        assertEquals(List.of("A2", "A3", "A5"), column("SELECT p.import_ref FROM birth b JOIN person p"
                + " ON p.id = b.child_id ORDER BY b.import_ref"));
        // one audit line per row, each with the row's own change number, all numbers distinct and new
        assertEquals(5, count("SELECT COUNT(*) FROM audit_log WHERE table_name IN ('delivery', 'birth')"));
        assertEquals(0, count("SELECT COUNT(*) FROM delivery d WHERE NOT EXISTS (SELECT 1 FROM audit_log a"
                + " WHERE a.row_id = d.id AND a.change_seq = d.change_seq)"));
        assertEquals(0, count("SELECT COUNT(*) FROM birth b WHERE NOT EXISTS (SELECT 1 FROM audit_log a"
                + " WHERE a.row_id = b.id AND a.change_seq = b.change_seq)"));
        assertEquals(5, count("SELECT COUNT(DISTINCT change_seq) FROM (SELECT change_seq FROM delivery"
                + " UNION ALL SELECT change_seq FROM birth) x WHERE change_seq > " + before));
        long last = s.database().lastChangeSeq();
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT change_seq FROM delivery UNION ALL"
                + " SELECT change_seq FROM birth) x WHERE change_seq > " + last));
        assertTrue(s.audit().check().whole(), "the audit chain is whole");
    }

    @Test
    void aChangedDeliveryIsCorrectedAndTheOthersStayAsTheyWere() throws IOException {
        assertTrue(importFolder().ok());
        write("deliveries.csv", DELIVERIES.replace("T2,2026-10-20,home,family", "T2,2026-10-20,station,midwife"));
        long seq = s.database().lastChangeSeq();
        ImportReport again = importFolder();
        assertTrue(again.ok(), lines(again));
        assertEquals(new FileCounts(ImportFile.DELIVERIES, 0, 1, 1), again.counts(ImportFile.DELIVERIES).get());
        assertEquals(List.of("station", "station"), column("SELECT place FROM delivery ORDER BY import_ref"));
        assertEquals(2, count("SELECT COUNT(*) FROM delivery"));
        assertEquals(3, count("SELECT COUNT(*) FROM birth"));
        assertTrue(s.database().lastChangeSeq() > seq);
    }

    /**
     * The rule a typed delivery meets (none before the last antenatal visit) is checked against the visits
     * of the same import and those stored before, and told with the file, line and column.
     */
    @Test
    void aDeliveryBeforeAVisitOfTheSameImportOrAStoredOneWritesNothingAndSaysWhere() throws IOException {
        write("anc_visits.csv", VISITS + "T2,2026-11-01,49,,,,,n\n");
        String text = refusedImport();
        assertTrue(text.contains("deliveries.csv, line 3, column date"), text);
        assertTrue(text.contains("01/11/2026"), text); // the visit it comes before
        assertEquals(0, s.people().count());

        // the visits stored first (T1 delivered), T2's delivery later: the stored visit is found
        write("deliveries.csv", DELIVERIES.lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
        write("births.csv", BIRTHS.lines().limit(3).map(l -> l + "\n").reduce("", String::concat));
        ImportReport first = importFolder();
        assertTrue(first.ok(), lines(first));
        Files.delete(files.resolve("anc_visits.csv"));
        write("deliveries.csv", DELIVERIES);
        write("births.csv", BIRTHS);
        String later = refusedImport();
        assertTrue(later.contains("deliveries.csv, line 3, column date"), later);
        assertEquals(List.of("T1"), column("SELECT import_ref FROM delivery"));
    }

    @Test
    void newPregnanciesKeepTheirRefsAndAHerDeliveredPregnancyDoesNotBlockHerCurrentOne() throws IOException {
        // Hoa delivered T1 in September (deliveries.csv) and is pregnant again (T3)
        write("pregnancies.csv", PREGNANCIES + "T3,A1,2026-10-15,,3,2\n");
        ImportReport report = importFolder();
        assertTrue(report.ok(), lines(report));
        assertEquals(new FileCounts(ImportFile.PREGNANCIES, 3, 0, 0), report.counts(ImportFile.PREGNANCIES).get());
        assertEquals(List.of("T1", "T2", "T3"), column("SELECT import_ref FROM pregnancy ORDER BY import_ref"));
        assertEquals(0, count("SELECT COUNT(*) FROM pregnancy p WHERE NOT EXISTS (SELECT 1 FROM audit_log a"
                + " WHERE a.row_id = p.id AND a.change_seq = p.change_seq AND a.table_name = 'pregnancy')"));
        assertEquals(2, s.antenatal().pregnanciesOf(s.people().all().stream()
                .filter(p -> p.fullName().equals("Lò Thị Hoa")).findFirst().orElseThrow().id()).size());

        // later: T2 is delivered by the next import, which registers Mỷ's next pregnancy with it
        write("pregnancies.csv", PREGNANCIES + "T3,A1,2026-10-15,,3,2\nT4,A4,2026-11-10,,4,3\n");
        ImportReport next = importFolder();
        assertTrue(next.ok(), lines(next));
        assertEquals(new FileCounts(ImportFile.PREGNANCIES, 1, 0, 3), next.counts(ImportFile.PREGNANCIES).get());
    }

    @Test
    void twoOpenPregnanciesOfOneWomanOrAnOldOneNeverDeliveredAreToldWithTheOtherProblems() throws IOException {
        write("deliveries.csv", DELIVERIES.lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
        write("births.csv", BIRTHS.lines().limit(3).map(l -> l + "\n").reduce("", String::concat));
        // T2 is not delivered by this import: LMP 10/02/2026 is 40 weeks before the day, still possible;
        // T5 is a second open pregnancy of Mỷ; T6's LMP is 50 weeks before the day and no delivery ends it
        write("pregnancies.csv", PREGNANCIES + "T5,A4,2026-09-01,,4,3\nT6,A1,2025-11-01,,1,0\n");
        // and a mistake that the files' own checks find: told together, before anything is written
        write("anc_visits.csv", VISITS + "T2,2026-09-01,250,,,,,n\n");
        String text = refusedImport();
        assertTrue(text.contains("anc_visits.csv, line 4, column weight_kg"), text);
        assertTrue(text.contains("pregnancies.csv, line 4: This woman already has a pregnancy that has not ended"),
                text);
        assertTrue(text.contains("pregnancies.csv, line 5, column lmp"), text);
        assertTrue(text.contains("more than 44 weeks"), text);
        assertEquals(0, s.people().count());
    }
}
