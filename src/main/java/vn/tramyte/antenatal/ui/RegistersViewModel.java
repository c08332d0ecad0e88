package vn.tramyte.antenatal.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.common.ListPdf;
import vn.tramyte.common.Messages;
import vn.tramyte.common.RegisterTablePdf;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.ui.Forms;
import vn.tramyte.place.ui.CommuneFilter;

/** The register tabs of the antenatal page: A3 (antenatal visits) and deliveries, each for its period. */
public final class RegistersViewModel {
    private final AntenatalService antenatal;
    private final TaskRunner runner;
    private final Messages m;
    private final CommuneFilter communes;
    private final Feedback feedback;

    public final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    /** The delivery register's own period: it opens on the last month that has deliveries. */
    public final ObjectProperty<LocalDate> deliveryFrom = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> deliveryTo = new SimpleObjectProperty<>();
    private boolean deliveryPeriodChosen;
    private final ObservableList<PregnancyCard> a3Register = FXCollections.observableArrayList();
    private final ObservableList<PregnancyCard> deliveryRegister = FXCollections.observableArrayList();
    private final vn.tramyte.common.ui.WhenShown a3Shown = new vn.tramyte.common.ui.WhenShown(this::refreshA3);
    private final vn.tramyte.common.ui.WhenShown deliveriesShown =
            new vn.tramyte.common.ui.WhenShown(this::refreshDeliveryRegister);

    RegistersViewModel(AntenatalService antenatal, TaskRunner runner, Messages messages, CommuneFilter communes,
                       Feedback feedback) {
        this.antenatal = antenatal;
        this.runner = runner;
        this.m = messages;
        this.communes = communes;
        this.feedback = feedback;
        LocalDate today = antenatal.today();
        periodFrom.set(today.withDayOfMonth(1));
        periodTo.set(today);
        deliveryFrom.set(today.withDayOfMonth(1));
        deliveryTo.set(today);
    }

    /** Reads both registers again, each now if its tab is shown, else once it is. */
    public void refresh() {
        a3Shown.request();
        deliveriesShown.request();
    }

    /** The A3 register, read only while its tab is shown. */
    public vn.tramyte.common.ui.WhenShown a3List() {
        return a3Shown;
    }

    /** The delivery register, read only while its tab is shown. */
    public vn.tramyte.common.ui.WhenShown deliveryList() {
        return deliveriesShown;
    }

    private void refreshA3() {
        LocalDate from = periodFrom.get();
        LocalDate to = periodTo.get();
        if (from != null && to != null) {
            String commune = communes.chosen();
            a3Register.clear(); // no cards of another period or commune while this one is read
            a3Shown.run(runner, () -> antenatal.visitedBetween(from, to, commune), a3Register::setAll, feedback::fail);
        }
    }

    /**
     * The delivery register of its period. The first time, an empty current month gives way to
     * the last month that has deliveries (a register opened on nothing looks broken).
     */
    private void refreshDeliveryRegister() {
        LocalDate from = deliveryFrom.get();
        LocalDate to = deliveryTo.get();
        if (from == null || to == null) {
            return;
        }
        deliveryRegister.clear();
        boolean choose = !deliveryPeriodChosen;
        deliveryPeriodChosen = true;
        String commune = communes.chosen();
        deliveriesShown.run(runner, () -> {
            List<PregnancyCard> rows = antenatal.deliveredBetween(from, to, commune);
            if (!choose || !rows.isEmpty()) {
                return new DeliveryPeriod(from, to, rows);
            }
            return antenatal.lastDeliveryOnOrBefore(from).map(last -> {
                LocalDate start = last.withDayOfMonth(1);
                LocalDate end = last.withDayOfMonth(last.lengthOfMonth());
                return new DeliveryPeriod(start, end, antenatal.deliveredBetween(start, end, commune));
            }).orElse(new DeliveryPeriod(from, to, rows));
        }, period -> {
            deliveryFrom.set(period.from());
            deliveryTo.set(period.to());
            deliveryRegister.setAll(period.rows());
        }, feedback::fail);
    }

    private record DeliveryPeriod(LocalDate from, LocalDate to, List<PregnancyCard> rows) {
    }

    /** Writes a register, as the table shows it, to a PDF for the chosen period. */
    public void exportPdf(Path file, String titleKey, Forms.TableText table) {
        feedback.clear();
        String title = m.get(titleKey);
        boolean deliveries = "antenatal.tab.deliveryRegister".equals(titleKey);
        String subtitle = m.format("antenatal.register.period", Forms.show((deliveries ? deliveryFrom : periodFrom).get()),
                Forms.show((deliveries ? deliveryTo : periodTo).get()));
        ListPdf.Heading heading = new ListPdf.Heading(communes.placeLine(), title, List.of(subtitle), antenatal.today());
        runner.run(() -> {
            RegisterTablePdf.write(m, file, heading, table.headers(), table.widths(), table.rows());
            return file;
        }, f -> feedback.done(m.format("antenatal.register.pdfSaved", f.toString())), feedback::fail);
    }

    public ObservableList<PregnancyCard> a3Register() {
        return a3Register;
    }

    public ObservableList<PregnancyCard> deliveryRegister() {
        return deliveryRegister;
    }
}
