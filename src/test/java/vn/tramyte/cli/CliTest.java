package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    record Run(int exit, String out, String err) {
    }

    /** The environment of the tests' scripts: the tests' administrator (the demo's) and password, no console. */
    static final java.util.Map<String, String> SCRIPT = java.util.Map.of("TRAMYTE_USER",
            vn.tramyte.testing.TestStation.ADMIN_LOGIN, "TRAMYTE_PASSWORD", vn.tramyte.testing.TestStation.PASSWORD);

    static Run run(String... args) {
        return runWith(SCRIPT, args);
    }

    /** Runs a command as a script with this environment (no console). */
    static Run runWith(java.util.Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), vn.tramyte.testing.TestClock.fixed(), environment,
                null);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void initThenInfoShowTheStation(@TempDir Path dir) {
        Run init = run("init", "--mode", "station", "--place", "03637", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("03637 – Xã Mường Kim"), init.out());

        Run info = run("info", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, info.exit(), info.err());
        assertTrue(info.out().contains("Mode: Commune health station"), info.out());
        assertTrue(info.out().contains("Place: 03637 – Xã Mường Kim (code list 2025)"), info.out());
        assertTrue(info.out().matches("(?s).*person\\s+0.*"), info.out());
        assertTrue(info.out().contains("Database version: "), info.out());
    }

    @Test
    void initAsACentreWithTheDistrictCode(@TempDir Path dir) {
        Run init = run("init", "--mode", "centre", "--place", "110", "--data-dir", dir.toString());
        assertEquals(0, init.exit(), init.err());
        Run info = run("info", "--data-dir", dir.toString());
        assertTrue(info.out().contains("Chế độ: Trung tâm y tế"), info.out());
        assertTrue(info.out().contains("110 – Huyện Than Uyên"), info.out());
    }

    @Test
    void demoFillsAnEmptyFolderAndInfoCountsIt(@TempDir Path dir) {
        Run demo = run("demo", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, demo.exit(), demo.err());
        assertTrue(demo.out().startsWith("Demo created: 110 – Huyện Than Uyên"), demo.out());
        Run info = run("info", "--data-dir", dir.toString(), "--lang", "en");
        assertTrue(info.out().contains("This is the demo."), info.out());
        int people = count(info.out(), "person");
        int villages = count(info.out(), "village");
        assertTrue(people > 600, info.out());
        assertTrue(villages >= 36, info.out());

        Run again = run("demo", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(1, again.exit());
        assertTrue(again.err().startsWith("tramyte: This data folder already holds data"), again.err());
    }

    @Test
    void aUserMistakeIsOneLineOnStderrAndNonZero(@TempDir Path dir) {
        Run unknown = run("init", "--mode", "station", "--place", "99999", "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, unknown.exit());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertTrue(unknown.err().contains("There is no commune with code 99999"), unknown.err());
        assertEquals("", unknown.out());

        Run badMode = run("init", "--mode", "hospital", "--place", "03637", "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, badMode.exit());
        assertTrue(badMode.err().contains("--mode \"hospital\" is not valid"), badMode.err());

        Run missing = run("init", "--data-dir", dir.toString());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("Hãy ghi --mode và --place để thiết lập mới"), missing.err());

        Run twice = run("init", "--mode", "station", "--place", "03637", "--data-dir", dir.toString());
        assertEquals(0, twice.exit(), twice.err());
        Run again = run("init", "--mode", "station", "--place", "03637", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already set up"), again.err());
    }

    @Test
    void aSecondProgramOnTheSameFolderSaysSoAndStops(@TempDir Path dir) {
        assertEquals(0, run("init", "--mode", "station", "--place", "03637", "--data-dir", dir.toString()).exit());
        try (var open = vn.tramyte.testing.TestStation.open(dir)) {
            Run second = run("info", "--data-dir", dir.toString(), "--lang", "en");
            assertEquals(1, second.exit());
            assertEquals("tramyte: The data folder " + dir + " is in use by another TramYTe program. "
                    + "Close the other program and try again.", second.err().strip());
        }
        assertEquals(0, run("info", "--data-dir", dir.toString()).exit(), "free again once the first one closed");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"init", "demo", "info", "anthro", "import-csv"}) {
            Run help = run(command, "--help");
            assertEquals(0, help.exit(), command);
            assertTrue(help.out().contains("Cách dùng: tramyte " + command), help.out());
        }
        Run root = run("--help", "--lang", "en");
        assertTrue(root.out().contains("Usage: tramyte"), root.out());
    }

    @Test
    void versionNamesTheProgramAndJava() {
        Run v = run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("tramyte "), v.out());
        assertTrue(v.out().contains("Java 17"), v.out());
    }

    private static int count(String info, String table) {
        var m = java.util.regex.Pattern.compile("(?m)^\\s+" + table + "\\s+(\\d+)$").matcher(info);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
