package vn.tramyte.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.csvimport.ImportReport;

/**
 * What the register import tests share: the Mường Kim station in a temporary folder ({@link #s}), a
 * folder of import files ({@link #files}), writing a file into it and importing it as the tests' health
 * worker, and the report's lines in English.
 */
public abstract class StationImportTest {
    @TempDir
    protected Path dir;
    @TempDir
    protected Path files;
    protected Services s;

    @BeforeEach
    void openStation() {
        s = TestStation.station(dir);
    }

    @AfterEach
    void closeStation() {
        s.close();
    }

    /** Writes an import file, UTF-8, into the files' folder. */
    protected Path write(String name, String content) throws IOException {
        Path p = files.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Imports every file of the files' folder. */
    protected ImportReport importFolder() {
        return s.csvImport().importPaths(TestStation.WORKER, List.of(files));
    }

    /** Imports the folder, which must be refused with nothing written (the change counter unmoved): its lines. */
    protected String refusedImport() {
        long before = s.database().lastChangeSeq();
        ImportReport report = importFolder();
        String text = lines(report);
        org.junit.jupiter.api.Assertions.assertFalse(report.ok(), text);
        org.junit.jupiter.api.Assertions.assertEquals(before, s.database().lastChangeSeq(), "nothing written");
        return text;
    }

    /** The report's lines in English, one per line. */
    protected static String lines(ImportReport r) {
        return String.join("\n", r.lines(new Messages(Messages.ENGLISH)));
    }
}
