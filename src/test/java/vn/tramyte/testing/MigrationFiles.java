package vn.tramyte.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's migration files (src/main/resources/db/migration: common/, h2/, postgresql/). */
public final class MigrationFiles {
    private MigrationFiles() {
    }

    /** The highest {@code V} number among them: the schema a database opened by this program ends at. */
    public static int latest() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
