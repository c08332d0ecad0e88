package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.cli.Cli;
import vn.tramyte.common.PrivateLogLayout;
import vn.tramyte.testing.TestClock;

/**
 * Issue 14: the log names no person. The paths that log are run with known people (Lò Thị Hoa,
 * born 08/03/1996, her phone and citizen number, a death's cause in words) through the real
 * command line, which logs to the data folder as the program does: a CSV import, a refused CSV
 * import, packages exported and imported, and database failures whose H2 text quotes the values of
 * the statement (a unique index the test adds, so a second Lò Thị Hoa breaks the import at the
 * station and a package's import at the centre; a column the test shortens). Every file of the logs
 * (and any trace file H2 would write) is then read: none holds the name, the dates, the numbers or
 * the words, while the failures are there, with their codes.
 */
class LogPrivacyTest {
    private static final String NAME = "Lò Thị Hoa";
    private static final String CAUSE = "Băng huyết sau sinh ở nhà ông Quàng Văn Páo";
    /** What must never reach a log: the names, the dates of birth in both forms, the numbers, the free text. */
    private static final List<String> PRIVATE = List.of(NAME, "Quàng Văn Páo", "Lò Văn Pọm", "08/03/1996",
            "1996-03-08", "12/07/2001", "2001-07-12", "0912345678", "0987654321", "012345678901", CAUSE, "Băng huyết");
    private static final String HEADER = "ref,full_name,sex,birth_date,ethnicity,village,mother_ref,personal_id,"
            + "insurance_no,phone\n";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // as a script logged in as the tests' administrator (issue 13), with no console
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestClock.fixed(), java.util.Map.of(
                        "TRAMYTE_USER", vn.tramyte.testing.TestStation.ADMIN_LOGIN,
                        "TRAMYTE_PASSWORD", vn.tramyte.testing.TestStation.PASSWORD), null);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String line(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length()).trim();
    }

    private Path csv(String folder, String name, String text) throws Exception {
        Path d = Files.createDirectories(dir.resolve(folder));
        return Files.writeString(d.resolve(name), text);
    }

    /** Everything the program logged in a data folder: its log files and any trace file of H2. */
    private static String logs(Path dataDir) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (f.getParent().getFileName().toString().equals("logs") || name.endsWith(".trace.db")) {
                    all.append(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }

    private static void addUniqueIndex(Path dataDir, String columns) {
        try (Services s = vn.tramyte.testing.TestStation.open(dataDir)) {
            s.database().writeVoid("test", tx -> tx.dsl().execute("CREATE UNIQUE INDEX test_one_name ON person("
                    + columns + ")"));
        }
    }

    /** H2 writes a text beyond ASCII as {@code U&'L\\00f2 Th\\1ecb Hoa'}: read back as the letters it stands for. */
    private static String unescaped(String log) {
        return java.util.regex.Pattern.compile("\\\\([0-9a-fA-F]{4})").matcher(log)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }

    @Test
    void theLogsOfImportsPackagesAndFailuresNameNoPerson() throws Exception {
        String centre = dir.resolve("centre").toString();
        Path stationDir = dir.resolve("station");
        String station = stationDir.toString();
        assertEquals(0, cli("init", "--mode", "centre", "--place", "110", "--data-dir", centre).exit());
        Run enrol = cli("enrol", "--station", "03637", "--out", dir.resolve("usb").toString(), "--data-dir", centre);
        assertEquals(0, enrol.exit(), enrol.err());
        Run init = cli("init", "--enrolment", line(enrol.out(), "file:"), "--code", line(enrol.out(), "code:"),
                "--data-dir", station);
        assertEquals(0, init.exit(), init.err());

        // a CSV import of the register: people, a death in words
        Path registers = csv("registers", "persons.csv", HEADER
                + "1," + NAME + ",F,08/03/1996,Thái,Bản Mường,,012345678901,,0912345678\n"
                + "2,Lò Văn Pọm,M,12/07/2001,Thái,Bản Mường,,,,\n"
                + "3,Quàng Văn Páo,M,1950,Thái,Bản Mường,,,,\n").getParent();
        Files.writeString(registers.resolve("deaths.csv"), "ref,person_ref,full_name,sex,birth_date,death_date,place,"
                + "cause_group,cause_text,pregnancy_related,ethnicity,village\n"
                + "TV1,3,,,,01/10/2026,home,other," + CAUSE + ",,,\n");
        Run imported = cli("import-csv", "--data-dir", station, "--lang", "en", registers.toString());
        assertEquals(0, imported.exit(), imported.out() + imported.err());

        // a refused import: the person's data in the user's sentences, not in the log
        Path bad = csv("bad", "persons.csv", HEADER + "4," + NAME + ",F,31/02/1996,Thái,Bản Mường,,,,0987654321x\n");
        Run refused = cli("import-csv", "--data-dir", station, "--lang", "en", bad.toString());
        assertNotEquals(0, refused.exit(), refused.out());

        // packages: the station's to the centre, then a second Lò Thị Hoa the centre's database refuses
        Run export = cli("export", "--out", dir.resolve("usb").toString(), "--data-dir", station);
        assertEquals(0, export.exit(), export.err());
        assertEquals(0, cli("import", line(export.out(), "file:"), "--data-dir", centre).exit());
        addUniqueIndex(Path.of(centre), "full_name");
        Path second = csv("second", "persons.csv", HEADER + "5," + NAME + ",F,12/07/2001,Thái,Bản Mường,,,,0987654321\n");
        assertEquals(0, cli("import-csv", "--data-dir", station, second.toString()).exit());
        Run export2 = cli("export", "--out", dir.resolve("usb2").toString(), "--data-dir", station);
        Run failedAtCentre = cli("import", line(export2.out(), "file:"), "--data-dir", centre, "--lang", "en");
        assertTrue(failedAtCentre.err().contains("not imported because of an unexpected error. Nothing changed. The "
                + "details are in the log file logs/tramyte.log of the data folder."), failedAtCentre.toString());

        // the station's own import breaks on the database (a third Lò Thị Hoa, born the day the first was)
        addUniqueIndex(stationDir, "full_name, birth_date");
        Path third = csv("third", "persons.csv", HEADER + "6," + NAME + ",F,08/03/1996,Thái,Bản Mường,,,,\n");
        Run failed = cli("import-csv", "--data-dir", station, "--lang", "en", third.toString());
        assertEquals(Cli.USER_ERROR, failed.exit(), failed.out() + failed.err());
        // and a text longer than its column in the database (the column shortened behind the program's back)
        try (Services s = vn.tramyte.testing.TestStation.open(stationDir)) {
            s.database().writeVoid("test", tx -> tx.dsl().execute("DROP INDEX test_one_name"));
            s.database().writeVoid("test", tx -> tx.dsl().execute("UPDATE person SET phone = NULL"));
            s.database().writeVoid("test", tx -> tx.dsl().execute("ALTER TABLE person ALTER COLUMN phone "
                    + "SET DATA TYPE VARCHAR(5)"));
        }
        Path fourth = csv("fourth", "persons.csv", HEADER + "7,Lò Thị Mai,F,08/03/1996,Thái,Bản Mường,,,,0912345678\n");
        Run tooLong = cli("import-csv", "--data-dir", station, "--lang", "en", fourth.toString());
        assertEquals(Cli.USER_ERROR, tooLong.exit(), tooLong.out() + tooLong.err());

        String stationLog = unescaped(logs(stationDir));
        String centreLog = unescaped(logs(Path.of(centre)));
        List<String> found = new ArrayList<>();
        for (String secret : PRIVATE) {
            if (stationLog.contains(secret)) {
                found.add("station: " + secret);
            }
            if (centreLog.contains(secret)) {
                found.add("centre: " + secret);
            }
        }
        assertEquals(List.of(), found, () -> "the logs name a person:\n--- station\n" + stationLog + "\n--- centre\n"
                + centreLog);
        // the failures are in the logs all the same, with what finding the cause needs
        assertTrue(stationLog.contains("command failed") && stationLog.contains("23505"), stationLog);
        assertTrue(stationLog.contains("TEST_ONE_NAME"), stationLog);
        assertTrue(centreLog.contains("failed") && centreLog.contains("23505"), centreLog);
        assertTrue(stationLog.contains("longer than its column"), tooLong + "\n" + stationLog);
    }

    @Test
    void quotedValuesAreLeftOutOfALogLineAndTheRestKept() {
        assertEquals("Unique index or primary key violation: \"PUBLIC.TEST_ONE_NAME ON PUBLIC.PERSON(FULL_NAME "
                + "NULLS FIRST) VALUES ( /* 1 */ '…' )\"; SQL statement: insert into person values (?, ?) [23505-232]",
                PrivateLogLayout.withoutValues("Unique index or primary key violation: \"PUBLIC.TEST_ONE_NAME ON "
                        + "PUBLIC.PERSON(FULL_NAME NULLS FIRST) VALUES ( /* 1 */ 'Lò Thị Hoa' )\"; SQL statement: "
                        + "insert into person values (?, ?) [23505-232]"));
        assertEquals("Text '…' could not be parsed at index 0",
                PrivateLogLayout.withoutValues("Text '31/02/1996' could not be parsed at index 0"));
        assertEquals("Cannot parse \"DATE\" constant \"…\"; For input string: \"…\"",
                PrivateLogLayout.withoutValues("Cannot parse \"DATE\" constant \"1996-02-31\"; For input string: "
                        + "\"09x\""));
        assertEquals("the name \"…\" and '…'", PrivateLogLayout.withoutValues("the name \"Lò Thị Hoa\" and 'it''s'"));
        assertEquals("import of /media/usb/03637-MuongKim-2026-11-22-0001.tyt failed", PrivateLogLayout.withoutValues(
                "import of /media/usb/03637-MuongKim-2026-11-22-0001.tyt failed"));
    }
}
