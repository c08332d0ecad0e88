package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.sync.StationSyncStatus;
import vn.tramyte.sync.SyncService;
import vn.tramyte.sync.ui.SyncFiles;
import vn.tramyte.sync.ui.SyncView;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/**
 * The centre's sync page in the real window: Mường Kim's package imported, its report read and
 * printed, and a mother moved with her son to Tà Gia. The choosers answer with real files.
 */
class SyncWindowTest extends WindowTest {
    private static final String TA_GIA = "03640";

    @TempDir
    Path dir;

    private Path centre;
    private Path pkg;

    /** Answers the page's questions for files with the test's folder, as a user picking them would. */
    private final class Answers implements SyncFiles {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<Path> packages(Window owner, String title, String filterName) {
            asked.add(title);
            return List.of(pkg);
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            asked.add(title);
            return Optional.of(dir.resolve("usb"));
        }

        @Override
        public Optional<Path> savePdf(Window owner, String title, String fileName) {
            asked.add(title + ": " + fileName);
            return Optional.of(dir.resolve("printed").resolve(fileName));
        }
    }

    @BeforeEach
    void centreWithTwoEnrolledStations() throws Exception {
        centre = dir.resolve("centre");
        try (Services c = TestStation.centre(centre); Services muongKim = TestStation.station(dir.resolve("muongkim"));
             Services taGia = vn.tramyte.testing.TestStation.open(dir.resolve("tagia"))) {
            SyncService.Enrolment e = c.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
            muongKim.sync().setUpFromEnrolment(e.file(), e.code(), null);
            taGia.setup().setUp(Mode.STATION, CodeList.Y2024, TA_GIA, vn.tramyte.testing.TestStation.admin("Lường Thị Xuân"));
            c.sync().enrol(TA_GIA, dir.resolve("enrol"));
            var mother = muongKim.people().save(TestStation.WORKER,
                    TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
            muongKim.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Khánh", Sex.MALE,
                    LocalDate.of(2025, 6, 1), false, "03", null, mother, null, null, null));
            pkg = muongKim.sync().export(dir.resolve("usb"));
        }
        Files.createDirectories(dir.resolve("printed"));
    }

    private Answers openSyncPage(String language) throws Exception {
        startWindow(centre, language);
        clickOn((javafx.scene.Node) waitFor("#nav-sync"));
        Answers answers = new Answers();
        SyncView.useFiles(waitFor("#syncPage"), answers);
        return answers;
    }

    /** The texts of a table's cells as shown. */
    private List<String> cells(String table) {
        return lookup(table + " .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null).toList();
    }

    /** The cell of a table showing a text (the search field may show the same text). */
    private javafx.scene.Node cell(String table, String text) {
        return lookup(table + " .table-cell").match(n -> text.equals(((javafx.scene.control.Labeled) n).getText()))
                .query();
    }

    /** An item of the open drop-down list (the stations table shows the same text). */
    private javafx.scene.Node choice(String text) throws Exception {
        waitUntil(() -> lookup(".list-cell").match(n -> text.equals(((javafx.scene.control.Labeled) n).getText())
                && n.isVisible()).tryQuery().isPresent());
        return lookup(".list-cell").match(n -> text.equals(((javafx.scene.control.Labeled) n).getText())
                && n.isVisible()).query();
    }

    private static StationSyncStatus line(TableView<StationSyncStatus> stations, String code) {
        return stations.getItems().stream().filter(s -> s.stationCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aStationsPackageImportedUpdatesItsLineAndItsReportNamesTheRecordsAndPrints() throws Exception {
        Answers answers = openSyncPage("vi");
        TableView<StationSyncStatus> stations = waitFor("#syncStations");
        waitUntil(() -> !stations.getItems().isEmpty());
        assertEquals(0, line(stations, TestStation.MUONG_KIM).lastPackageNo());

        clickOn("#syncImportFiles");
        waitUntil(() -> line(stations, TestStation.MUONG_KIM).lastPackageNo() == 1);
        assertTrue(line(stations, TestStation.MUONG_KIM).receivedSeq() > 0);
        // what came, for a statistician: packages and records, not a change counter
        waitUntil(() -> cells("#syncStations").contains("1 gói · 3 bản ghi"));
        assertTrue(cells("#syncStations").contains("chưa gửi phản hồi"), cells("#syncStations").toString());
        Label result = lookup("#syncResult").query();
        waitUntil(() -> result.getText().contains("Người dân: mới 2, cập nhật 0, không đổi 0, từ chối 0"));
        assertTrue(result.getText().contains("Thôn/bản: mới 1"), result.getText());
        assertTrue(!result.getText().contains("person:"), result.getText());
        TableView<SyncService.ReceivedPackage> reports = lookup("#syncReports").query();
        waitUntil(() -> reports.getItems().size() == 1);
        waitUntil(() -> cells("#syncReports").contains("Thôn/bản 1/0/0/0 · Người dân 2/0/0/0"));

        assertTrue(lookup("#syncPrintReport").queryButton().isDisabled(), "nothing chosen to print");
        clickOn(cell("#syncReports", pkg.getFileName().toString()));
        clickOn("#syncPrintReport");
        Path pdf = dir.resolve("printed").resolve("bao-cao-nhan-03637-0001.pdf");
        waitUntil(() -> result.getText().equals("Đã lưu báo cáo nhận gói: " + pdf));
        assertTrue(Files.size(pdf) > 1000);
        assertTrue(answers.asked.contains("In báo cáo…: bao-cao-nhan-03637-0001.pdf"), answers.asked.toString());
    }

    @Test
    void aMotherFoundByNameIsMovedWithHerSonToTheStationChosenAfterConfirming() throws Exception {
        openSyncPage("vi");
        clickOn("#syncImportFiles");
        TableView<StationSyncStatus> stations = waitFor("#syncStations");
        waitUntil(() -> line(stations, TestStation.MUONG_KIM).lastPackageNo() == 1);

        clickOn("Chuyển người dân sang trạm khác");
        TextField search = waitFor("#transferSearch");
        interact(() -> search.setText("Lò Thị Hoa"));
        clickOn("#transferFind");
        TableView<PersonRow> people = lookup("#transferPeople").query();
        waitUntil(() -> people.getItems().size() == 1);
        waitUntil(() -> cells("#transferPeople").contains("03637 Mường Kim"));
        clickOn(cell("#transferPeople", "Lò Thị Hoa"));

        ComboBox<StationSyncStatus> station = lookup("#transferStation").query();
        waitUntil(() -> !station.isDisabled() && station.getItems().size() == 1);
        clickOn(station);
        clickOn(choice("03640 Tà Gia"));
        Label confirm = lookup("#transferConfirmText").query();
        waitUntil(() -> confirm.getText().contains("Các con đi cùng mẹ (1): Lò Văn Khánh."));
        assertTrue(confirm.getText().startsWith("Chuyển Lò Thị Hoa (sinh 08/03/1996) từ trạm 03637 Mường Kim sang "
                + "trạm 03640 Tà Gia"), confirm.getText());

        clickOn("#transferConfirm");
        Label result = lookup("#transferResult").query();
        waitUntil(() -> result.getText().startsWith("Đã chuyển Lò Thị Hoa và 1 con sang trạm 03640 Tà Gia."));
        waitUntil(() -> people.getItems().size() == 2
                && people.getItems().stream().allMatch(p -> p.stationCode().equals(TA_GIA)));
        waitUntil(() -> cells("#transferPeople").contains("03640 Tà Gia") && cells("#transferPeople").contains("Lò Văn Khánh"));
        assertTrue(!result.getStyleClass().contains("error-text"));

        // her son went with her
        interact(() -> search.setText("Khánh"));
        clickOn("#transferFind");
        waitUntil(() -> people.getItems().size() == 1 && people.getItems().get(0).fullName().equals("Lò Văn Khánh"));
        assertEquals(TA_GIA, people.getItems().get(0).stationCode(), "he moved with his mother");
    }

    @Test
    void aChildChosenAloneIsRefusedWithTheReasonInEnglish() throws Exception {
        openSyncPage("en");
        clickOn("#syncImportFiles");
        TableView<StationSyncStatus> stations = waitFor("#syncStations");
        waitUntil(() -> line(stations, TestStation.MUONG_KIM).lastPackageNo() == 1);
        clickOn("Move a person to another station");
        TextField search = waitFor("#transferSearch");
        interact(() -> search.setText("Khánh"));
        clickOn("#transferFind");
        TableView<PersonRow> people = lookup("#transferPeople").query();
        waitUntil(() -> people.getItems().size() == 1);
        clickOn(cell("#transferPeople", "Lò Văn Khánh"));
        ComboBox<StationSyncStatus> station = lookup("#transferStation").query();
        waitUntil(() -> !station.isDisabled());
        clickOn(station);
        clickOn(choice("03640 Tà Gia"));
        clickOn("#transferConfirm");
        Label result = lookup("#transferResult").query();
        waitUntil(() -> result.getStyleClass().contains("error-text"));
        assertEquals(vn.tramyte.common.Messages.forLanguage("en").get("sync.error.moveTheMother"), result.getText());
        assertEquals(TestStation.MUONG_KIM, people.getItems().get(0).stationCode());
    }
}
