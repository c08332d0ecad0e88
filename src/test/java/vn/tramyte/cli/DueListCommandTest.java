package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.testing.TestPeople;

class DueListCommandTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;
    String childId;

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @BeforeEach
    void stationWithTwoVillages() {
        try (Services s = TestStation.station(dir)) {
            UUID mother = s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Bản Đốc");
            UUID baby = s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn An", Sex.MALE,
                    LocalDate.of(2026, 10, 5), false, "03", s.places().ownVillages().get(0).id(), mother, null, null,
                    null));
            childId = baby.toString();
            s.vaccination().record(TestStation.WORKER, baby, List.of(GivenDose.at("BCG", LocalDate.of(2026, 10, 6)),
                    GivenDose.at("HEPB0", LocalDate.of(2026, 10, 6))));
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Hà Thị Lan", Sex.FEMALE,
                    LocalDate.of(2026, 1, 10), false, "03", null, null, null, null, null), "Nậm Mở");
        }
    }

    @Test
    void theCsvHasTheContractColumnsAndOneRowPerChildAndVaccineDue() throws Exception {
        Path csv = out.resolve("due.csv");
        CliTest.Run r = run("due-list", "--date", "2026-12-05", "--village", "Bản Đốc", "--format", "csv", "--out",
                csv.toString(), "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("person_ref,full_name,birth_date,village,mother_name,vaccine,due_date,status", lines.get(0));
        assertTrue(lines.contains(childId + ",Lò Văn An,2026-10-05,Bản Đốc,Lò Thị Hoa,PENTA1,2026-12-05,due"),
                String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("Hà Thị Lan")), "other village left out");
        assertEquals("Wrote " + (lines.size() - 1) + " rows to " + csv, r.out().trim());
    }

    @Test
    void aChildFromAnImportFileIsListedByTheFilesRefAndOthersByTheirId() throws Exception {
        Path persons = Files.writeString(out.resolve("persons.csv"), "ref,full_name,sex,birth_date,ethnicity,"
                + "village,mother_ref,personal_id,insurance_no,phone\nMK-0042,Lò Thị Pọm,F,03/10/2026,Thái,Bản Đốc,,,,\n");
        CliTest.Run imported = run("import-csv", "--data-dir", dir.toString(), persons.toString());
        assertEquals(0, imported.exit(), imported.err());
        Path csv = out.resolve("due.csv");
        CliTest.Run r = run("due-list", "--date", "2026-12-05", "--village", "Bản Đốc", "--format", "csv", "--out",
                csv.toString(), "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("MK-0042,Lò Thị Pọm,2026-10-03,Bản Đốc,")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(childId + ",Lò Văn An,")), String.join("\n", lines));
    }

    @Test
    void overdueWeeksKeepsOnlyTheDefaulters() throws Exception {
        Path csv = out.resolve("late.csv");
        CliTest.Run r = run("due-list", "--date", "2026-12-05", "--overdue-weeks", "4", "--format", "csv", "--out",
                csv.toString(), "--data-dir", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.size() > 1);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("Hà Thị Lan") && l.endsWith(",overdue")),
                String.join("\n", lines));
    }

    @Test
    void xlsxAndPdfAreWritten() throws Exception {
        Path xlsx = out.resolve("due.xlsx");
        assertEquals(0, run("due-list", "--date", "2026-12-05", "--format", "xlsx", "--out", xlsx.toString(),
                "--data-dir", dir.toString()).exit());
        // the spreadsheet is for a health worker: her column names, no internal id (first column the village)
        List<List<String>> cells = vn.tramyte.testing.XlsxCells.firstSheet(xlsx);
        assertEquals(List.of("Thôn/bản", "Họ và tên", "Ngày sinh", "Họ tên mẹ", "Vắc xin", "Ngày đến hạn",
                "Tình trạng"), cells.get(0));
        assertTrue(cells.stream().anyMatch(r -> r.get(0).equals("Bản Đốc") && r.get(1).equals("Lò Văn An")),
                cells.toString());
        assertTrue(cells.stream().flatMap(List::stream).noneMatch(c -> c.equals(childId)), "no person id");
        Path pdf = out.resolve("due.pdf");
        CliTest.Run r = run("due-list", "--date", "2026-12-05", "--format", "PDF", "--out", pdf.toString(),
                "--data-dir", dir.toString());
        assertEquals(0, r.exit(), r.err());
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("DejaVuSans"), "the font is embedded");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(bytes))
                .getTextFromPage(1);
        assertTrue(text.contains("Lò Văn An") && text.contains("Bản Đốc"), text);
        assertTrue(text.contains("Trạm Y tế Mường Kim") && text.contains("In ngày 22/11/2026")
                && text.contains("Trang 1/1"), "the station, the day printed and the page: " + text);
    }

    @Test
    void aVillageNamedLikeAFormulaIsWrittenSoThatNoSpreadsheetRunsIt() throws Exception {
        try (Services s = TestStation.open(dir)) {
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Minh", Sex.MALE, LocalDate.of(2026, 9, 1),
                    false, "03", null, null, null, null, null), "=cmd|' /C calc'!A0");
        }
        Path csv = out.resolve("due.csv");
        CliTest.Run r = run("due-list", "--date", "05/12/2026", "--format", "csv", "--out", csv.toString(),
                "--data-dir", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> minh = Files.readAllLines(csv).stream().filter(l -> l.contains("Lò Văn Minh")).toList();
        assertTrue(!minh.isEmpty(), "the child is due");
        for (String line : minh) {
            assertTrue(line.contains(",Lò Văn Minh,2026-09-01,'=cmd|' /C calc'!A0,"), line);
        }
    }

    @Test
    void anUnknownVillageOrFormatIsRefusedWithTheChoices() {
        CliTest.Run r = run("due-list", "--date", "2026-12-05", "--village", "Bản Xa", "--format", "csv", "--out",
                out.resolve("x.csv").toString(), "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(Cli.USER_ERROR, r.exit());
        assertTrue(r.err().contains("the station has no village \"Bản Xa\". The station's villages: Bản Đốc, Nậm Mở"),
                r.err());
        CliTest.Run f = run("due-list", "--date", "2026-12-05", "--format", "doc", "--out", out.resolve("x.doc").toString(),
                "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(Cli.USER_ERROR, f.exit());
        assertTrue(f.err().contains("\"doc\" is not a supported format"), f.err());
    }
}
