package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.death.DeathRow;
import vn.tramyte.person.PersonRow;
import vn.tramyte.place.Communes;
import vn.tramyte.place.Village;
import vn.tramyte.testing.TestStation;
import vn.tramyte.vaccination.ui.DueLine;

/** At the centre demo, a statistician chooses one commune on the due list and on the death register. */
class CentreListsWindowTest extends WindowTest {
    private static final String MUONG_KIM = "03637";
    @TempDir
    Path dir;
    Communes communes;
    List<String> muongKimVillages;

    @BeforeEach
    void centreDemo() {
        try (Services s = TestStation.open(dir)) {
            s.demo().create();
            communes = s.places().communes();
            muongKimVillages = s.places().villages(MUONG_KIM).stream().map(Village::name).sorted().toList();
        }
    }

    /** Opens a combo box and clicks the choice shown with that text, as a user does. */
    private void choose(ComboBox<String> box, String text) throws Exception {
        clickOn(box);
        waitUntil(() -> lookup(n -> n instanceof ListCell<?> c && text.equals(c.getText()) && c.isVisible())
                .tryQuery().isPresent());
        clickOn(lookup(n -> n instanceof ListCell<?> c && text.equals(c.getText()) && c.isVisible())
                .<Node>query());
    }

    private static String cellText(TableView<?> table, String header, int row) {
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> c.getText().equals(header)).findFirst()
                .orElseThrow();
        return String.valueOf(column.getCellData(row));
    }

    @Test
    void theDueListAndTheDeathRegisterShowOneCommuneOnceItIsChosen() throws Exception {
        startWindow(dir, "vi");
        TableView<PersonRow> people = waitFor("#peopleTable");
        waitUntil(() -> people.getItems().size() > 600);
        screenSize(people.getScene().getWindow());

        clickOn("#nav-vaccination");
        waitFor("#vaxSearch");
        clickOn("Danh sách đến hạn");
        TableView<DueLine> due = waitFor("#dueTable");
        ComboBox<String> commune = waitFor("#dueCommune");
        waitUntil(() -> commune.isVisible() && commune.getItems().size() == 13 && !due.getItems().isEmpty());
        assertEquals("Tất cả các xã", commune.getConverter().toString(commune.getValue()));
        Set<String> before = due.getItems().stream().filter(l -> !l.isHeading()).map(l -> l.row().child().commune())
                .collect(Collectors.toSet());
        assertTrue(before.size() > 1, "all communes at first: " + before);

        choose(commune, "Mường Kim");
        waitUntil(() -> !due.getItems().isEmpty() && due.getItems().stream().filter(l -> !l.isHeading())
                .allMatch(l -> l.row().child().commune().equals("Mường Kim")));
        int firstChild = due.getItems().get(0).isHeading() ? 1 : 0;
        assertEquals("Mường Kim", cellText(due, "Xã", firstChild), "the commune column");
        assertEquals("Mường Kim", cellText(due, "Xã", 0), "the heading of each village names its commune");
        ComboBox<String> village = lookup("#dueVillage").query();
        waitUntil(() -> village.getItems().size() == muongKimVillages.size() + 1);
        assertEquals(muongKimVillages, village.getItems().stream().skip(1).sorted().toList(),
                "the village choice offers Mường Kim's villages");
        screenshot("centre-due-list-muong-kim");

        clickOn("#nav-deaths");
        TableView<DeathRow> deaths = waitFor("#deathTable");
        waitUntil(() -> !deaths.getItems().isEmpty());
        Set<String> stations = deaths.getItems().stream().map(r -> r.death().stationCode())
                .collect(Collectors.toSet());
        assertTrue(stations.size() > 1, "deaths of several communes before a choice: " + stations);
        String chosen = stations.stream().sorted().findFirst().orElseThrow();
        long expected = deaths.getItems().stream().filter(r -> r.death().stationCode().equals(chosen)).count();
        ComboBox<String> deathCommune = lookup("#deathCommune").query();
        choose(deathCommune, communes.name(chosen));
        waitUntil(() -> deaths.getItems().size() == expected
                && deaths.getItems().stream().allMatch(r -> r.death().stationCode().equals(chosen)));
        assertEquals(communes.name(chosen), cellText(deaths, "Xã", 0));
        assertFalse(deaths.getItems().stream().anyMatch(r -> !r.death().stationCode().equals(chosen)));
        screenshot("centre-deaths-one-commune");
    }

    /**
     * With -Dtramyte.screenshots=true, the window at 1366 × 768 (the common station laptop). Only
     * then: the headless screen is smaller, and later tests in the same JVM share the stage (run
     * this test alone with the flag, e.g. -Dtest=CentreListsWindowTest).
     */
    private void screenSize(javafx.stage.Window window) {
        if (Boolean.getBoolean("tramyte.screenshots")) {
            interact(() -> {
                window.setWidth(1366);
                window.setHeight(768);
            });
        }
    }

    /** With -Dtramyte.screenshots=true, the scene as a PNG in target/screenshots, to look at. */
    private void screenshot(String name) throws Exception {
        if (!Boolean.getBoolean("tramyte.screenshots")) {
            return;
        }
        javafx.scene.Scene scene = lookup("#nav-people").query().getScene();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        interact(() -> image[0] = scene.snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path out = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(png, "png", out.toFile());
    }
}
