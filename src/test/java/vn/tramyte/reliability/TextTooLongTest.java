package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.cli.Cli;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.death.CauseGroup;
import vn.tramyte.death.DeathDraft;
import vn.tramyte.death.DeathPlace;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;
import vn.tramyte.vaccination.DosePlace;
import vn.tramyte.vaccination.GivenDose;

/**
 * Issue 14 item 6: a text longer than its column is refused with a sentence naming the field
 * and the limit, in the reader's language; nothing is saved and no SQL reaches the user.
 */
class TextTooLongTest {
    private static final Messages EN = new Messages(Messages.ENGLISH);
    private static final Messages VI = Messages.forLanguage("vi");

    @TempDir
    Path dir;

    @Test
    void aVillageOverTwoHundredCharactersInAnImportIsNamedWithItsLimit() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        String village = "Bản Nà Cang ".repeat(21).substring(0, 250);
        Path file = Files.writeString(dir.resolve("persons.csv"), "ref,full_name,sex,birth_date,village\n"
                + "1,Lò Thị Hoa,F,1996," + village + "\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"import-csv", file.toString(), "--data-dir", station.toString(), "--lang", "en"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                TestClock.fixed(), java.util.Map.of("TRAMYTE_USER", vn.tramyte.testing.TestStation.ADMIN_LOGIN,
                        "TRAMYTE_PASSWORD", vn.tramyte.testing.TestStation.PASSWORD), null);
        String said = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, exit, said);
        assertEquals("tramyte: Village: 250 characters, more than the 200 allowed, so nothing was saved. Shorten it "
                + "and save again.", said);
        try (Services s = TestStation.open(station)) {
            assertEquals(0, s.people().all().size(), "nothing was imported");
            assertEquals(0, s.database().tableCounts().get("village"));
        }
    }

    @Test
    void aLotOverFiftyAndACauseOverFiveHundredAreNamedInTheReadersLanguage() {
        try (Services s = TestStation.station(dir.resolve("station"))) {
            UUID child = s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Khánh", Sex.MALE,
                    LocalDate.of(2025, 6, 1), false, "03", null, null, null, null, null));
            Map<String, Integer> before = s.database().tableCounts();
            String lot = "QT-2025-".repeat(7).substring(0, 51);
            UserError dose = assertThrows(UserError.class, () -> s.vaccination().record(TestStation.WORKER, child,
                    List.of(new GivenDose("BCG", LocalDate.of(2025, 6, 1), DosePlace.STATION, lot, false))));
            assertEquals("Lot number: 51 characters, more than the 50 allowed, so nothing was saved. Shorten it and "
                    + "save again.", dose.describe(EN));

            String cause = "Ngã từ trên cao xuống khi làm nương ".repeat(15).substring(0, 501);
            UserError death = assertThrows(UserError.class, () -> s.deaths().save(TestStation.WORKER, new DeathDraft(
                    null, null, "Lò Thị Pọm", Sex.FEMALE, LocalDate.of(1942, 1, 1), true, null, "03", null,
                    LocalDate.of(2026, 10, 1), DeathPlace.HOME, CauseGroup.OTHER, cause, null)));
            String vi = death.describe(VI);
            assertEquals("Nguyên nhân (ghi rõ)", vi.substring(0, "Nguyên nhân (ghi rõ)".length()), vi);
            assertEquals(true, vi.contains(": dài 501 ký tự, quá 500 ký tự cho phép nên chưa lưu gì."), vi);
            assertFalse(vi.contains("SQL") || vi.contains("insert"), vi);
            assertEquals(before, s.database().tableCounts(), "nothing was saved");
        }
    }
}
