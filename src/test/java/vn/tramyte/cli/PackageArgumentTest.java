package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tramyte FILE.tyt}: how the installed program is started on a double-clicked sync package.
 * Only a lone .tyt argument (with the data folder or language) opens the window on it; a command's
 * own arguments and a mistyped command keep their meaning.
 */
class PackageArgumentTest {
    @TempDir
    Path dir;

    @Test
    void aLonePackageIsTheFileToOpen() {
        assertEquals(0, Cli.packageArgument(new String[] {"E:/03637-MuongKim-2026-11-22.tyt"}));
        assertEquals(2, Cli.packageArgument(new String[] {"--data-dir", "/srv/tramyte", "goi.TYT"}));
        assertEquals(1, Cli.packageArgument(new String[] {"--lang=en", "/home/hoa/Tải về/gói.tyt"}));
    }

    @Test
    void commandsAndOtherArgumentsAreNotAPackageToOpen() {
        assertEquals(-1, Cli.packageArgument(new String[] {}));
        assertEquals(-1, Cli.packageArgument(new String[] {"import", "E:/goi.tyt"}));
        assertEquals(-1, Cli.packageArgument(new String[] {"a.tyt", "b.tyt"}));
        assertEquals(-1, Cli.packageArgument(new String[] {"imprt"}));
        assertEquals(-1, Cli.packageArgument(new String[] {"--data-dir", "x.tyt"}));
    }

    /**
     * The window's own command line is read without picocli (issue 12: its parser cost a tenth of a second
     * before the first frame, decision 0019), into the options the parser would give; a mistake in it, or an
     * option given twice, is still the parser's usage error.
     */
    @Test
    void theWindowsCommandLineIsReadWithoutTheParser() {
        String[] window = {"--data-dir", "/srv/tramyte", "--lang=en"};
        assertEquals(-1, Cli.packageArgument(window));
        GlobalOptions options = GlobalOptions.fromArguments(window);
        assertEquals("/srv/tramyte", options.dataDir);
        assertEquals("en", options.language);
        CliTest.Run r = CliTest.run("--lang", "en", "--data-dir");
        assertEquals(Cli.USAGE, r.exit());
        assertTrue(r.err().contains("--data-dir"), r.err());
        assertEquals("", r.out());
        CliTest.Run twice = CliTest.run("--data-dir", dir.toString(), "--lang=en", "--data-dir=" + dir);
        assertEquals(Cli.USAGE, twice.exit(), twice.err());
        assertTrue(twice.err().contains("--data-dir"), twice.err());
        // a command, or the help that lists them, still has them all
        assertTrue(CliTest.run("--help").out().contains("import-csv"));
    }

    @Test
    void aPackageThatIsNotThereIsSaidInOneSentence() {
        Path missing = dir.resolve("03637-MuongKim-2026-11-22.tyt");
        CliTest.Run r = CliTest.run(missing.toString(), "--lang", "en");
        assertEquals(1, r.exit());
        assertEquals("tramyte: There is no file " + missing + ".", r.err().strip());
        assertEquals("", r.out());
    }
}
