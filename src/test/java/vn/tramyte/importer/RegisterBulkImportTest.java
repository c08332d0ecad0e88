package vn.tramyte.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.bench.CentreData;
import vn.tramyte.common.Messages;
import vn.tramyte.csvimport.FileCounts;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;

/**
 * A whole commune's registers (the benchmark's generator, a few hundred people) imported in bulk: every
 * row is there, each with its own change number and its audit line, numbered as row by row would have
 * numbered them (one block, no gaps, the counter at the last); a second import changes nothing; a bulk
 * write that fails part-way leaves nothing behind.
 */
class RegisterBulkImportTest {
    private static final List<String> TABLES = List.of("person", "vaccination", "measurement", "pregnancy",
            "anc_visit", "delivery", "birth");

    @TempDir
    Path dir;
    @TempDir
    Path cache;

    private static List<Path> files(Path register) throws Exception {
        try (var list = Files.list(register)) {
            return list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    /** generated.txt: "people 9971, vaccinations 52213, ..." */
    private static Map<String, Integer> generated(Path register) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (String part : Files.readString(register.resolve("generated.txt")).trim().split(", ")) {
            String[] kv = part.split(" ");
            counts.put(kv[0], Integer.parseInt(kv[1]));
        }
        return counts;
    }

    private static long single(Services s, String sql) {
        Object value = s.database().read(tx -> tx.dsl().fetchValue(sql));
        return ((Number) value).longValue();
    }

    @Test
    void everyRowIsWrittenNumberedAndAuditedAsRowByRowAndAgainChangesNothing() throws Exception {
        Path register = CentreData.register(cache, 400);
        Map<String, Integer> made = generated(register);
        try (Services s = TestStation.station(dir)) {
            long before = single(s, "SELECT last_seq FROM change_counter");

            ImportReport report = s.csvImport().importPaths(TestStation.WORKER, files(register));

            assertTrue(report.ok(), () -> report.lines(Messages.forLanguage("en")).toString());
            assertEquals(new FileCounts(ImportFile.PERSONS, made.get("people"), 0, 0),
                    report.counts(ImportFile.PERSONS).orElseThrow());
            assertEquals(new FileCounts(ImportFile.VACCINATIONS, made.get("vaccinations"), 0, 0),
                    report.counts(ImportFile.VACCINATIONS).orElseThrow());
            assertEquals(new FileCounts(ImportFile.MEASUREMENTS, made.get("measurements"), 0, 0),
                    report.counts(ImportFile.MEASUREMENTS).orElseThrow());
            assertEquals(made.get("people"), (int) single(s, "SELECT COUNT(*) FROM person"));
            assertEquals(made.get("vaccinations"), (int) single(s, "SELECT COUNT(*) FROM vaccination"));
            assertEquals(made.get("measurements"), (int) single(s, "SELECT COUNT(*) FROM measurement"));
            assertEquals(made.get("visits"), (int) single(s, "SELECT COUNT(*) FROM anc_visit"));
            assertEquals(made.get("births"), (int) single(s, "SELECT COUNT(*) FROM birth"));

            // every written row: its own number, one INSERT audit line with that number, by the worker
            Map<Long, UUID> rowBySeq = new HashMap<>();
            int rows = 0;
            for (String table : TABLES) {
                Object[][] seqs = s.database().read(tx -> tx.dsl().fetch("SELECT id, change_seq, origin_seq FROM "
                        + table + " WHERE change_seq > " + before).intoArrays());
                for (Object[] r : seqs) {
                    long seq = ((Number) r[1]).longValue();
                    assertEquals(seq, ((Number) r[2]).longValue(), "origin_seq of a row written here");
                    assertTrue(rowBySeq.put(seq, (UUID) r[0]) == null, "change number " + seq + " given twice");
                    rows++;
                }
            }
            long villages = single(s, "SELECT COUNT(*) FROM village WHERE change_seq > " + before);
            long last = single(s, "SELECT last_seq FROM change_counter");
            assertEquals(before + rows + villages, last, "one block of numbers, no gaps, the counter at the last");
            Object[][] audit = s.database().read(tx -> tx.dsl().fetch("SELECT change_seq, row_id, action, "
                    + "user_name FROM audit_log WHERE table_name <> 'village' AND change_seq > " + before)
                    .intoArrays());
            assertEquals(rows, audit.length, "one audit line a row");
            Set<Long> audited = new HashSet<>();
            for (Object[] a : audit) {
                long seq = ((Number) a[0]).longValue();
                assertEquals(rowBySeq.get(seq), a[1], "the audit line of change " + seq + " names its row");
                assertEquals("INSERT", a[2]);
                assertEquals(TestStation.LOGGED_IN, a[3], "the audit names the logged-in user");
                audited.add(seq);
            }
            assertEquals(rowBySeq.keySet(), audited);

            ImportReport again = s.csvImport().importPaths(TestStation.WORKER, files(register));
            assertTrue(again.ok());
            assertEquals(new FileCounts(ImportFile.PERSONS, 0, 0, made.get("people")),
                    again.counts(ImportFile.PERSONS).orElseThrow());
            assertEquals(new FileCounts(ImportFile.VACCINATIONS, 0, 0, made.get("vaccinations")),
                    again.counts(ImportFile.VACCINATIONS).orElseThrow());
            assertEquals(new FileCounts(ImportFile.MEASUREMENTS, 0, 0, made.get("measurements")),
                    again.counts(ImportFile.MEASUREMENTS).orElseThrow());
            assertEquals(last, single(s, "SELECT last_seq FROM change_counter"));
        }
    }

    @Test
    void aBulkWriteThatFailsPartWayLeavesNothing() {
        try (Services s = TestStation.station(dir)) {
            long before = single(s, "SELECT last_seq FROM change_counter");
            long audit = single(s, "SELECT COUNT(*) FROM audit_log");
            List<String> saved = new ArrayList<>();
            assertThrows(IllegalStateException.class, () -> s.database().writeVoid(TestStation.WORKER, tx ->
                    tx.bulk(() -> {
                        // more rows than one batch, so some were sent to the database before the fault
                        for (int i = 0; i < 1500; i++) {
                            s.people().saveImported(tx, TestStation.MUONG_KIM, new PersonDraft(null,
                                    "Lò Thị Hoa", Sex.FEMALE, LocalDate.of(1998, 4, 12), false, null, null, null,
                                    null, null, null), "R" + i, Optional.empty(), Optional.empty());
                            saved.add("R" + i);
                        }
                        throw new IllegalStateException("power cut");
                    })));
            assertEquals(1500, saved.size());
            assertEquals(0, single(s, "SELECT COUNT(*) FROM person WHERE import_ref IS NOT NULL"),
                    "nothing of the failed transaction is kept");
            assertEquals(before, single(s, "SELECT last_seq FROM change_counter"));
            assertEquals(audit, single(s, "SELECT COUNT(*) FROM audit_log"));
        }
    }

    @Test
    void closingAfterBigWritesGivesBackTheUnusedSpaceAndKeepsEveryRecord() throws Exception {
        Path register = CentreData.register(cache, 400);
        Path file = dir.resolve("tramyte.mv.db");
        Map<String, Integer> counts;
        long open;
        try (Services s = TestStation.station(dir)) {
            assertTrue(s.csvImport().importPaths(TestStation.WORKER, files(register)).ok());
            // the import leaves a compacted file (decision 0018); writes that are thrown away leave dead pages
            vn.tramyte.testing.DeadSpace.leave(s, 12);
            counts = s.database().tableCounts();
            open = Files.size(file);
        }
        long closed = Files.size(file);
        assertTrue(closed < open, "the file shrinks on close: " + open + " -> " + closed + " bytes");
        try (Services again = TestStation.open(dir)) {
            assertEquals(counts, again.database().tableCounts());
        }
    }
}
