package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.db.Tx;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/**
 * Decision 0018: a write of many thousand rows (an import of registers) is done on a copy of the file in
 * transactions of 5,000 audit lines, and the copy takes the file's place by one rename. All or nothing still
 * holds: a failure after some of the copy's transactions were committed leaves the file as it was, and the
 * copy a power cut leaves is deleted at the next start.
 */
class WriteAsideTest {
    /** More than one of the copy's transactions (5,000 audit lines each). */
    private static final int PEOPLE = 6_200;

    @TempDir
    Path dir;

    private static long single(Services s, String sql) {
        return ((Number) s.database().read(tx -> tx.dsl().fetchValue(sql))).longValue();
    }

    private static void importPeople(Services s, Tx tx, int count) {
        tx.bulk(() -> {
            for (int i = 0; i < count; i++) {
                s.people().saveImported(tx, TestStation.MUONG_KIM, new PersonDraft(null, "Lò Thị Hoa", Sex.FEMALE,
                        LocalDate.of(1998, 4, 12).plusDays(i % 700), false, null, null, null, null, null, null),
                        "R" + i, Optional.empty(), Optional.empty());
            }
        });
    }

    private boolean copyLeft() throws Exception {
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("tramyte-aside"));
        }
    }

    @Test
    void everyRowIsWrittenNumberedAndAuditedAndTheCopyTakesTheFilesPlace() throws Exception {
        try (Services s = TestStation.station(dir)) {
            long seq = single(s, "SELECT last_seq FROM change_counter");
            long audit = single(s, "SELECT COUNT(*) FROM audit_log");
            AtomicBoolean told = new AtomicBoolean();
            s.database().writeAside(TestStation.WORKER, tx -> {
                importPeople(s, tx, PEOPLE);
                tx.afterCommit(() -> told.set(true));
            });
            assertTrue(told.get(), "work waiting for the commit ran once the copy was in place");
            assertFalse(copyLeft(), "no copy is left beside the file");
            assertEquals(PEOPLE, single(s, "SELECT COUNT(*) FROM person WHERE import_ref IS NOT NULL"));
            assertEquals(seq + PEOPLE, single(s, "SELECT last_seq FROM change_counter"), "one change number a row");
            assertEquals(PEOPLE, single(s, "SELECT COUNT(DISTINCT change_seq) FROM person"));
            assertEquals(audit + PEOPLE, single(s, "SELECT COUNT(*) FROM audit_log"), "one audit line a row");
            assertTrue(s.audit().check().whole(), "the audit chain runs on through the copy's transactions");
            // the database was opened again on the new file: a save and a read work as before
            s.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft());
            assertEquals(PEOPLE + 1, single(s, "SELECT COUNT(*) FROM person"));
        }
        try (Services s = TestStation.open(dir)) {
            assertEquals(PEOPLE + 1, s.people().all().size());
            assertTrue(s.audit().check().whole());
        }
    }

    @Test
    void aWriteThatFailsAfterSomeOfTheCopysCommitsLeavesTheFileAsItWas() throws Exception {
        try (Services s = TestStation.station(dir)) {
            s.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft());
            long seq = single(s, "SELECT last_seq FROM change_counter");
            long audit = single(s, "SELECT COUNT(*) FROM audit_log");
            IllegalStateException fault = assertThrows(IllegalStateException.class, () -> s.database().writeAside(
                    TestStation.WORKER, tx -> {
                        importPeople(s, tx, PEOPLE); // the copy has committed 6,000 lines by now
                        throw new IllegalStateException("the disk was unplugged");
                    }));
            assertEquals("the disk was unplugged", fault.getMessage());
            assertFalse(copyLeft(), "the unfinished copy is deleted");
            assertEquals(1, single(s, "SELECT COUNT(*) FROM person"), "nothing of the failed write is kept");
            assertEquals(seq, single(s, "SELECT last_seq FROM change_counter"));
            assertEquals(audit, single(s, "SELECT COUNT(*) FROM audit_log"));
            assertTrue(s.audit().check().whole());
            s.people().save(TestStation.WORKER, TestPeople.hoa().born(1997, 5, 1).draft());
            assertEquals(2, single(s, "SELECT COUNT(*) FROM person"), "the file works on");
        }
    }

    @Test
    void aCopyLeftByAPowerCutIsDeletedAtTheNextStartAndTheFileIsAsBeforeTheWrite() throws Exception {
        try (Services s = TestStation.station(dir)) {
            s.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft());
        }
        // the power went while the copy was written: a copy of the file, and H2's lock of it
        Files.copy(dir.resolve("tramyte.mv.db"), dir.resolve("tramyte-aside.mv.db"));
        Files.writeString(dir.resolve("tramyte-aside.lock.db"), "half written");
        try (Services s = TestStation.open(dir)) {
            assertFalse(copyLeft(), "the copy is deleted at the start");
            assertEquals(1, s.people().all().size());
            assertTrue(s.audit().check().whole());
        }
    }
}
