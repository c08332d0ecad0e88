package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.common.Settings;
import vn.tramyte.testing.TestStation;

/**
 * picocli's own errors reach the user as one sentence in their language, naming the option and
 * the form it expects, then the help to read; exit 2. Dates are written as in Vietnam.
 */
class CliUsageErrorTest {
    @TempDir
    Path dir;

    /** Runs a command on the temp data folder and checks the shape every usage error has. */
    private CliTest.Run usage(String helpCommand, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.toString()));
        CliTest.Run r = CliTest.run(all.toArray(String[]::new));
        assertEquals(Cli.USAGE, r.exit(), r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("tramyte: "), err);
        assertTrue(err.endsWith("(" + helpCommand + " --help)"), err);
        for (String picocli : List.of("Invalid value", "cannot convert", "java.", "Missing required", "Unknown option",
                "Unmatched argument")) {
            assertFalse(err.contains(picocli), "picocli's own text reached the user: " + err);
        }
        return r;
    }

    @Test
    void aDateThatIsNotADateNamesTheOptionAndTheFormInVietnameseByDefault() {
        CliTest.Run r = usage("tramyte due-list", "due-list", "--date", "32/12/2026", "--format", "csv", "--out", "x.csv");
        assertEquals("tramyte: --date \"32/12/2026\": ngày này không có trong lịch. Hãy kiểm tra ngày và tháng, "
                + "ghi theo dạng dd/mm/yyyy. (tramyte due-list --help)", r.err().strip());

        CliTest.Run words = usage("tramyte due-list", "due-list", "--date", "thứ hai", "--format", "csv", "--out",
                "x.csv", "--lang", "en");
        assertEquals("tramyte: --date \"thứ hai\" is not a date. Write the date as dd/mm/yyyy (for example 05/12/2026) "
                + "or yyyy-mm-dd. (tramyte due-list --help)", words.err().strip());
    }

    @Test
    void anImpossibleDaySaysTheDayDoesNotExist() {
        CliTest.Run r = usage("tramyte due-list", "due-list", "--date", "31/02/2025", "--format", "csv", "--out",
                "x.csv", "--lang", "en");
        assertTrue(r.err().contains("--date \"31/02/2025\": this day does not exist in the calendar"), r.err());
        CliTest.Run iso = usage("tramyte due-list", "due-list", "--date", "2025-02-29", "--format", "csv", "--out",
                "x.csv", "--lang", "en");
        assertTrue(iso.err().contains("this day does not exist"), iso.err());
    }

    @Test
    void aDateIsReadAsDayMonthYearAndAsIso() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Path vietnamese = dir.resolve("dmy.csv");
        Path iso = dir.resolve("iso.csv");
        CliTest.Run dmy = CliTest.run("due-list", "--date", "05/12/2026", "--format", "csv", "--out",
                vietnamese.toString(), "--data-dir", station.toString());
        assertEquals(0, dmy.exit(), dmy.err());
        CliTest.Run isoRun = CliTest.run("due-list", "--date", "2026-12-05", "--format", "csv", "--out",
                iso.toString(), "--data-dir", station.toString());
        assertEquals(0, isoRun.exit(), isoRun.err());
        assertEquals(Files.readAllLines(iso), Files.readAllLines(vietnamese), "the same day either way");
        assertEquals(0, CliTest.run("due-list", "--date", "5/12/2026", "--format", "csv", "--out",
                dir.resolve("short.csv").toString(), "--data-dir", station.toString()).exit(), "d/m/yyyy too");
        usage("tramyte due-list", "due-list", "--date", "2026", "--format", "csv", "--out", "x.csv");
    }

    @Test
    void missingOptionsAreNamedWithTheFormTheyTake() {
        CliTest.Run r = usage("tramyte due-list", "due-list", "--format", "csv", "--lang", "en");
        assertEquals("tramyte: This command needs --date DD/MM/YYYY, --out FILE. (tramyte due-list --help)",
                r.err().strip());
        CliTest.Run vi = usage("tramyte due-list", "due-list", "--out", "x.csv");
        assertTrue(vi.err().contains("Lệnh này còn thiếu --date DD/MM/YYYY, --format csv|pdf|xlsx."), vi.err());
    }

    @Test
    void anOptionWithoutItsValueSaysWhatToWriteAfterIt() {
        CliTest.Run last = usage("tramyte due-list", "due-list", "--format", "csv", "--out", "x.csv", "--date",
                "--lang", "en");
        assertTrue(last.err().contains("--date needs a value after it"), last.err());
        CliTest.Run r = usage("tramyte due-list", "due-list", "--lang", "en", "--format", "csv", "--out", "x.csv",
                "--date");
        assertEquals("tramyte: --date needs a value after it, written as DD/MM/YYYY. (tramyte due-list --help)",
                r.err().strip());
        CliTest.Run vi = usage("tramyte due-list", "due-list", "--format", "csv", "--out", "x.csv", "--date");
        assertTrue(vi.err().contains("Sau --date hãy ghi giá trị theo dạng DD/MM/YYYY."), vi.err());
    }

    @Test
    void unknownOptionsCommandsAndArgumentsAreNamed() {
        CliTest.Run option = usage("tramyte due-list", "due-list", "--village-name", "Bản Đốc", "--lang", "en");
        assertTrue(option.err().contains("tramyte due-list has no option --village-name. Did you mean --village?"),
                option.err());
        CliTest.Run command = usage("tramyte", "imprt", "E:/", "--lang", "en");
        assertTrue(command.err().contains("There is no command \"imprt\"; the commands are: init, demo,"), command.err());
        assertTrue(command.err().contains("Did you mean import?"), command.err());
        CliTest.Run extra = usage("tramyte info", "info", "thêm", "--lang", "en");
        assertTrue(extra.err().contains("tramyte info takes no argument \"thêm\"."), extra.err());
        CliTest.Run files = usage("tramyte import", "import");
        assertTrue(files.err().contains("Thiếu FILE|FOLDER: hãy ghi sau tên lệnh."), files.err());
    }

    @Test
    void aNumberOptionAndARepeatedOptionSaySo() {
        CliTest.Run weeks = usage("tramyte due-list", "due-list", "--date", "05/12/2026", "--overdue-weeks", "bốn",
                "--format", "csv", "--out", "x.csv", "--lang", "en");
        assertTrue(weeks.err().contains("--overdue-weeks \"bốn\" is not a whole number."), weeks.err());
        CliTest.Run twice = usage("tramyte due-list", "due-list", "--date", "05/12/2026", "--date", "06/12/2026",
                "--format", "csv", "--out", "x.csv", "--lang", "en");
        assertTrue(twice.err().contains("The option --date is given more than once"), twice.err());
    }

    @Test
    void initSaysWhichOptionsGoTogether() {
        CliTest.Run none = usage("tramyte init", "init", "--lang", "en");
        assertTrue(none.err().contains("Give --mode and --place to set up anew, or --enrolment and --code"), none.err());
        CliTest.Run half = usage("tramyte init", "init", "--enrolment", "E:/03637.tyt");
        assertTrue(half.err().contains("--enrolment và --code đi cùng nhau"), half.err());
    }

    @Test
    void withoutLangTheDataFoldersLanguageIsUsed() {
        new Settings(dir).setLanguage("en");
        CliTest.Run r = usage("tramyte due-list", "due-list", "--date", "31/02/2025", "--format", "csv", "--out",
                "x.csv");
        assertTrue(r.err().contains("this day does not exist"), r.err());
        CliTest.Run vi = usage("tramyte due-list", "due-list", "--date", "31/02/2025", "--format", "csv", "--out",
                "x.csv", "--lang", "vi");
        assertTrue(vi.err().contains("ngày này không có trong lịch"), vi.err());
    }
}
