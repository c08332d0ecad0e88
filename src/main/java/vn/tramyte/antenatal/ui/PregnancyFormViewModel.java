package vn.tramyte.antenatal.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.antenatal.PregnancyDraft;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.person.PersonRow;

/** The pregnancy tab: a woman's new pregnancy, or the chosen one corrected. */
public final class PregnancyFormViewModel {
    private final FormContext form;
    private final WomanChoice womanChoice;
    private final Runnable onSaved;

    /** The pregnancy being corrected, null for a new one. */
    public final ObjectProperty<PregnancyCard> editingPregnancy = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> lmp = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> edd = new SimpleObjectProperty<>();
    public final StringProperty gravida = new SimpleStringProperty("");
    public final StringProperty para = new SimpleStringProperty("");
    public final StringProperty riskNotes = new SimpleStringProperty("");

    /** {@code onSaved} refreshes the list of pregnant women. */
    PregnancyFormViewModel(FormContext form, WomanChoice womanChoice, Runnable onSaved) {
        this.form = form;
        this.womanChoice = womanChoice;
        this.onSaved = onSaved;
    }

    public WomanChoice womanChoice() {
        return womanChoice;
    }

    public void savePregnancy() {
        PersonRow w = form.chosenWoman(womanChoice);
        if (w == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        Integer g = form.numbers.integer(gravida.get(), "antenatal.form.gravida", problems);
        Integer p = form.numbers.integer(para.get(), "antenatal.form.para", problems);
        if (form.refused(problems)) {
            return;
        }
        PregnancyCard editing = editingPregnancy.get();
        PregnancyDraft draft = new PregnancyDraft(editing == null ? null : editing.pregnancy().id(), lmp.get(),
                edd.get(), g, p, FormNumbers.blank(riskNotes.get()));
        form.save(() -> form.antenatal.savePregnancy(form.user, w.id(), draft), id -> {
            form.feedback.done(form.m.format("antenatal.saved.pregnancy", w.fullName()));
            newPregnancy();
            onSaved.run();
        });
    }

    /** Puts a pregnancy into the form for a correction. */
    public void edit(PregnancyCard c) {
        if (c == null) {
            return;
        }
        form.feedback.clear();
        editingPregnancy.set(c);
        womanChoice.womanProperty().set(c.woman());
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
}
