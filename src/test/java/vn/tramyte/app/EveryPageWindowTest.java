package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tramyte.demo.DemoService;
import vn.tramyte.testing.TestClock;

/**
 * Every page of the main window, and every tab of it, opens at a centre, at a station and at the province in
 * both languages, and at 1366×768 (the common station laptop) no text on it is cut; the people
 * page is whole at the window's minimum size (900×600) too.
 * With {@code -Dtramyte.screenshots=true} each screen is written to target/screenshots.
 */
class EveryPageWindowTest extends WindowTest {
    @TempDir
    static Path folders;

    /** The demos are built once for the class (through the services: it is slow, not what is tested). */
    @BeforeAll
    static void buildDemos() {
        try (Services s = vn.tramyte.testing.TestStation.open(folders.resolve("centre"));
             Services province = vn.tramyte.testing.TestStation.open(folders.resolve("province"))) {
            s.demo().create();
            // the province (decision 0016) has received the demo centre's upward package
            province.setup().setUp(vn.tramyte.place.Mode.PROVINCE, vn.tramyte.place.CodeList.Y2024, "12",
                    vn.tramyte.testing.TestStation.admin("Giàng Thị Dung"));
            var e = province.sync().enrolCentre("110", folders.resolve("enrol"));
            s.sync().joinProvince(e.file(), e.code());
            province.sync().importFile(s.sync().exportUpward(folders.resolve("usb"), false));
        }
        try (Services s = vn.tramyte.testing.TestStation.open(folders.resolve("station"))) {
            s.demo().create(DemoService.STATION_DEMO);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"vi, centre", "en, centre", "vi, station", "en, station", "vi, province", "en, province"})
    void everyPageOpensAndNothingOnItIsCut(String language, String mode) throws Exception {
        startWindow(folders.resolve(mode), language);
        List<Throwable> failures = catchFxFailures();
        resizeWindow(1366, 768);
        waitFor("#placeName");
        waitUntilIdle();
        assertEquals(1366, stage.getScene().getWidth(), 0.5);
        assertEquals(768, stage.getScene().getHeight(), 0.5);
        BorderPane main = lookup(".main-window").query();
        List<String> cut = new ArrayList<>();
        Node before = null;
        for (Feature feature : Feature.values()) {
            String page = feature.name().toLowerCase(Locale.ROOT);
            clickOn("#nav-" + page);
            assertTrue(failures.isEmpty(), "the page " + page + " does not open: " + failures);
            Node shown = main.getCenter();
            assertNotNull(shown, page);
            if (before != null) {
                assertNotSame(before, shown, "the page " + page + " does not open: the previous page stays");
            }
            before = shown;
            waitUntilIdle();
            String name = language + "-" + mode + "-" + page;
            TabPane tabs = shown instanceof TabPane t ? t : (TabPane) shown.lookup(".tab-pane");
            if (tabs == null) {
                check(name, cut);
                chooseAndCheck(shown, name, cut);
                continue;
            }
            for (Tab tab : tabs.getTabs()) {
                interact(() -> tabs.getSelectionModel().select(tab));
                waitUntilIdle();
                String tabName = name + "-" + (tab.getId() == null ? tabs.getTabs().indexOf(tab) : tab.getId());
                check(tabName, cut);
                chooseAndCheck(tab.getContent(), tabName, cut);
            }
            assertTrue(failures.isEmpty(), "the page " + page + " fails: " + failures);
        }
        // at the window's minimum size the people page (the first one a station opens) is whole too
        resizeWindow(900, 600);
        clickOn("#nav-people");
        waitUntilIdle();
        check(language + "-" + mode + "-people-900x600", cut);
        assertTrue(cut.isEmpty(), "texts cut:\n" + String.join("\n", cut));
    }

    /** The lists whose chosen line fills the rest of the page (a household, a card, a chart). */
    private static final Set<String> MASTER_LISTS = Set.of("peopleTable", "pregnantTable", "screeningTable",
            "malnourishedTable");

    /** Chooses what a user would choose first on the page, and checks the page again with it shown. */
    private void chooseAndCheck(Node content, String name, List<String> cut) throws Exception {
        if (content.lookup("#vaxSearch") instanceof TextField search && search.isVisible()) {
            // a child born in 2022: the card has given, due and overdue doses
            interact(() -> search.setText("2022"));
            ListView<?> results = lookup("#vaxResults").query();
            waitUntil(() -> !results.getItems().isEmpty());
            interact(search::requestFocus);
            type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
        } else {
            boolean chosen = false;
            for (Node n : content.lookupAll(".table-view")) {
                if (n instanceof TableView<?> table && MASTER_LISTS.contains(table.getId())
                        && !table.getItems().isEmpty()) {
                    interact(() -> table.getSelectionModel().selectFirst());
                    chosen = true;
                }
            }
            if (!chosen) {
                return;
            }
        }
        waitUntilIdle();
        check(name + "-chosen", cut);
    }

    private void check(String name, List<String> cut) {
        interact(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            ScreenCheck.cutTexts(root).forEach(line -> cut.add(name + ": " + line));
            ScreenCheck.screenshot(stage.getScene(), name);
        });
    }

    @org.junit.jupiter.api.AfterEach
    void stopCatching() {
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
    }

    /** An exception on the FX thread (a page that cannot be built) is kept for the test to report. */
    List<Throwable> catchFxFailures() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            e.printStackTrace();
            failures.add(e);
        }));
        return failures;
    }
}
