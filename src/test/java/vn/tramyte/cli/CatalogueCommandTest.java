package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestClock;

/** The vaccine catalogue as data: a centre exports it, edits it in a spreadsheet and puts it in force. */
class CatalogueCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCentreEditsTheCatalogueInAFileAndTheChangeIsInForceAndAudited() throws IOException {
        assertEquals(0, CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", dir.toString()).exit());
        Path file = dir.resolve("catalogue.csv");
        CliTest.Run export = CliTest.run("catalogue", "--export", file.toString(), "--data-dir", dir.toString());
        assertEquals(0, export.exit(), export.err());
        String csv = Files.readString(file);
        assertTrue(csv.startsWith("code,series,dose,target,name_vi"), csv);
        // the centre decides that the birth dose also counts for "fully immunized"
        Files.writeString(file, csv.replaceFirst("(HEPB0,HEPB0,1,child,[^\\n]*?,)false,", "$1true,"),
                StandardCharsets.UTF_8);
        CliTest.Run imported = CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("version 2"), imported.out());
        try (Services s = Services.open(dir, TestClock.fixed())) {
            assertTrue(s.vaccination().catalogue().byCode("HEPB0").orElseThrow().fullImmunization());
            int audits = s.database().read(tx -> tx.dsl().fetchCount(vn.tramyte.db.generated.Tables.AUDIT_LOG,
                    vn.tramyte.db.generated.Tables.AUDIT_LOG.TABLE_NAME.eq("vaccine_catalogue")));
            assertEquals(1, audits);
        }
    }

    @Test
    void aBrokenFileIsRefusedWithItsReasonAndNothingChanges() throws IOException {
        CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", dir.toString());
        Path file = dir.resolve("catalogue.csv");
        CliTest.run("catalogue", "--export", file.toString(), "--data-dir", dir.toString());
        String csv = Files.readString(file);
        Files.writeString(file, csv.replace("BCG,BCG,1,child", "HEPB0,BCG,1,child"), StandardCharsets.UTF_8);
        CliTest.Run twice = CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, twice.exit());
        assertTrue(twice.err().contains("code \"HEPB0\" appears twice"), twice.err());
        Files.writeString(file, csv.replace(",0,0,0,364,", ",zero,0,0,364,"), StandardCharsets.UTF_8);
        CliTest.Run unreadable = CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, unreadable.exit());
        assertTrue(unreadable.err().contains("The catalogue file catalogue.csv cannot be read"), unreadable.err());
        try (Services s = Services.open(dir, TestClock.fixed())) {
            assertEquals(1, s.vaccination().catalogueVersion());
        }
    }

    @Test
    void aStationDoesNotEditTheCatalogue() throws IOException {
        CliTest.run("init", "--mode", "station", "--place", "03637", "--data-dir", dir.toString());
        Path file = dir.resolve("catalogue.csv");
        assertEquals(0, CliTest.run("catalogue", "--export", file.toString(), "--data-dir", dir.toString()).exit());
        CliTest.Run refused = CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("edited at the health centre"), refused.err());
    }
}
