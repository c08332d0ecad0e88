package vn.tramyte.antenatal.ui;

import vn.tramyte.common.ui.Forms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.antenatal.AncVisit;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.Baby;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.Delivery;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.FetalHeart;
import vn.tramyte.antenatal.HivTest;
import vn.tramyte.antenatal.MotherOutcome;
import vn.tramyte.antenatal.NewBaby;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.antenatal.PregnancyDraft;
import vn.tramyte.antenatal.TetanusDose;
import vn.tramyte.antenatal.UrineProtein;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.person.Sex;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.ui.CommuneFilter;

/**
 * The page "Khám thai và sinh đẻ": the pregnant women with their cards, the two working lists,
 * the forms for a pregnancy, a visit and a delivery, and the registers for a period; at a
 * centre the lists and registers show one commune or all of them.
 */
public final class AntenatalViewModel {
    /** The lists the first tab can show. */
    public enum ListKind { PREGNANT, DUE_SOON, NO_VISIT_THIS_TRIMESTER }

    /** One baby of the delivery form. */
    public static final class BabyForm {
        public final ObjectProperty<BirthOutcome> outcome = new SimpleObjectProperty<>(BirthOutcome.LIVE);
        public final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
        public final StringProperty weightG = new SimpleStringProperty("");
        public final StringProperty name = new SimpleStringProperty("");
    }

    private final AntenatalService antenatal;
    private final PersonService people;
    private final TaskRunner runner;
    private final Messages m;
    private final String user;
    private final boolean canEdit;
    private final Runnable onPeopleChanged;
    private final CommuneFilter communes;

    private final ObjectProperty<ListKind> listKind = new SimpleObjectProperty<>(ListKind.PREGNANT);
    private final IntegerProperty dueWeeks = new SimpleIntegerProperty(4);
    private final ObservableList<PregnancyCard> list = FXCollections.observableArrayList();
    private final ObjectProperty<PregnancyCard> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    // woman choice (pregnancy and delivery forms)
    private final StringProperty womanQuery = new SimpleStringProperty("");
    private final ObservableList<PersonRow> women = FXCollections.observableArrayList();
    private final ObjectProperty<PersonRow> woman = new SimpleObjectProperty<>();
    private List<PersonRow> allWomen = List.of();

    // pregnancy form (editingPregnancy: the pregnancy being corrected, null for a new one)
    public final ObjectProperty<PregnancyCard> editingPregnancy = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> lmp = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> edd = new SimpleObjectProperty<>();
    public final StringProperty gravida = new SimpleStringProperty("");
    public final StringProperty para = new SimpleStringProperty("");
    public final StringProperty riskNotes = new SimpleStringProperty("");

    // visit form
    public final ObjectProperty<LocalDate> visitDate = new SimpleObjectProperty<>();
    public final StringProperty weightKg = new SimpleStringProperty("");
    public final StringProperty systolic = new SimpleStringProperty("");
    public final StringProperty diastolic = new SimpleStringProperty("");
    public final StringProperty fundalHeight = new SimpleStringProperty("");
    public final StringProperty fetalHeart = new SimpleStringProperty("");
    public final ObjectProperty<UrineProtein> urineProtein = new SimpleObjectProperty<>();
    public final ObjectProperty<HivTest> hivTest = new SimpleObjectProperty<>();
    public final StringProperty haemoglobin = new SimpleStringProperty("");
    public final ObjectProperty<TetanusDose> tetanusDose = new SimpleObjectProperty<>();
    public final BooleanProperty ironFolic = new SimpleBooleanProperty();
    public final StringProperty ironFolicTablets = new SimpleStringProperty("");
    public final StringProperty examiner = new SimpleStringProperty("");

    // delivery form
    public final ObjectProperty<LocalDate> deliveryDate = new SimpleObjectProperty<>();
    public final ObjectProperty<DeliveryPlace> place = new SimpleObjectProperty<>();
    public final ObjectProperty<Attendant> attendant = new SimpleObjectProperty<>();
    public final ObjectProperty<MotherOutcome> motherOutcome = new SimpleObjectProperty<>(MotherOutcome.ALIVE);
    public final IntegerProperty babyCount = new SimpleIntegerProperty(1);
    public final List<BabyForm> babies = List.of(new BabyForm(), new BabyForm(), new BabyForm());

