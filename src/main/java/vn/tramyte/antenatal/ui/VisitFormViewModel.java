package vn.tramyte.antenatal.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tramyte.antenatal.AncVisit;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.antenatal.FetalHeart;
import vn.tramyte.antenatal.HivTest;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.antenatal.TetanusDose;
import vn.tramyte.antenatal.UrineProtein;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.TaskRunner;

/** The visit form beside the chosen woman's card: an antenatal visit of her pregnancy. */
public final class VisitFormViewModel {
    private final FormContext form;
    private final PregnantListViewModel pregnant;

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

    VisitFormViewModel(FormContext form, PregnantListViewModel pregnant) {
        this.form = form;
        this.pregnant = pregnant;
        visitDate.set(form.antenatal.today());
    }

    /** Saves the visit to the chosen pregnancy; a number that is not one is named, and nothing is saved. */
    public void saveVisit() {
        form.feedback.clear();
        PregnancyCard card = pregnant.selectedProperty().get();
        if (card == null) {
            form.feedback.refuse(form.m.get("antenatal.form.choosePregnancy"));
            return;
        }
        List<Problem> problems = new ArrayList<>();
        Double weight = form.numbers.decimal(weightKg.get(), "antenatal.col.weight", problems);
        Integer sys = form.numbers.integer(systolic.get(), "antenatal.col.systolic", problems);
        Integer dia = form.numbers.integer(diastolic.get(), "antenatal.col.diastolic", problems);
        Double fundal = form.numbers.decimal(fundalHeight.get(), "antenatal.col.fundalHeight", problems);
        Integer heart = form.numbers.integer(fetalHeart.get(), "antenatal.col.fetalHeart", problems);
        Double hb = form.numbers.decimal(haemoglobin.get(), "antenatal.col.haemoglobin", problems);
        Integer tablets = form.numbers.integer(ironFolicTablets.get(), "antenatal.col.ironFolic", problems);
        if (form.refused(problems)) {
            return;
        }
        AncVisit visit = new AncVisit(visitDate.get(), weight, sys, dia, fundal,
                heart == null ? null : FetalHeart.rate(heart), urineProtein.get(), hivTest.get(), hb,
                tetanusDose.get(), ironFolic.get(), ironFolic.get() ? tablets : null,
                FormNumbers.blank(examiner.get()));
        form.save(() -> form.antenatal.saveVisit(form.user, card.pregnancy().id(), null, visit), id -> {
            form.feedback.done(form.m.format("antenatal.saved.visit", card.woman().fullName()));
            for (StringProperty s : List.of(weightKg, systolic, diastolic, fundalHeight, fetalHeart, haemoglobin,
                    ironFolicTablets)) {
                s.set("");
            }
            urineProtein.set(null);
            hivTest.set(null);
            tetanusDose.set(null);
            ironFolic.set(false);
            pregnant.cardChanged(card);
        });
    }
}
