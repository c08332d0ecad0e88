package vn.tramyte.antenatal.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.Baby;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.Delivery;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.MotherOutcome;
import vn.tramyte.antenatal.NewBaby;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;

/** The delivery tab: a woman's delivery and its babies (up to three), each live baby made a person. */
public final class DeliveryFormViewModel {
    /** One baby of the delivery form. */
    public static final class BabyForm {
        public final ObjectProperty<BirthOutcome> outcome = new SimpleObjectProperty<>(BirthOutcome.LIVE);
        public final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
        public final StringProperty weightG = new SimpleStringProperty("");
        public final StringProperty name = new SimpleStringProperty("");
    }

    private final FormContext form;
    private final WomanChoice womanChoice;
    private final Runnable onSaved;

    public final ObjectProperty<LocalDate> deliveryDate = new SimpleObjectProperty<>();
    public final ObjectProperty<DeliveryPlace> place = new SimpleObjectProperty<>();
    public final ObjectProperty<Attendant> attendant = new SimpleObjectProperty<>();
    public final ObjectProperty<MotherOutcome> motherOutcome = new SimpleObjectProperty<>(MotherOutcome.ALIVE);
    public final IntegerProperty babyCount = new SimpleIntegerProperty(1);
    public final List<BabyForm> babies = List.of(new BabyForm(), new BabyForm(), new BabyForm());

    /** {@code onSaved} refreshes the page and the people register (the babies are new people). */
    DeliveryFormViewModel(FormContext form, WomanChoice womanChoice, Runnable onSaved) {
        this.form = form;
        this.womanChoice = womanChoice;
        this.onSaved = onSaved;
        deliveryDate.set(form.antenatal.today());
        womanChoice.womanProperty().addListener((o, a, b) -> defaultBabyNames());
        babyCount.addListener((o, a, b) -> defaultBabyNames());
    }

    public WomanChoice womanChoice() {
        return womanChoice;
    }

    /** The words of "first", "second", "third" child: a name holds letters only, so no "(1)" (issue 17 review). */
    private static final String[] ORDINALS = {"antenatal.baby.first", "antenatal.baby.second", "antenatal.baby.third"};

    /**
     * Until the family names them, babies are "Con của Lò Thị Hoa", twins "Con thứ nhất của Lò Thị Hoa" and
     * "Con thứ hai của …": names the person check accepts, so a delivery saves without typing them.
     */
    private void defaultBabyNames() {
        PersonRow w = womanChoice.womanProperty().get();
        for (int i = 0; i < babies.size(); i++) {
            String name = w == null ? "" : babyCount.get() == 1 ? form.m.format("antenatal.baby.defaultName", w.fullName())
                    : form.m.format("antenatal.baby.defaultNameOf", form.m.get(ORDINALS[i]), w.fullName());
            String now = babies.get(i).name.get();
            if (now == null || now.isBlank() || now.equals(shownDefaults[i])) { // a name the family gave stays
                babies.get(i).name.set(name);
            }
            shownDefaults[i] = name;
        }
    }

    private final String[] shownDefaults = new String[3];

    public void saveDelivery() {
        PersonRow w = form.chosenWoman(womanChoice);
        if (w == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        List<NewBaby> newBabies = new ArrayList<>();
        for (int i = 0; i < babyCount.get(); i++) {
            BabyForm b = babies.get(i);
            Integer weight = form.numbers.integer(b.weightG.get(), "antenatal.col.birthWeight", problems);
            newBabies.add(NewBaby.named(new Baby(b.outcome.get(), b.sex.get(), weight), FormNumbers.blank(b.name.get())));
        }
        if (form.refused(problems)) {
            return;
        }
        Delivery d = new Delivery(deliveryDate.get(), place.get(), attendant.get(), motherOutcome.get(), List.of());
        form.save(() -> form.antenatal.recordDelivery(form.user, w.id(), null, d, newBabies), r -> {
            form.feedback.done(form.m.format("antenatal.saved.delivery", w.fullName(), r.childIds().size()));
            babyCount.set(1);
            babies.forEach(b -> {
                b.outcome.set(BirthOutcome.LIVE);
                b.sex.set(null);
                b.weightG.set("");
            });
            place.set(null);
            attendant.set(null);
            onSaved.run();
        });
    }
}
