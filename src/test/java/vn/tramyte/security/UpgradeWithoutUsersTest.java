package vn.tramyte.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.UserError;
import vn.tramyte.testing.TestStation;

/**
 * A data folder of a version without logins (the fixture databases of schemas 1, 6 and 7) opens with
 * nobody logged in; nothing can be changed until its first administrator is made, who is then logged
 * in; the names of its old users stay, disabled, for the audit log.
 */
class UpgradeWithoutUsersTest {

    @Test
    void anOldDatabaseAsksForItsFirstAdministratorAndRefusesChangesUntilThen(@TempDir Path tmp) throws Exception {
        for (String schema : List.of("schema-1", "schema-6", "schema-7")) {
            Path dir = tmp.resolve(schema);
            Files.createDirectories(dir);
            Files.copy(Path.of("src/test/resources/fixtures/databases", schema, "tramyte.mv.db"),
                    dir.resolve("tramyte.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            try (Services s = TestStation.open(dir)) {
                assertTrue(s.users().needsFirstAdministrator(), schema);
                assertFalse(s.session().loggedIn(), schema);
                UserError refused = assertThrows(UserError.class, () -> s.sync().export(dir));
                assertEquals("security.error.notLoggedIn", refused.problems().get(0).key(), schema);
                User admin = s.users().createFirstAdministrator(TestStation.admin("Lò Thị Hương"));
                assertTrue(s.session().loggedIn(), schema);
                assertEquals(Role.ADMINISTRATOR, admin.role());
                assertTrue(s.users().takeRecoveryCode() != null, schema);
                List<User> users = s.users().users();
                assertTrue(users.stream().anyMatch(u -> u.loginName() == null && !u.active()),
                        schema + ": the old user is kept, disabled: " + users);
                UserError second = assertThrows(UserError.class, () -> s.users().createFirstAdministrator(
                        new NewUser("Vàng A Sử", "su", Role.ADMINISTRATOR, "mat-khau-su".toCharArray())));
                assertEquals("security.error.alreadySetUp", second.problems().get(0).key(), schema);
            }
            try (Services s = TestStation.open(dir)) {
                assertTrue(s.session().loggedIn(), schema + ": logged in with the new administrator's password");
                assertFalse(s.users().needsFirstAdministrator(), schema);
            }
        }
    }
}
