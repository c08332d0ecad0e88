package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.place.CodeList;
import vn.tramyte.report.ReportCentre;
import vn.tramyte.report.ReportFixture;
import vn.tramyte.report.ReportRow;
import vn.tramyte.report.ui.RecordsViewModel;
import vn.tramyte.report.ui.ReportsFiles;
import vn.tramyte.report.ui.ReportsView;
import vn.tramyte.report.ui.TargetsViewModel;
import vn.tramyte.testing.TestStation;

/**
 * The Reports page in the real window at 1366x768: at a station (ReportFixture's registers) a
 * cell is read and the records behind it opened; at a centre that has Mường Kim's package, the
 * communes' table with its targets, the chart, and a target changed in place.
 */
class ReportsWindowTest extends WindowTest {
    @TempDir
    Path dir;

    private Node openReports(Path data, String language) throws Exception {
        startWindow(data, language);
        clickOn((Node) waitFor("#nav-reports"));
        Node page = waitFor("#reportsPage");
        resizeWindow(1366, 768);
        return page;
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String combo, T value) throws Exception {
        ComboBox<T> box = waitFor(combo);
        interact(() -> box.setValue(value));
    }

    /** Scrolls the table to a place's row (only the rows in view have cells). */
    private void scrollTo(String place) throws Exception {
        TableView<ReportRow> table = waitFor("#reportTable");
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.place().name().equals(place)));
        interact(() -> table.getItems().stream().filter(r -> r.place().name().equals(place)).findFirst()
                .ifPresent(table::scrollTo));
    }

    /** The value cell of an indicator and population in the row of a place. */
    private TableCell<?, ?> valueCell(String place, String column) throws Exception {
        scrollTo(place);
        return lookup("#reportTable .table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && column.equals(c.getTableColumn().getId())
                && c.getTableRow() != null && c.getTableRow().getItem() != null
                && place.equals(((ReportRow) c.getTableRow().getItem()).place().name())).query();
    }

    private void waitForCell(String place, String column, String text) throws Exception {
        scrollTo(place);
        waitUntil(() -> lookup("#reportTable .table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && column.equals(c.getTableColumn().getId())
                && c.getTableRow() != null && c.getTableRow().getItem() != null
                && place.equals(((ReportRow) c.getTableRow().getItem()).place().name())
                && text.equals(c.getText())).tryQuery().isPresent());
    }

    @Test
    void atAStationTheCommunesCellOpensThePeopleBehindIt() throws Exception {
        Path station = dir.resolve("station");
        try (Services s = TestStation.station(station)) {
            ReportFixture.importInto(s, dir.resolve("registers"));
        }
        Node page = openReports(station, "vi");
        Label heading = waitFor("#reportHeading");
        waitUntil(() -> heading.getText().equals("Năm 2026"));
        choose("#reportYear", 2025);
        waitUntil(() -> heading.getText().equals("Năm 2025"));
        waitForCell("Xã Mường Kim", "cell-imr-all", "333,3*");
        screenshot(page.getScene(), "report-station-table-vi");
        TableCell<?, ?> imr = valueCell("Xã Mường Kim", "cell-imr-all");
        assertTrue(imr.getTooltip().getText().contains("Tử số/mẫu số: 2/6"), imr.getTooltip().getText());

        // the page asks where to write a file; the test answers as a user picking one would
        List<String> asked = new java.util.ArrayList<>();
        ReportsView.useFiles(page, new ReportsFiles() {
            @Override
            public Optional<Path> open(Window owner, String title, String filterName, String extension) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(Window owner, String title, String fileName, String filterName,
                                       String extension) {
                asked.add(title + ": " + fileName);
                return Optional.of(dir.resolve(fileName));
            }
        });
        clickOn(imr);
        TableView<RecordsViewModel.Line> records = waitFor("#recordsTable");
        waitUntil(() -> records.getItems().size() == 8);
        Label counts = lookup("#recordsCounts").query();
        assertEquals("Tử số: 2 · Mẫu số: 6 · Tỷ lệ: 333,3‰ · 8 hồ sơ được xem xét", counts.getText());
        assertEquals(2, records.getItems().stream().filter(RecordsViewModel.Line::numerator).count());
        assertEquals(6, records.getItems().stream().filter(l -> l.inDenominator().equals("Có")).count());
        assertEquals(List.of("Lò Văn Tú", "Lường Văn Bình"), records.getItems().stream()
                .filter(RecordsViewModel.Line::numerator).map(RecordsViewModel.Line::name).sorted().toList());
        screenshot(records.getScene(), "report-station-records-vi");
        assertNothingCut(records.getScene());
        clickOn("#recordsPrint");
        Label printed = waitFor("#recordsMessage");
        waitUntil(() -> printed.getText().startsWith("Đã lưu danh sách ra tệp "));
        assertTrue(Files.size(dir.resolve("ds-imr-all-2025.pdf")) > 0);
        clickOn("#recordsNumeratorOnly");
        waitUntil(() -> records.getItems().size() == 2);
        clickOn("#recordsClose");
        waitUntil(() -> lookup("#recordsTable").tryQuery().isEmpty());

        clickOn("#reportExport-xlsx");
        Label exported = waitFor("#reportExported");
        waitUntil(() -> exported.getText().startsWith("Đã xuất báo cáo ra tệp "));
        assertTrue(Files.size(dir.resolve("bao-cao-2025-all.xlsx")) > 0);
        assertEquals(List.of("In danh sách (PDF)…: ds-imr-all-2025.pdf", "Xuất báo cáo: Excel…: bao-cao-2025-all.xlsx"),
                asked);

        // from the keyboard: Enter on a focused cell opens its records too
        TableView<ReportRow> table = lookup("#reportTable").query();
        TableCell<?, ?> anc3 = valueCell("Xã Mường Kim", "cell-anc3-all");
        interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(anc3.getIndex(), (javafx.scene.control.TableColumn<ReportRow, ?>)
                    anc3.getTableColumn());
        });
        type(javafx.scene.input.KeyCode.ENTER);
        Label title = waitFor("#recordsTitle");
        assertEquals("Tỷ lệ phụ nữ đẻ được khám thai ≥ 3 lần trong 3 thời kỳ (%) · Xã Mường Kim · Năm 2025 · Chung",
                title.getText());
        TableView<RecordsViewModel.Line> women = lookup("#recordsTable").query();
        assertEquals(4, women.getItems().size(), "four women delivering");
        clickOn("#recordsClose");
        waitUntil(() -> lookup("#recordsTable").tryQuery().isEmpty());

        choose("#reportPopulation", vn.tramyte.report.ui.ReportTableViewModel.Shown.BOTH);
        waitForCell("Xã Mường Kim", "cell-imr-dtts", "500,0*");
        screenshot(page.getScene(), "report-station-both-vi");

        clickOn("#tabReportChart");
        waitFor("#chartBars");
        waitUntil(() -> ((Label) lookup("#chartLineTitle").query()).getText()
                .equals("Xã Mường Kim: theo quý năm 2025 · Chung"));
        screenshot(page.getScene(), "report-station-chart-vi");
        clickOn("#tabReportTargets");
        Label summary = waitFor("#targetsSummary");
        waitUntil(() -> summary.getText().startsWith("Bộ chỉ tiêu do trung tâm gửi"));
        assertTrue(lookup("#targetsImport").tryQuery().isEmpty(), "a station does not change its centre's targets");
    }

    @Test
    void atACentreTheCommunesStandBesideTheirTargetsAndATargetIsChangedInPlace() throws Exception {
        Path centre = ReportCentre.make(dir.resolve("world"));
        Node page = openReports(centre, "en");
        Label heading = waitFor("#reportHeading");
        waitUntil(() -> heading.getText().equals("Year 2026 · by the 2025 communes"));
        choose("#reportYear", 2025);
        choose("#reportCodeList", CodeList.Y2024);
        waitUntil(() -> heading.getText().equals("Year 2025 · by the 2024 communes"));
        Label complete = lookup("#reportCompleteness").query();
        waitUntil(() -> complete.getText().equals("1/12 communes have data up to the end of the period."));
        waitForCell("Xã Mường Kim", "cell-imr-all", "333.3* ✗");
        assertTrue(valueCell("Xã Mường Kim", "cell-imr-all").getStyleClass().contains("verdict-misses"));
        assertTrue(valueCell("Xã Mường Kim", "cell-anc3-all").getStyleClass().contains("verdict-not-conclusive"));
        assertTrue(lookup("#reportPlaces .table-cell").match(n -> n instanceof TableCell<?, ?> c
                && "⚠ no data yet".equals(c.getText())).tryQuery().isPresent());
        screenshot(page.getScene(), "report-centre-table-en");

        clickOn("#tabReportChart");
        waitFor("#chartBars");
        screenshot(page.getScene(), "report-centre-chart-en");

        clickOn("#tabReportTargets");
        TableView<TargetsViewModel.Line> targets = waitFor("#targetsTable");
        waitUntil(() -> targets.getItems().size() == 5);
        screenshot(page.getScene(), "report-centre-targets-en");
        // the export asks where to write, as a user picking a file would answer
        List<String> asked = new java.util.ArrayList<>();
        ReportsView.useFiles(page, new ReportsFiles() {
            @Override
            public Optional<Path> open(Window owner, String title, String filterName, String extension) {
                asked.add(title);
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(Window owner, String title, String fileName, String filterName,
                                       String extension) {
                asked.add(title + ": " + fileName);
                return Optional.of(dir.resolve(fileName));
            }
        });
        clickOn("#targetsExport");
        Label message = waitFor("#targetsMessage");
        waitUntil(() -> message.getText().startsWith("Targets exported to "));
        assertEquals(List.of("Export targets file…: chi-tieu-ke-hoach.csv"), asked);
        assertTrue(Files.readString(dir.resolve("chi-tieu-ke-hoach.csv")).contains("2024,03637,Xã Mường Kim,2025,imr,all,max,20"));
        clickOn("#targetsImport");
        assertEquals(2, asked.size(), "a cancelled choice imports nothing");
        TableCell<?, ?> imrTarget = lookup("#targetsTable .table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && "targetsValue".equals(c.getTableColumn().getId())
                && c.getTableRow() != null && c.getTableRow().getItem() instanceof TargetsViewModel.Line l
                && l.target().placeCode().equals("03637") && l.year().equals("2025")
                && l.target().indicator() == vn.tramyte.plan.Indicator.IMR).query();
        doubleClickOn(imrTarget);
        javafx.scene.control.TextField editor = waitFor("#targetsTable .text-field");
        interact(() -> editor.setText("400"));
        clickOn(editor).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> message.getText().startsWith("Target changed: Xã Mường Kim, 2025"));
        assertTrue(message.getText().endsWith("Targets version 2 is in force."), message.getText());

        clickOn("#tabReportTable");
        waitForCell("Xã Mường Kim", "cell-imr-all", "333.3* ✓");
    }

    /** Writes the scene to target/screenshots/NAME.png when asked ({@code -Dtramyte.screenshots=true}). */
    private void screenshot(Scene scene, String name) {
        interact(() -> ScreenCheck.screenshot(scene, name));
    }

    /** The texts cut on a window (a label drawn with "…"), none expected. */
    private void assertNothingCut(Scene scene) {
        List<String> cut = new java.util.ArrayList<>();
        interact(() -> cut.addAll(ScreenCheck.cutTexts(scene.getRoot())));
        assertTrue(cut.isEmpty(), "texts cut:\n" + String.join("\n", cut));
    }
}