    // registers
    public final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    /** The delivery register's own period: it opens on the last month that has deliveries. */
    public final ObjectProperty<LocalDate> deliveryFrom = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> deliveryTo = new SimpleObjectProperty<>();
    private boolean deliveryPeriodChosen;
    private final ObservableList<PregnancyCard> a3Register = FXCollections.observableArrayList();
    private final ObservableList<PregnancyCard> deliveryRegister = FXCollections.observableArrayList();

    public AntenatalViewModel(AntenatalService antenatal, PersonService people, PlaceService places, TaskRunner runner,
                              Messages messages, String user, boolean canEdit, Runnable onPeopleChanged) {
        this.antenatal = antenatal;
        this.people = people;
        this.runner = runner;
        this.m = messages;
        this.user = user;
        this.canEdit = canEdit;
        this.onPeopleChanged = onPeopleChanged;
        this.communes = new CommuneFilter(places, runner, messages, this::fail);
        communes.onChange(() -> {
            refreshList();
            refreshRegisters();
        });
        LocalDate today = antenatal.today();
        periodFrom.set(today.withDayOfMonth(1));
        periodTo.set(today);
        deliveryFrom.set(today.withDayOfMonth(1));
        deliveryTo.set(today);
        visitDate.set(today);
        deliveryDate.set(today);
        listKind.addListener((o, a, b) -> refreshList());
        dueWeeks.addListener((o, a, b) -> refreshList());
        womanQuery.addListener((o, a, b) -> filterWomen());
        woman.addListener((o, a, b) -> defaultBabyNames());
    }

    public void refresh() {
        communes.refresh();
        refreshList();
        runner.run(people::all, rows -> {
            allWomen = rows.stream().filter(r -> r.sex() == Sex.FEMALE && r.alive()).toList();
            filterWomen();
        }, this::fail);
        refreshRegisters();
    }

    public void refreshList() {
        ListKind kind = listKind.get();
        int weeks = dueWeeks.get();
        String commune = communes.chosen();
        runner.run(() -> {
            LocalDate today = antenatal.today();
            return switch (kind) {
                case DUE_SOON -> antenatal.expectedToDeliver(today, weeks, commune);
                case NO_VISIT_THIS_TRIMESTER -> antenatal.noVisitInCurrentTrimester(today, commune);
                default -> antenatal.pregnantWomen(today, commune);
            };
        }, rows -> {
            PregnancyCard before = selected.get();
            list.setAll(rows);
            if (before != null) {
                rows.stream().filter(c -> c.pregnancy().id().equals(before.pregnancy().id())).findFirst()
                        .ifPresent(selected::set);
            }
        }, this::fail);
    }

    public void refreshRegisters() {
        LocalDate from = periodFrom.get();
        LocalDate to = periodTo.get();
        if (from != null && to != null) {
            String commune = communes.chosen();
            runner.run(() -> antenatal.visitedBetween(from, to, commune), a3Register::setAll, this::fail);
        }
        refreshDeliveryRegister();
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
        boolean choose = !deliveryPeriodChosen;
        deliveryPeriodChosen = true;
        String commune = communes.chosen();
        runner.run(() -> {
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
        }, this::fail);
    }

    private record DeliveryPeriod(LocalDate from, LocalDate to, List<PregnancyCard> rows) {
    }

    private void filterWomen() {
        String q = SearchText.normalize(womanQuery.get() == null ? "" : womanQuery.get());
        List<PersonRow> found = allWomen.stream().filter(r -> q.isEmpty() || SearchText.matchesWords(r.searchName(), q))
                .limit(200).toList();
        women.setAll(found);
        if (found.size() == 1) {
            woman.set(found.get(0));
        }
    }

    /** Shows a pregnancy's card, and puts its woman into the delivery form. */
    public void select(PregnancyCard card) {
        selected.set(card);
        if (card != null) {
            woman.set(card.woman());
        }
    }

    private void defaultBabyNames() {
        PersonRow w = woman.get();
        for (int i = 0; i < babies.size(); i++) {
            babies.get(i).name.set(w == null ? "" : m.format("antenatal.baby.defaultName", w.fullName(), i + 1));
        }
    }

    // ------------------------------------------------------------ saving

