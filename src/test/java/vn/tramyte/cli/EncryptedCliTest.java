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
