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
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
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
        assertTrue(unreadable.err().contains("File catalogue.csv, line 3, column due_months: “zero” is not a whole "
                + "number. Nothing changed."), unreadable.err());
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            assertEquals(1, s.vaccination().catalogueVersion());
        }
    }

    @Test
    void aFileThatIsNoCatalogueSaysWhatToDoNotWhatTheCsvReaderSaid() throws IOException {
        CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", dir.toString());
        Path file = dir.resolve("danh-muc.csv");
        Files.writeString(file, "code,series,dose\n\"BCG,BCG,1\n", StandardCharsets.UTF_8);
        CliTest.Run broken = CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("The catalogue file danh-muc.csv cannot be read: its columns or its "
                + "quotation marks are not those of an exported catalogue. Export the catalogue again"), broken.err());
        assertEquals(1, broken.err().strip().lines().count(), broken.err());
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
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

    /** Exports the catalogue of a new centre, then puts a first edit in force (version 2). */
    private String centreAtVersionTwo(Path file) throws IOException {
        CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", dir.toString());
        CliTest.run("catalogue", "--export", file.toString(), "--data-dir", dir.toString());
        String csv = Files.readString(file).replaceFirst("(HEPB0,HEPB0,1,child,[^\\n]*?,)false,", "$1true,");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertEquals(0, CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString()).exit());
        return csv;
    }

    private java.util.List<vn.tramyte.vaccination.Vaccine> catalogueInForce() {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            assertEquals(2, s.vaccination().catalogueVersion());
            return s.vaccination().catalogue().all();
        }
    }

    @Test
    void aHeaderOnlyFileIsRefusedAndNoStartLaterPutsTheShippedCatalogueBack() throws IOException {
        Path file = dir.resolve("catalogue.csv");
        String csv = centreAtVersionTwo(file);
        java.util.List<vn.tramyte.vaccination.Vaccine> before = catalogueInForce();

        Files.writeString(file, csv.lines().findFirst().orElseThrow() + "\n", StandardCharsets.UTF_8);
        CliTest.Run empty = CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, empty.exit());
        assertEquals("tramyte: File catalogue.csv holds no dose (only the line of column names). Nothing changed: the "
                + "vaccine catalogue in force is kept. Export the catalogue (tramyte catalogue --export), edit it and "
                + "import again.", empty.err().strip());
        assertEquals(before, catalogueInForce(), "version 2 and its doses, also after the program started again");
        assertTrue(catalogueInForce().stream().anyMatch(v -> v.code().equals("HEPB0") && v.fullImmunization()));
    }

    @Test
    void aTrueFalseCellIsReadStrictlyAndAnythingElseIsRefusedByLineAndColumn() throws IOException {
        Path file = dir.resolve("catalogue.csv");
        String csv = centreAtVersionTwo(file);
        java.util.List<vn.tramyte.vaccination.Vaccine> before = catalogueInForce();
        for (String word : java.util.List.of("yes", "maybe")) {
            Files.writeString(file, csv.replaceFirst("(BCG,BCG,1,child,[^\\n]*?,)true,", "$1" + word + ","),
                    StandardCharsets.UTF_8);
            CliTest.Run refused = CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString(),
                    "--lang", "en");
            assertEquals(1, refused.exit(), refused.out());
            assertEquals("tramyte: File catalogue.csv, line 3, column full_immunization: “" + word + "” is neither true "
                    + "nor false. Nothing changed. Write true or false.", refused.err().strip());
            assertEquals(before, catalogueInForce(), "BCG stays in the fully immunized set");
        }
        Files.writeString(file, csv.replace(",true,", ",TRUE,"), StandardCharsets.UTF_8);
        assertEquals(0, CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString()).exit(),
                "capital letters are still true");
    }

    /** Issue 14 item 3, every column: a cell not of its column's form is refused by line and column. */
    @Test
    void everyTypedCellIsReadStrictlyAndABadOneIsNamedByLineAndColumn() throws IOException {
        Path file = dir.resolve("catalogue.csv");
        String csv = centreAtVersionTwo(file);
        java.util.List<vn.tramyte.vaccination.Vaccine> before = catalogueInForce();
        java.util.Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("dose", "một");
        bad.put("target", "em bé");
        bad.put("due_months", "2.5");
        bad.put("min_age_days", "sáu tuần");
        bad.put("min_interval_days", "28 ngày");
        bad.put("max_age_days", "x");
        bad.put("born_from", "2025-13-01");
        bad.put("protection_years", "mãi mãi");
        for (java.util.Map.Entry<String, String> cell : bad.entrySet()) {
            java.util.List<org.apache.commons.csv.CSVRecord> records;
            try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .build().parse(new java.io.StringReader(csv))) {
                records = parser.getRecords();
            }
            java.util.List<String> header = records.get(0).getParser().getHeaderNames();
            StringBuilder out = new StringBuilder();
            long badLine = 0;
            try (var printer = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                    .setHeader(header.toArray(String[]::new)).build().print(out)) {
                for (org.apache.commons.csv.CSVRecord r : records) {
                    java.util.List<String> values = new java.util.ArrayList<>(r.toList());
                    if (badLine == 0 && r.get("code").equals("BCG")) {
                        values.set(header.indexOf(cell.getKey()), cell.getValue());
                        badLine = r.getRecordNumber() + 1; // the line of column names is line 1
                    }
                    printer.printRecord(values);
                }
            }
            Files.writeString(file, out, StandardCharsets.UTF_8);
            CliTest.Run refused = CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString(),
                    "--lang", "en");
            assertEquals(1, refused.exit(), cell.getKey() + ": " + refused.out());
            assertTrue(refused.err().startsWith("tramyte: File catalogue.csv, line " + badLine + ", column "
                    + cell.getKey() + ": “" + cell.getValue() + "”"), refused.err());
            assertTrue(refused.err().contains("Nothing changed."), refused.err());
            assertEquals(before, catalogueInForce(), cell.getKey());
        }
    }

    @Test
    void aFileSavedAsWindows1258IsToldAsImportCsvTellsIt() throws IOException {
        Path file = dir.resolve("catalogue.csv");
        String csv = centreAtVersionTwo(file);
        Files.write(file, csv.replace("Lao (BCG)", "Lao phổi (BCG)").getBytes(java.nio.charset.Charset.forName("windows-1258")));
        CliTest.Run refused = CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().startsWith("tramyte: catalogue.csv, line 2: The file is not saved as UTF-8"),
                refused.err());
        catalogueInForce();
    }

    @Test
    void aNameThatASpreadsheetWouldRunIsExportedBehindAnApostropheAndReadBackAsTyped() throws IOException {
        Path file = dir.resolve("catalogue.csv");
        String csv = centreAtVersionTwo(file);
        String formula = "=cmd|' /C calc'!A0";
        Files.writeString(file, csv.replace("BCG (tuberculosis)", formula), StandardCharsets.UTF_8);
        assertEquals(0, CliTest.run("catalogue", "--import", file.toString(), "--data-dir", dir.toString()).exit());
        Path exported = dir.resolve("again.csv");
        assertEquals(0, CliTest.run("catalogue", "--export", exported.toString(), "--data-dir", dir.toString()).exit());
        String written = Files.readString(exported);
        assertTrue(written.contains("'=cmd|' /C calc'!A0"), written);
        assertTrue(!written.contains(",=cmd") && !written.contains(",\"=cmd"), "no cell starts with =: " + written);
        assertEquals(0, CliTest.run("catalogue", "--import", exported.toString(), "--data-dir", dir.toString()).exit());
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            assertEquals(formula, s.vaccination().catalogue().byCode("BCG").orElseThrow().nameEn());
        }
    }
}
