package vn.tramyte.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.UserError;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.security.Keyring;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Role;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/** Encryption at rest (issue 13, decision 0013): nothing on disk opens without a password or the recovery code. */
class EncryptionTest {
    private static final String NAME = "Quàng Thị Sinh";
    private static final String FOLDED = "Quang Thi Sinh";

    @TempDir
    Path dir;

    private static void enrol(Services s, String name) {
        s.people().save(TestStation.WORKER, new PersonDraft(null, name, Sex.FEMALE, LocalDate.of(1997, 5, 14), false,
                "03", null, null, null, null, null), "Bản Đốc");
    }

    /** Every file of the folder, with each zip's entries unzipped: what someone who copies the folder reads. */
    private static List<byte[]> everyFileAndEntry(Path folder) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                contents.add(bytes);
                if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
                    try (ZipFile zip = new ZipFile(f.toFile())) {
                        for (ZipEntry e : zip.stream().toList()) {
                            try (InputStream in = zip.getInputStream(e)) {
                                contents.add(in.readAllBytes());
                            }
                        }
                    }
                }
            }
        }
        return contents;
    }

    private static boolean holds(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean anyHolds(Path folder, String text) throws IOException {
        return everyFileAndEntry(folder).stream().anyMatch(b -> holds(b, text));
    }

    @Test
    void theDatabaseFileAndItsBackupsHoldNoReadableName() throws Exception {
        Path station = dir.resolve("station");
        try (Services s = TestStation.station(station)) {
            enrol(s, NAME);
            s.backups().backUpNow(TestStation.WORKER);
        }
        assertTrue(Database.encrypted(station), "H2 wrote an encrypted file");
        assertEquals(2, Backups.list(station).size(), "the one asked for and the day's automatic one at the close");
        assertFalse(anyHolds(station, NAME), "no file of the folder, nor any backup unzipped, holds the name");
        assertFalse(anyHolds(station, FOLDED), "nor its form without accents");
        assertFalse(anyHolds(station, TestStation.WORKER), "nor the administrator's name");

        // the search finds the name once the file is decrypted with the key: the test can see a name
        Path plain = dir.resolve("decrypted");
        Files.createDirectories(plain);
        Files.copy(station.resolve("tramyte.mv.db"), plain.resolve("tramyte.mv.db"));
        ChangeFileEncryption.execute(plain.toString(), "tramyte", "AES", TestStation.key(station).filePassword(), null,
                true);
        assertTrue(anyHolds(plain, NAME), "the decrypted file holds the name");
    }

    @Test
    void aWrongPasswordOrNoPasswordDoesNotOpenIt() throws Exception {
        Path station = dir.resolve("station");
        try (Services s = TestStation.station(station)) {
            enrol(s, NAME);
        }
        assertTrue(Keyring.load(station).locked());
        UserError wrong = assertThrows(UserError.class, () -> Services.unlock(station, TestClock.fixed(),
                TestStation.ADMIN_LOGIN, "mat-khau-sai".toCharArray()));
        assertEquals("security.error.wrongPasswordLocked", wrong.problems().get(0).key());
        UserError unknown = assertThrows(UserError.class, () -> Services.unlock(station, TestClock.fixed(), "khong-co",
                TestStation.PASSWORD.toCharArray()));
        assertEquals("security.error.wrongPasswordLocked", unknown.problems().get(0).key(), "the same sentence");
        UserError none = assertThrows(UserError.class, () -> Services.open(station, TestClock.fixed()));
        assertEquals("security.error.logInToOpen", none.problems().get(0).key());
        // H2 itself: without the key, or with another key, the file does not open
        assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:h2:file:"
                + station.resolve("tramyte").toAbsolutePath() + ";IFEXISTS=TRUE", "sa", "").close());
        assertThrows(SQLException.class, () -> DriverManager.getConnection(BackupCopy.url(station), "sa",
                DatabaseKey.random().h2Password()).close());
        try (Services s = TestStation.open(station)) {
            assertTrue(s.people().all().stream().map(PersonRow::fullName).anyMatch(NAME::equals));
        }
    }

    @Test
    void everyUserHasAWrapOfTheirOwnAndADisabledUserLosesIt() {
        Path station = dir.resolve("station");
        try (Services s = TestStation.station(station)) {
            s.users().add(new NewUser("Tòng Thị Mai", "mai", Role.STATION_STAFF, "mat-khau-mai".toCharArray()));
            s.users().add(new NewUser("Lò Văn Dũng", "dung", Role.STATION_STAFF, "mat-khau-dung".toCharArray()));
        }
        try (Services s = Services.unlock(station, TestClock.fixed(), "mai", "mat-khau-mai".toCharArray())) {
            assertEquals("mai", s.session().user().orElseThrow().loginName());
            s.users().changeOwnPassword("mat-khau-mai".toCharArray(), "mat-khau-moi-cua-mai".toCharArray());
        }
        assertThrows(UserError.class, () -> Services.unlock(station, TestClock.fixed(), "mai",
                "mat-khau-mai".toCharArray()), "the old password no longer unwraps the key");
        Services.unlock(station, TestClock.fixed(), "mai", "mat-khau-moi-cua-mai".toCharArray()).close();
        try (Services s = TestStation.open(station)) {
            s.users().disable("dung");
            s.users().resetPassword("mai", "dat-lai-cho-mai".toCharArray());
        }
        assertFalse(Keyring.load(station).hasUser("dung"), "a disabled user's wrap is removed");
        assertTrue(Keyring.load(station).unwrapForUser("dung", "mat-khau-dung".toCharArray()).isEmpty());
        Services.unlock(station, TestClock.fixed(), "mai", "dat-lai-cho-mai".toCharArray()).close();
    }

    @Test
    void aBackupOfAnotherInstallationDoesNotOpenWithThisKeyAndNothingChanges() throws Exception {
        Path station = dir.resolve("station");
        Path other = dir.resolve("other");
        TestStation.station(station).close();
        TestStation.station(other).close();
        Path foreign = Backups.newest(other).orElseThrow();
        byte[] live = Files.readAllBytes(station.resolve("tramyte.mv.db"));
        UserError e = assertThrows(UserError.class, () -> Restore.restore(station, foreign, TestClock.fixed(),
                TestStation.key(station)));
        assertEquals("backup.error.unreadable", e.problems().get(0).key());
        assertArrayEquals(live, Files.readAllBytes(station.resolve("tramyte.mv.db")));
    }

    /** Schema 1 and 7 were written by versions without encryption: opened, they are encrypted with every row kept. */
    @Test
    void anOldPlainDatabaseIsEncryptedOnUpgradeWithEveryRowKeptAndNoPlainCopyLeft() throws Exception {
        for (String schema : List.of("schema-1", "schema-7")) {
            Path folder = dir.resolve(schema);
            Files.createDirectories(folder.resolve(Backups.FOLDER));
            Path fixture = Path.of("src/test/resources/fixtures/databases", schema, "tramyte.mv.db");
            Files.copy(fixture, folder.resolve("tramyte.mv.db"));
            // a raw daily copy an earlier version left beside it: plain too
            Files.copy(fixture, folder.resolve(Backups.FOLDER).resolve("tramyte-daily-2026-11-20.mv.db"));
            assertTrue(anyHolds(folder, "Lò Thị Hoa"), "the fixture is plain: the search sees its names");
            Map<String, Long> before = plainCounts(folder);

            try (Services s = TestStation.open(folder)) {
                assertTrue(s.users().needsFirstAdministrator(), "a version before logins: nobody can log in yet");
                Map<String, Integer> after = s.database().tableCounts();
                before.forEach((table, rows) -> {
                    if (!table.equals("app_user")) {
                        assertEquals(rows.intValue(), after.get(table).intValue(), schema + ": " + table);
                    }
                });
                s.users().createFirstAdministrator(TestStation.admin("Lò Thị Hương"));
                assertTrue(s.people().all().stream().map(PersonRow::fullName).anyMatch("Lò Văn Khánh"::equals));
            }
            assertTrue(Database.encrypted(folder), schema);
            assertTrue(Keyring.load(folder).locked(), schema + ": the key is wrapped only, once there is an administrator");
            assertFalse(anyHolds(folder, "Lò Thị Hoa"), schema + ": no plain copy is left, backups included");
            assertFalse(anyHolds(folder, "Lo Thi Hoa"), schema);
            assertTrue(Backups.list(folder).stream().anyMatch(b -> b.kind() == BackupKind.BEFORE_UPGRADE
                    && b.contents().isPresent()), schema + ": the checked backup of the encrypted file");
            for (BackupFile b : Backups.list(folder)) {
                assertTrue(Restore.inspect(b.path(), folder, TestStation.key(folder)).people() > 0,
                        schema + ": " + b.path().getFileName() + " opens with the key");
            }
            try (Services s = TestStation.open(folder)) {
                assertTrue(s.people().all().stream().map(PersonRow::fullName).anyMatch("Lò Thị Hoa"::equals));
            }
        }
    }

    private static Map<String, Long> plainCounts(Path folder) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("tramyte").toAbsolutePath()
                + ";IFEXISTS=TRUE", "sa", "")) {
            Map<String, Long> counts = BackupCopy.counts(c);
            c.createStatement().execute("SHUTDOWN");
            return counts;
        }
    }

    /** An upgraded folder with users of the earlier version: the first administrator to log in claims it. */
    @Test
    void theFirstAdministratorToLogInClaimsAnUpgradedFolderAndGetsANewRecoveryCode() throws Exception {
        Path station = dir.resolve("station");
        try (Services s = TestStation.station(station)) {
            s.users().add(new NewUser("Tòng Thị Mai", "mai", Role.STATION_STAFF, "mat-khau-mai".toCharArray()));
            enrol(s, NAME);
        }
        // what this folder looked like under the earlier version: the same file, plain, without a keyring
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain);
        Files.copy(station.resolve("tramyte.mv.db"), plain.resolve("tramyte.mv.db"));
        ChangeFileEncryption.execute(plain.toString(), "tramyte", "AES", TestStation.key(station).filePassword(), null,
                true);
        Path upgraded = dir.resolve("upgraded");
        Files.createDirectories(upgraded);
        Files.copy(plain.resolve("tramyte.mv.db"), upgraded.resolve("tramyte.mv.db"));

        // staff first: they log in (their password is checked) and get their wrap; the folder is not claimed yet
        Services.unlock(upgraded, TestClock.fixed(), "mai", "mat-khau-mai".toCharArray()).close();
        assertTrue(Database.encrypted(upgraded));
        assertFalse(Keyring.load(upgraded).locked());
        assertTrue(Keyring.load(upgraded).hasUser("mai"));
        String code;
        try (Services s = TestStation.open(upgraded)) {
            code = s.users().takeRecoveryCode();
            assertTrue(code != null && code.matches("[2-9A-Z]{5}(-[2-9A-Z]{5}){4}"), "a new recovery code, shown once");
        }
        assertTrue(Keyring.load(upgraded).locked(), "claimed: the key is kept wrapped only");
        assertFalse(anyHolds(upgraded, NAME));
        Services.unlock(upgraded, TestClock.fixed(), "mai", "mat-khau-mai".toCharArray()).close();
        try (Services s = Services.recover(upgraded, TestClock.fixed(), code, TestStation.ADMIN_LOGIN,
                "mat-khau-moi-2026".toCharArray())) {
            assertTrue(s.people().all().stream().map(PersonRow::fullName).anyMatch(NAME::equals));
        }
    }
}
