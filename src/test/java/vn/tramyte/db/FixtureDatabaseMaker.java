package vn.tramyte.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/**
 * Makes the fixture database of the current schema (run once per released schema, then
 * commit it under src/test/resources/fixtures/databases/schema-N):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.tramyte.db.FixtureDatabaseMaker}
 */
public final class FixtureDatabaseMaker {
    private FixtureDatabaseMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("fixture");
        String version;
        try (Services s = TestStation.station(tmp)) {
            var mother = s.people().save(TestStation.WORKER,
                    TestPeople.hoa().personalId("012198001234").phone("0912345678").draft(),
                    "Bản Đốc");
            var village = s.places().ownVillages().get(0).id();
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Khánh", Sex.MALE,
                    LocalDate.of(2025, 9, 3), false, "03", village, mother, null, "0123456789", null));
            version = s.database().schemaVersion();
        }
        Path target = Path.of("src/test/resources/fixtures/databases/schema-" + version);
        Files.createDirectories(target);
        Files.copy(tmp.resolve("tramyte.mv.db"), target.resolve("tramyte.mv.db"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("fixture: " + target.resolve("tramyte.mv.db"));
    }
}
