package vn.tramyte.antenatal.ui;

import static vn.tramyte.antenatal.ui.AntenatalText.nz;
import static vn.tramyte.common.ui.Forms.column;
import static vn.tramyte.common.ui.Forms.show;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.antenatal.PregnancyDates;
import vn.tramyte.antenatal.TetanusDose;
import vn.tramyte.antenatal.Trimester;
import vn.tramyte.common.Messages;
import vn.tramyte.common.ui.Forms;
import vn.tramyte.place.ui.CommuneChoice;
import vn.tramyte.place.ui.CommuneFilter;

/** The register tabs of the antenatal page: A3 and deliveries, each with its period, printed or as a PDF. */
final class RegistersView {
    private final RegistersViewModel vm;
    private final CommuneFilter communes;
    private final AntenatalText text;
    private final Messages m;

    RegistersView(RegistersViewModel vm, CommuneFilter communes, AntenatalText text, Messages messages) {
        this.vm = vm;
        this.communes = communes;
        this.text = text;
        this.m = messages;
    }

    Parent a3Register() {
        TableView<PregnancyCard> t = new TableView<>(vm.a3Register());
        t.setId("a3Table");
        vm.a3List().placeholder(t, m, "antenatal.register.empty");
        t.getColumns().add(column(m, "antenatal.col.woman", c -> c.woman().fullName(), 160));
        t.getColumns().add(text.communeColumn());
        t.getColumns().add(column(m, "antenatal.col.birthYear", c -> String.valueOf(c.woman().birthDate().getYear()),
                75));
        t.getColumns().add(column(m, "antenatal.col.village", c -> nz(c.woman().villageName()), 100));
        t.getColumns().add(column(m, "antenatal.col.lmp", c -> show(c.pregnancy().lmp()), 100));
        t.getColumns().add(column(m, "antenatal.col.edd", c -> show(c.pregnancy().edd()), 100));
        for (Trimester tr : Trimester.values()) {
            t.getColumns().add(column(m, tr.messageKey(), c -> c.visits().stream()
                    .filter(v -> PregnancyDates.trimester(c.pregnancy().lmp(), v.visit().date()) == tr)
                    .map(v -> show(v.visit().date()) + " (" + PregnancyDates.gestationalAge(c.pregnancy().lmp(),
                            v.visit().date()).weeks() + ")").collect(Collectors.joining(", ")), 230));
        }
        t.getColumns().add(column(m, "antenatal.col.tetanus", c -> c.visits().stream()
                .filter(v -> v.visit().tetanusDose() != null)
                .map(v -> m.format(TetanusDose.MESSAGE_KEY, v.visit().tetanusDose().number()))
                .collect(Collectors.joining(", ")), 90));
        t.getColumns().add(column(m, "antenatal.col.flags", text::flags, 480));
        Forms.wide(t);
        VBox.setVgrow(t, Priority.ALWAYS);
        VBox box = new VBox(10, period(t, "antenatal.tab.a3", "so-kham-thai-A3", vm.periodFrom, vm.periodTo), t,
                text.errors(), text.success("a3Message"));
        box.setPadding(new Insets(12));
        return box;
    }

    Parent deliveryRegister() {
        TableView<PregnancyCard> t = new TableView<>(vm.deliveryRegister());
        t.setId("deliveryRegisterTable");
        vm.deliveryList().placeholder(t, m, "antenatal.register.empty");
        t.getColumns().add(column(m, "antenatal.col.deliveryDate", c -> show(c.delivery().delivery().date()), 95));
        t.getColumns().add(column(m, "antenatal.col.woman", c -> c.woman().fullName(), 160));
        t.getColumns().add(text.communeColumn());
        t.getColumns().add(column(m, "antenatal.col.village", c -> nz(c.woman().villageName()), 100));
        t.getColumns().add(column(m, "antenatal.col.gestationalAge", c -> text.ga(c.assessment().gestationalAge()),
                125));
        t.getColumns().add(column(m, "antenatal.col.place", c -> m.get(c.delivery().delivery().place().messageKey()),
                100));
        t.getColumns().add(column(m, "antenatal.col.attendant",
                c -> m.get(c.delivery().delivery().attendant().messageKey()), 230));
        t.getColumns().add(column(m, "antenatal.col.babies", c -> c.delivery().births().stream().map(text::baby)
                .collect(Collectors.joining("; ")), 420));
        t.getColumns().add(column(m, "antenatal.col.motherOutcome",
                c -> m.get(c.delivery().delivery().motherOutcome().messageKey()), 110));
        Forms.wide(t);
        VBox.setVgrow(t, Priority.ALWAYS);
        VBox box = new VBox(10, period(t, "antenatal.tab.deliveryRegister", "so-de", vm.deliveryFrom, vm.deliveryTo),
                t, text.errors(), text.success("deliveryRegisterMessage"));
        box.setPadding(new Insets(12));
        return box;
    }

    /** The commune, the period, and the buttons to show, print or save the register as a PDF. */
    private HBox period(TableView<?> table, String titleKey, String fileName, ObjectProperty<LocalDate> from,
                        ObjectProperty<LocalDate> to) {
        Button show = new Button(m.get("antenatal.register.show"));
        show.setId("registerShow");
        show.setOnAction(e -> vm.refresh());
        Button printButton = new Button(m.get("antenatal.register.print"));
        printButton.setOnAction(e -> Forms.print(table));
        Button pdfButton = new Button(m.get("antenatal.register.pdf"));
        pdfButton.setOnAction(e -> {
            Path file = Forms.askPdfFile(table, m.get(titleKey), fileName);
            if (file != null) {
                vm.exportPdf(file, titleKey, Forms.text(table));
            }
        });
        HBox h = new HBox(10, CommuneChoice.picker(communes, m, null),
                new Label(m.get("antenatal.register.from")), Forms.date(null, from),
                new Label(m.get("antenatal.register.to")), Forms.date(null, to), show, printButton, pdfButton);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}