    public void savePregnancy() {
        clear();
        PersonRow w = woman.get();
        if (w == null) {
            error.set(m.get("antenatal.form.chooseWoman"));
            return;
        }
        List<Problem> problems = new ArrayList<>();
        Integer g = integer(gravida.get(), "antenatal.form.gravida", problems);
        Integer p = integer(para.get(), "antenatal.form.para", problems);
        if (!problems.isEmpty()) {
            error.set(describe(problems));
            return;
        }
        PregnancyCard editing = editingPregnancy.get();
        PregnancyDraft draft = new PregnancyDraft(editing == null ? null : editing.pregnancy().id(), lmp.get(),
                edd.get(), g, p, blank(riskNotes.get()));
        runner.run(() -> antenatal.savePregnancy(user, w.id(), draft), id -> {
            message.set(m.format("antenatal.saved.pregnancy", w.fullName()));
            editingPregnancy.set(null);
            lmp.set(null);
            edd.set(null);
            gravida.set("");
            para.set("");
            riskNotes.set("");
            refreshList();
        }, this::fail);
    }

    public void saveVisit() {
        clear();
        PregnancyCard card = selected.get();
        if (card == null) {
            error.set(m.get("antenatal.form.choosePregnancy"));
            return;
        }
        List<Problem> problems = new ArrayList<>();
        Double weight = decimal(weightKg.get(), "antenatal.col.weight", problems);
        Integer sys = integer(systolic.get(), "antenatal.col.systolic", problems);
        Integer dia = integer(diastolic.get(), "antenatal.col.diastolic", problems);
        Double fundal = decimal(fundalHeight.get(), "antenatal.col.fundalHeight", problems);
        Integer heart = integer(fetalHeart.get(), "antenatal.col.fetalHeart", problems);
        Double hb = decimal(haemoglobin.get(), "antenatal.col.haemoglobin", problems);
        Integer tablets = integer(ironFolicTablets.get(), "antenatal.col.ironFolic", problems);
        if (!problems.isEmpty()) {
            error.set(describe(problems));
            return;
        }
        AncVisit visit = new AncVisit(visitDate.get(), weight, sys, dia, fundal,
                heart == null ? null : FetalHeart.rate(heart), urineProtein.get(), hivTest.get(), hb,
                tetanusDose.get(), ironFolic.get(), ironFolic.get() ? tablets : null, blank(examiner.get()));
        runner.run(() -> antenatal.saveVisit(user, card.pregnancy().id(), null, visit), id -> {
            message.set(m.format("antenatal.saved.visit", card.woman().fullName()));
            for (StringProperty s : List.of(weightKg, systolic, diastolic, fundalHeight, fetalHeart, haemoglobin,
                    ironFolicTablets)) {
                s.set("");
            }
            urineProtein.set(null);
            hivTest.set(null);
            tetanusDose.set(null);
            ironFolic.set(false);
            refreshAfterCardChange(card);
        }, this::fail);
    }

    public void saveDelivery() {
        clear();
        PersonRow w = woman.get();
        if (w == null) {
            error.set(m.get("antenatal.form.chooseWoman"));
            return;
        }
        List<Problem> problems = new ArrayList<>();
        List<NewBaby> newBabies = new ArrayList<>();
        for (int i = 0; i < babyCount.get(); i++) {
            BabyForm b = babies.get(i);
            Integer weight = integer(b.weightG.get(), "antenatal.col.birthWeight", problems);
            newBabies.add(NewBaby.named(new Baby(b.outcome.get(), b.sex.get(), weight), blank(b.name.get())));
        }
        if (!problems.isEmpty()) {
            error.set(describe(problems));
            return;
        }
        Delivery d = new Delivery(deliveryDate.get(), place.get(), attendant.get(), motherOutcome.get(), List.of());
        runner.run(() -> antenatal.recordDelivery(user, w.id(), null, d, newBabies), r -> {
            message.set(m.format("antenatal.saved.delivery", w.fullName(), r.childIds().size()));
            babyCount.set(1);
            babies.forEach(b -> {
                b.outcome.set(BirthOutcome.LIVE);
                b.sex.set(null);
                b.weightG.set("");
            });
            place.set(null);
            attendant.set(null);
            refresh();
            onPeopleChanged.run();
        }, this::fail);
    }

