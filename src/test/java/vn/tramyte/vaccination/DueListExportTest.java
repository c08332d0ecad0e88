package vn.tramyte.vaccination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.vaccination.Fixtures.CATALOGUE;
import static vn.tramyte.vaccination.Fixtures.date;
import static vn.tramyte.vaccination.Fixtures.dose;
import static vn.tramyte.vaccination.Fixtures.recorded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.common.Messages;
import vn.tramyte.testing.PdfText;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.XlsxCells;

/** A centre's due list written to files: the commune named, page numbers, the header on every page. */
class DueListExportTest {
    private static final String CENTRE_ALL = "Trung tâm Y tế Than Uyên – tất cả 12 trạm y tế xã";
    @TempDir
    Path dir;

    /**
     * Children of two communes born on 1 April 2026 with their birth doses (four doses due each on
     * 10 June), three in Bản Mè and the others in Bản Đốc, as the service orders them.
     */
    private static DueList twoCommunes(int childrenPerCommune) {
        List<DueListChild> children = new ArrayList<>();
        for (String commune : List.of("Mường Kim", "Tà Mung")) {
            for (int i = 1; i <= childrenPerCommune; i++) {
                String surname = commune.equals("Mường Kim") ? "Lò" : "Hoàng";
                children.add(new DueListChild(UUID.randomUUID().toString(), surname + " Văn An " + i,
                        date("2026-04-01"), i <= 3 ? "Bản Mè" : "Bản Đốc", surname + " Thị Hoa " + i,
                        recorded(date("2026-04-01"), dose("BCG", "2026-04-01"), dose("HEPB0", "2026-04-01")),
                        commune));
            }
        }
        return DueList.compute(children, CATALOGUE, date("2026-06-10"));
    }

    private static DueListExport.Context centre() {
        return new DueListExport.Context(CENTRE_ALL, "Tất cả thôn/bản", true, TestClock.TODAY);
    }

    @Test
    void aTwoPageListAtACentreNamesItsCommunesNumbersItsPagesAndRepeatsItsHeader() throws Exception {
        DueList list = twoCommunes(5);
        Path pdf = dir.resolve("den-han.pdf");
        new DueListExport(Messages.forLanguage("vi")).write(list, list.rows(), centre(), ExportFormat.PDF, pdf);
        List<String> pages = PdfText.pages(pdf);
        assertEquals(2, pages.size(), String.join("\n=====\n", pages));
        assertTrue(pages.get(0).contains(CENTRE_ALL), pages.get(0));
        assertTrue(pages.get(0).contains("Trang 1/2") && pages.get(1).contains("Trang 2/2"), pages.get(1));
        assertTrue(pages.get(0).contains("In ngày 22/11/2026"), pages.get(0));
        assertTrue(pages.get(1).replaceAll("\\s", "").contains("HọvàtênNgàysinhHọtênmẹVắcxinNgàyđếnhạn"),
                "the header on page 2: " + pages.get(1));
        String all = String.join("\n", pages);
        assertTrue(all.contains("Mường Kim – Bản Đốc (2 trẻ)") && all.contains("Tà Mung – Bản Mè (3 trẻ)"), all);
        assertTrue(all.contains("01/04/2026") && all.contains("01/06/2026"), "dates whole: " + all);
    }

    @Test
    void theSpreadsheetAtACentreStartsWithTheCommuneAndHoldsNoInternalId() throws Exception {
        DueList list = twoCommunes(1);
        Path xlsx = dir.resolve("den-han.xlsx");
        new DueListExport(Messages.forLanguage("vi")).write(list, list.rows(), centre(), ExportFormat.XLSX, xlsx);
        List<List<String>> cells = XlsxCells.firstSheet(xlsx);
        assertEquals(List.of("Xã", "Thôn/bản", "Họ và tên", "Ngày sinh", "Họ tên mẹ", "Vắc xin", "Ngày đến hạn",
                "Tình trạng"), cells.get(0));
        assertEquals(List.of("Mường Kim", "Bản Mè", "Lò Văn An 1"), cells.get(1).subList(0, 3));
        assertEquals("Tà Mung", cells.get(cells.size() - 1).get(0));
        List<String> ids = list.rows().stream().map(r -> r.child().id()).toList();
        assertTrue(cells.stream().flatMap(List::stream).noneMatch(ids::contains), "no person id");
    }

    @Test
    void theCsvKeepsItsContractColumnsAtACentre() throws Exception {
        DueList list = twoCommunes(1);
        Path csv = dir.resolve("den-han.csv");
        new DueListExport(Messages.forLanguage("vi")).write(list, list.rows(), centre(), ExportFormat.CSV, csv);
        assertEquals("person_ref,full_name,birth_date,village,mother_name,vaccine,due_date,status",
                Files.readAllLines(csv).get(0));
    }
}
