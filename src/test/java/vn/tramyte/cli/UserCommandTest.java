package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line logs in like the window (issue 13): --user or TRAMYTE_USER, the password from TRAMYTE_PASSWORD. */
class UserCommandTest {
    private static Map<String, String> as(String user, String password) {
        Map<String, String> env = new HashMap<>();
        if (user != null) {
            env.put("TRAMYTE_USER", user);
        }
        if (password != null) {
            env.put("TRAMYTE_PASSWORD", password);
        }
        return env;
    }

    private static String recoveryCode(String out) {
        return out.lines().filter(l -> l.contains("Recovery code")).findFirst().orElseThrow()
                .replaceFirst(".*: ", "").trim();
    }

    @Test
    void initMakesTheFirstAdministratorFromTheEnvironmentAndCommandsLogInWithIt(@TempDir Path dir) {
        CliTest.Run init = CliTest.runWith(as("huong", "mat-khau-huong"), "init", "--mode", "station", "--place",
                "03637", "--full-name", "Lò Thị Hương", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("Administrator: Lò Thị Hương (login name huong)"), init.out());
        assertTrue(recoveryCode(init.out()).matches("[2-9A-Z]{5}(-[2-9A-Z]{5}){4}"), init.out());

        CliTest.Run list = CliTest.runWith(as("huong", "mat-khau-huong"), "user", "list", "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(0, list.exit(), list.err());
        assertEquals("huong\tLò Thị Hương\tAdministrator\tActive", list.out().strip());

        // --user wins over TRAMYTE_USER
        CliTest.Run byOption = CliTest.runWith(as("khong-co", "mat-khau-huong"), "user", "list", "--user", "huong",
                "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, byOption.exit(), byOption.err());
    }

    @Test
    void withoutTramytePasswordAndWithoutAConsoleTheCommandSaysWhatToSetAndDoesNothing(@TempDir Path dir) {
        assertEquals(0, CliTest.runWith(as("huong", "mat-khau-huong"), "init", "--mode", "station", "--place",
                "03637", "--data-dir", dir.toString()).exit());
        CliTest.Run noPassword = CliTest.runWith(as("huong", null), "user", "add", "--login", "mai", "--full-name",
                "Tòng Thị Mai", "--role", "station-staff", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(1, noPassword.exit());
        assertEquals("tramyte: No console to type the password on: set the environment variable TRAMYTE_PASSWORD.",
                noPassword.err().strip());
        CliTest.Run noUser = CliTest.runWith(as(null, "mat-khau-huong"), "user", "list", "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, noUser.exit());
        assertTrue(noUser.err().contains("TRAMYTE_USER"), noUser.err());
        CliTest.Run wrong = CliTest.runWith(as("huong", "sai-mat-khau"), "user", "list", "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().startsWith("tramyte: Wrong login name or password."), wrong.err());
        assertFalse(wrong.err().contains("Exception"), wrong.err());
        CliTest.Run list = CliTest.runWith(as("huong", "mat-khau-huong"), "user", "list", "--data-dir", dir.toString());
        assertEquals(1, list.out().strip().lines().count(), "nobody was added: " + list.out());
    }

    @Test
    void usersAreAddedDisabledAndResetFromTheCommandLineByRole(@TempDir Path dir) {
        assertEquals(0, CliTest.runWith(as("huong", "mat-khau-huong"), "init", "--mode", "station", "--place",
                "03637", "--data-dir", dir.toString()).exit());
        Map<String, String> admin = as("huong", "mat-khau-huong");
        admin.put("TRAMYTE_NEW_PASSWORD", "mat-khau-khanh");
        CliTest.Run add = CliTest.runWith(admin, "user", "add", "--login", "khanh", "--full-name", "Lò Văn Khánh",
                "--role", "station-head", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().contains("Added Lò Văn Khánh (login name khanh, Station head)"), add.out());

        Map<String, String> head = as("khanh", "mat-khau-khanh");
        head.put("TRAMYTE_NEW_PASSWORD", "mat-khau-mai");
        assertEquals(0, CliTest.runWith(head, "user", "add", "--login", "mai", "--full-name", "Tòng Thị Mai",
                "--role", "station-staff", "--data-dir", dir.toString()).exit());
        CliTest.Run headMakesAdmin = CliTest.runWith(head, "user", "add", "--login", "su", "--full-name", "Vàng A Sử",
                "--role", "administrator", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(1, headMakesAdmin.exit());
        assertTrue(headMakesAdmin.err().contains("The role Station head may not add, disable or reset the password of a user with the role Administrator"),
                headMakesAdmin.err());

        Map<String, String> staff = as("mai", "mat-khau-mai");
        staff.put("TRAMYTE_NEW_PASSWORD", "mat-khau-khac");
        CliTest.Run staffResets = CliTest.runWith(staff, "user", "reset-password", "khanh", "--data-dir",
                dir.toString(), "--lang", "en");
        assertEquals(1, staffResets.exit());
        assertTrue(staffResets.err().contains("Tòng Thị Mai (Station staff) may not manage users"), staffResets.err());

        head.put("TRAMYTE_NEW_PASSWORD", "mai-mat-khau-moi");
        assertEquals(0, CliTest.runWith(head, "user", "reset-password", "mai", "--data-dir", dir.toString()).exit());
        assertEquals(1, CliTest.runWith(as("mai", "mat-khau-mai"), "user", "list", "--data-dir", dir.toString()).exit());
        assertEquals(0, CliTest.runWith(head, "user", "disable", "mai", "--data-dir", dir.toString()).exit());
        CliTest.Run disabled = CliTest.runWith(as("mai", "mai-mat-khau-moi"), "export", "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, disabled.exit());
        // disabling removed her wrap of the database key (decision 0013): her password opens nothing any more
        assertTrue(disabled.err().contains("Wrong login name or password"), disabled.err());
        CliTest.Run list = CliTest.runWith(head, "user", "list", "--data-dir", dir.toString(), "--lang", "en");
        assertTrue(list.out().contains("mai\tTòng Thị Mai\tStation staff\tDisabled"), list.out());
    }

    @Test
    void theRecoveryCodePrintedAtInitSetsANewAdministratorPassword(@TempDir Path dir) {
        CliTest.Run init = CliTest.runWith(as("huong", "mat-khau-huong"), "init", "--mode", "station", "--place",
                "03637", "--data-dir", dir.toString(), "--lang", "en");
        String code = recoveryCode(init.out());
        Map<String, String> forgot = as(null, null);
        forgot.put("TRAMYTE_NEW_PASSWORD", "mat-khau-moi-nhe");
        CliTest.Run wrongCode = CliTest.runWith(forgot, "user", "recover", "--code", "22222-33333-44444-55555-66666",
                "huong", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(1, wrongCode.exit());
        assertTrue(wrongCode.err().contains("Wrong recovery code"), wrongCode.err());
        CliTest.Run recover = CliTest.runWith(forgot, "user", "recover", "--code", code, "huong", "--data-dir",
                dir.toString(), "--lang", "en");
        assertEquals(0, recover.exit(), recover.err());
        assertEquals(1, CliTest.runWith(as("huong", "mat-khau-huong"), "user", "list", "--data-dir", dir.toString())
                .exit());
        assertEquals(0, CliTest.runWith(as("huong", "mat-khau-moi-nhe"), "user", "list", "--data-dir", dir.toString())
                .exit());
    }

    @Test
    void theDemoMakesItsDocumentedUsersAndTheScriptsUserAsAdministrator(@TempDir Path dir) {
        CliTest.Run demo = CliTest.runWith(as("kichban", "mat-khau-kich-ban"), "demo", "--station", "03637",
                "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, demo.exit(), demo.err());
        CliTest.Run list = CliTest.runWith(as("kichban", "mat-khau-kich-ban"), "user", "list", "--data-dir",
                dir.toString(), "--lang", "en");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("quantri\tHoàng Văn Minh\tAdministrator\tActive"), list.out());
        assertTrue(list.out().contains("huong\tLò Thị Hương\tStation head\tActive"), list.out());
        assertTrue(list.out().contains("nhanvien\tTòng Thị Mai\tStation staff\tActive"), list.out());
        assertTrue(list.out().contains("kichban\tkichban\tAdministrator\tActive"), list.out());
        assertEquals(0, CliTest.runWith(as("nhanvien", "demo-tramyte"), "info", "--data-dir", dir.toString()).exit());
    }

    @Test
    void aScriptLoggingInAsTheDemosAdministratorKeepsHisDocumentedNameAndTheGivenPassword(@TempDir Path dir) {
        CliTest.Run demo = CliTest.runWith(as("quantri", "mat-khau-kich-ban"), "demo", "--station", "03637",
                "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, demo.exit(), demo.err());
        CliTest.Run list = CliTest.runWith(as("quantri", "mat-khau-kich-ban"), "user", "list", "--data-dir",
                dir.toString(), "--lang", "en");
        assertEquals(0, list.exit(), list.err());
        // the login page lists "quantri – Hoàng Văn Minh": the users' page must say the same
        assertTrue(list.out().contains("quantri\tHoàng Văn Minh\tAdministrator\tActive"), list.out());
        assertFalse(list.out().contains("quantri\tquantri"), list.out());
    }
}
