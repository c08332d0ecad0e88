package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.person.PersonRow;

class DemoWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void theDemoOpensAndThePeopleListShowsItsPeople() throws Exception {
        startWindow(dir, "vi");
        waitFor("#demoButton");
        clickOn("#demoButton");
        TableView<PersonRow> table = waitFor("#peopleTable");
        waitUntil(() -> table.getItems().size() > 600);
        Label place = lookup("#placeName").query();
        assertEquals("Trung tâm Y tế Than Uyên", place.getText());
        Label counts = lookup("#statusCounts").query();
        waitUntil(() -> counts.getText().startsWith("Trạm: 12"));
        int all = table.getItems().size();

        clickOn("#peopleSearch").write("lo thi");
        waitUntil(() -> table.getItems().size() < all);
        assertTrue(table.getItems().stream().allMatch(r -> r.searchName().contains("lo thi")
                || r.searchName().matches(".*\\blo\\b.*\\bthi.*|.*\\bthi.*\\blo.*")));

        clickOn("#nav-vaccination");
        waitFor("#vaxSearch");
        clickOn("#nav-reports");
        TableView<vn.tramyte.report.ReportRow> report = waitFor("#reportTable");
        waitUntil(() -> !report.getItems().isEmpty());
        assertEquals("Huyện Than Uyên", report.getItems().get(report.getItems().size() - 1).place().name(),
                "the communes, then the centre's total");
    }
}
