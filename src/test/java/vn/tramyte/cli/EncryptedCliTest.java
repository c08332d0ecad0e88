package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.db.Database;
import vn.tramyte.security.Keyring;
import vn.tramyte.testing.TestStation;

/** The command line on an encrypted data folder (issue 13, decision 0013): the password opens it, nothing else. */
class EncryptedCliTest {

    @Test
    void withTramytePasswordTheCommandsWorkAndWithoutItTheFolderStaysShut(@TempDir Path dir) throws Exception {
        CliTest.Run init = CliTest.run("init", "--mode", "station", "--place", "03637", "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(0, init.exit(), init.err());
        assertTrue(Database.encrypted(dir));
        assertTrue(Keyring.load(dir).locked(), "init made the administrator: the key is wrapped only");
        assertTrue(Files.exists(dir.resolve(Keyring.FILE)));

        CliTest.Run info = CliTest.run("info", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, info.exit(), info.err());
        assertTrue(info.out().contains("Place: 03637 – Xã Mường Kim"), info.out());

        CliTest.Run noPassword = CliTest.runWith(Map.of("TRAMYTE_USER", TestStation.ADMIN_LOGIN), "info",
                "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(1, noPassword.exit());
        assertEquals("tramyte: No console to type the password on: set the environment variable TRAMYTE_PASSWORD.",
                noPassword.err().trim());
        assertFalse(noPassword.out().contains("Xã Mường Kim"), noPassword.out());

        CliTest.Run wrong = CliTest.runWith(Map.of("TRAMYTE_USER", TestStation.ADMIN_LOGIN, "TRAMYTE_PASSWORD",
                "khong-phai-mat-khau"), "info", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().startsWith("tramyte: Wrong login name or password."), wrong.err());
        assertFalse(wrong.out().contains("Xã Mường Kim"), wrong.out());
    }

    /** A folder of the previous version (plain, with users): the administrator's first command claims it. */
    @Test
    void theAdministratorsFirstCommandOnAnUpgradedFolderPrintsTheNewRecoveryCodeOnce(@TempDir Path dir)
            throws Exception {
        Path made = dir.resolve("made");
        assertEquals(0, CliTest.run("init", "--mode", "station", "--place", "03637", "--data-dir", made.toString())
                .exit());
        Path old = dir.resolve("old");
        Files.createDirectories(old);
        Files.copy(made.resolve("tramyte.mv.db"), old.resolve("tramyte.mv.db"));
        org.h2.tools.ChangeFileEncryption.execute(old.toString(), "tramyte", "AES", java.util.HexFormat.of()
                .formatHex(TestStation.key(made).bytes()).toCharArray(), null, true);
        assertFalse(Database.encrypted(old), "as the previous version left it: plain, no keyring");

        CliTest.Run first = CliTest.run("info", "--data-dir", old.toString(), "--lang", "en");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().matches("(?s)tramyte: Recovery code \\(shown only now.*: [2-9A-Z]{5}(-[2-9A-Z]{5}){4}\\s*"),
                first.err());
        assertTrue(Database.encrypted(old));
        assertTrue(Keyring.load(old).locked(), "claimed by its administrator");
        CliTest.Run again = CliTest.run("info", "--data-dir", old.toString(), "--lang", "en");
        assertEquals(0, again.exit(), again.err());
        assertFalse(again.err().contains("Recovery code"), "shown once");
    }

    @Test
    void backupAndRestoreUseTheKeyTheirPasswordUnwraps(@TempDir Path dir) throws Exception {
        assertEquals(0, CliTest.run("init", "--mode", "station", "--place", "03637", "--data-dir", dir.toString())
                .exit());
        Path out = dir.resolve("usb");
        Files.createDirectories(out);
        CliTest.Run backup = CliTest.run("backup", "--out", out.toString(), "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, backup.exit(), backup.err());
        Path copy;
        try (var files = Files.list(out)) {
            copy = files.findFirst().orElseThrow();
        }
        CliTest.Run restore = CliTest.run("restore", copy.toString(), "--yes", "--data-dir", dir.toString(), "--lang",
                "en");
        assertEquals(0, restore.exit(), restore.err());
        CliTest.Run refused = CliTest.runWith(Map.of("TRAMYTE_USER", TestStation.ADMIN_LOGIN, "TRAMYTE_PASSWORD",
                "khong-phai-mat-khau"), "restore", copy.toString(), "--yes", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().startsWith("tramyte: Wrong login name or password."), refused.err());
    }
}
