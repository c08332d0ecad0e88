package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** Issue 13: {@code tramyte audit --person}, its filters, and {@code --verify}. */
class AuditCommandTest {

    @Test
    void aPersonsHistoryIsPrintedInWordsAndTheLogIsVerified(@TempDir Path dir) throws Exception {
        try (Services s = TestStation.station(dir)) {
            var id = s.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
            s.people().save(TestStation.WORKER, new PersonDraft(id, "Lò Thị Hoà", Sex.FEMALE,
                    LocalDate.of(1996, 3, 8), false, "03", s.places().ownVillages().get(0).id(), null, null, null,
                    "0912345678"));
        }
        String data = dir.toString();
        CliTest.Run history = CliTest.run("audit", "--person", "lo thi hoa", "--data-dir", data, "--lang", "en");
        assertEquals(0, history.exit(), history.err());
        String[] lines = history.out().split("\\R");
        assertEquals("Records of Lò Thị Hoà, born 08/03/1996:", lines[0]);
        assertEquals("22/11/2026 10:00\t" + TestStation.LOGGED_IN + "\tLò Thị Hoà\tPeople\tChanged\t"
                + "Full name: Lò Thị Hoa → Lò Thị Hoà; Phone: (empty) → 0912345678", lines[1]);
        assertTrue(lines[2].contains("\tAdded\tFull name: Lò Thị Hoa; Sex: Female; Date of birth: 08/03/1996"), lines[2]);
        assertEquals("2 changes.", lines[3]);

        CliTest.Run byOther = CliTest.run("audit", "--by", "mai", "--data-dir", data, "--lang", "en");
        assertEquals("0 changes.", byOther.out().strip());
        CliTest.Run tomorrow = CliTest.run("audit", "--from", "23/11/2026", "--data-dir", data, "--lang", "en");
        assertEquals("0 changes.", tomorrow.out().strip());
        CliTest.Run backwards = CliTest.run("audit", "--from", "23/11/2026", "--to", "01/11/2026", "--data-dir", data,
                "--lang", "en");
        assertEquals(1, backwards.exit());
        assertTrue(backwards.err().contains("The \"to\" day must come after the \"from\" day"), backwards.err());

        CliTest.Run verified = CliTest.run("audit", "--verify", "--data-dir", data, "--lang", "en");
        assertEquals(0, verified.exit(), verified.err());
        assertTrue(verified.out().startsWith("The log is whole: "), verified.out());

        try (Connection c = vn.tramyte.db.TableSnapshot.connect(dir);
             Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_log_append_only");
            st.executeUpdate("UPDATE audit_log SET user_name = 'Người khác' WHERE action = 'UPDATE'");
        }
        CliTest.Run broken = CliTest.run("audit", "--verify", "--data-dir", data, "--lang", "en");
        assertEquals(1, broken.exit(), broken.out());
        assertTrue(broken.out().startsWith("The log was changed outside the program: from line "), broken.out());
        assertTrue(broken.out().contains("by Người khác"), broken.out());
    }

    @Test
    void stationStaffAreRefusedTheAuditInOneSentence(@TempDir Path dir) {
        try (Services s = TestStation.station(dir)) {
            s.users().add(new vn.tramyte.security.NewUser("Tòng Thị Mai", "mai", vn.tramyte.security.Role.STATION_STAFF,
                    "mat-khau-mai".toCharArray()));
        }
        CliTest.Run refused = CliTest.runWith(java.util.Map.of("TRAMYTE_USER", "mai", "TRAMYTE_PASSWORD", "mat-khau-mai"),
                "audit", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("read the audit log"), refused.err());
        assertEquals("", refused.out());
    }
}
