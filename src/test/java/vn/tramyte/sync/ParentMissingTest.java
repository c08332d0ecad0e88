package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.Engine;

/**
 * A package's rows that fail to go in are called "a record this computer does not have" only when
 * the database said a parent is missing (issue 14, never lie): read off real failures of H2 and of
 * PostgreSQL (a centre's or the province's), a single statement and a JDBC batch as the package import
 * writes them; a unique key broken is something else.
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class ParentMissingTest {
    @org.junit.jupiter.params.Parameter
    Engine engine;

    @TempDir
    Path dir;

    @Test
    void onlyAMissingParentIsAMissingRecord() {
        try (Services s = engine.station(dir.resolve("station"))) {
            s.database().writeVoid("test", tx -> {
                tx.dsl().execute("CREATE TABLE t_mother(id INT PRIMARY KEY, name VARCHAR(50) UNIQUE)");
                tx.dsl().execute("CREATE TABLE t_baby(id INT PRIMARY KEY, mother_id INT REFERENCES t_mother(id))");
                tx.dsl().execute("INSERT INTO t_mother VALUES (1, 'Lò Thị Hoa')");
            });
            RuntimeException single = assertThrows(RuntimeException.class, () -> s.database().writeVoid("test",
                    tx -> tx.dsl().execute("INSERT INTO t_baby VALUES (1, 2)")));
            assertTrue(PackageApplier.parentMissing(single), single.toString());
            RuntimeException batch = assertThrows(RuntimeException.class, () -> s.database().writeVoid("test",
                    tx -> tx.dsl().connection(c -> {
                        try (var ps = c.prepareStatement("INSERT INTO t_baby VALUES (?, ?)")) {
                            for (int i = 1; i <= 3; i++) {
                                ps.setInt(1, i);
                                ps.setInt(2, i);
                                ps.addBatch();
                            }
                            ps.executeBatch();
                        }
                    })));
            assertTrue(PackageApplier.parentMissing(batch), batch.toString());
            RuntimeException unique = assertThrows(RuntimeException.class, () -> s.database().writeVoid("test",
                    tx -> tx.dsl().execute("INSERT INTO t_mother VALUES (2, 'Lò Thị Hoa')")));
            assertFalse(PackageApplier.parentMissing(unique), unique.toString());
        }
    }
}