    /** Puts the selected pregnancy into the pregnancy form for a correction. */
    public void editSelectedPregnancy() {
        PregnancyCard c = selected.get();
        if (c == null) {
            return;
        }
        clear();
        editingPregnancy.set(c);
        woman.set(c.woman());
        lmp.set(c.pregnancy().lmp());
        edd.set(c.pregnancy().edd());
        gravida.set(c.pregnancy().gravida() == null ? "" : String.valueOf(c.pregnancy().gravida()));
        para.set(c.pregnancy().para() == null ? "" : String.valueOf(c.pregnancy().para()));
        riskNotes.set(c.pregnancy().riskNotes() == null ? "" : c.pregnancy().riskNotes());
    }

    public void newPregnancy() {
        editingPregnancy.set(null);
        lmp.set(null);
        edd.set(null);
        gravida.set("");
        para.set("");
        riskNotes.set("");
    }

    /** Removes a visit typed by mistake (a tombstone, audited). */
    public void removeVisit(vn.tramyte.antenatal.StoredVisit visit) {
        clear();
        PregnancyCard card = selected.get();
        if (visit == null || card == null) {
            return;
        }
        runner.run(() -> {
            antenatal.removeVisit(user, visit.id());
            return visit;
        }, v -> {
            message.set(m.format("antenatal.removed.visit", Forms.show(v.visit().date())));
            refreshAfterCardChange(card);
        }, this::fail);
    }

    private void refreshAfterCardChange(PregnancyCard card) {
        runner.run(() -> antenatal.card(card.pregnancy().id(), antenatal.today()), c -> c.ifPresent(selected::set),
                this::fail);
        refreshList();
        refreshRegisters();
    }

    /** Writes a register, as the table shows it, to a PDF for the chosen period. */
    public void exportPdf(java.nio.file.Path file, String titleKey, Forms.TableText table) {
        clear();
        String title = m.get(titleKey);
        boolean deliveries = "antenatal.tab.deliveryRegister".equals(titleKey);
        String subtitle = m.format("antenatal.register.period", Forms.show((deliveries ? deliveryFrom : periodFrom).get()),
                Forms.show((deliveries ? deliveryTo : periodTo).get()));
        vn.tramyte.common.ListPdf.Heading heading = new vn.tramyte.common.ListPdf.Heading(communes.placeLine(), title,
                List.of(subtitle), antenatal.today());
        runner.run(() -> {
            vn.tramyte.common.RegisterTablePdf.write(m, file, heading, table.headers(), table.widths(), table.rows());
            return file;
        }, f -> message.set(m.format("antenatal.register.pdfSaved", f.toString())), this::fail);
    }

    // ------------------------------------------------------------ helpers

    private void clear() {
        error.set("");
        message.set("");
    }

    private Integer integer(String text, String fieldKey, List<Problem> problems) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(null, "antenatal.form.notANumber", m.get(fieldKey), t));
            return null;
        }
    }

    private Double decimal(String text, String fieldKey, List<Problem> problems) {
        String t = text == null ? "" : text.trim().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(null, "antenatal.form.notANumber", m.get(fieldKey), t));
            return null;
        }
    }

    private String describe(List<Problem> problems) {
        return new UserError(problems).describe(m);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void fail(Throwable e) {
        error.set(e instanceof UserError u ? u.describe(m)
                : m.describe(e));
    }

    // ------------------------------------------------------------ properties

    public boolean canEdit() {
        return canEdit;
    }

    /** The commune choice of the lists and registers (shown at a centre). */
    public CommuneFilter communes() {
        return communes;
    }

    public ObjectProperty<ListKind> listKindProperty() {
        return listKind;
    }

    public IntegerProperty dueWeeksProperty() {
        return dueWeeks;
    }

    public ObservableList<PregnancyCard> list() {
        return list;
    }

    public ObjectProperty<PregnancyCard> selectedProperty() {
        return selected;
    }

    public Optional<PregnancyCard> selected() {
        return Optional.ofNullable(selected.get());
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty womanQueryProperty() {
        return womanQuery;
    }

    public ObservableList<PersonRow> women() {
        return women;
    }

    public ObjectProperty<PersonRow> womanProperty() {
        return woman;
    }

    public ObservableList<PregnancyCard> a3Register() {
        return a3Register;
    }

    public ObservableList<PregnancyCard> deliveryRegister() {
        return deliveryRegister;
    }

    public LocalDate today() {
        return antenatal.today();
    }
}
