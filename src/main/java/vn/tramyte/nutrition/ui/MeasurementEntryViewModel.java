package vn.tramyte.nutrition.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.nutrition.Assessment;
import vn.tramyte.nutrition.Child;
import vn.tramyte.nutrition.Measurement;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.nutrition.MeasurementRules;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.nutrition.growth.Indicator;
import vn.tramyte.nutrition.growth.Position;

/**
 * The weighing form of one child: z-scores and categories follow the numbers as they are
 * typed; an implausible value asks for confirmation; a value out of range is refused.
 */
public final class MeasurementEntryViewModel {
    private final NutritionService nutrition;
    private final TaskRunner runner;
    private final Messages m;
    private final String user;
    private final ZScoreText text;

    private final ObjectProperty<Child> child = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty weight = new SimpleStringProperty("");
    private final StringProperty length = new SimpleStringProperty("");
    private final ObjectProperty<Position> position = new SimpleObjectProperty<>(Position.LYING);
    private final BooleanProperty oedema = new SimpleBooleanProperty(false);
    private final StringProperty muac = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>(Assessment.NONE);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Measurement editing;

    public MeasurementEntryViewModel(NutritionService nutrition, TaskRunner runner, Messages messages, String user) {
        this.nutrition = nutrition;
        this.runner = runner;
        this.m = messages;
        this.user = user;
        this.text = new ZScoreText(messages);
        javafx.beans.InvalidationListener recompute = o -> recompute();
        weight.addListener(recompute);
        length.addListener(recompute);
        position.addListener(recompute);
        oedema.addListener(recompute);
        date.addListener(recompute);
        child.addListener(recompute);
    }

    /** Shows a child: the measurement already taken that day, or an empty form with the usual position. */
    public void show(Child c, LocalDate on, Measurement existing) {
        problems.clear();
        editing = existing;
        date.set(on);
        child.set(c);
        weight.set(existing == null || existing.weightKg() == null ? "" : text.number(existing.weightKg(), 1));
        length.set(existing == null || existing.lengthCm() == null ? "" : text.number(existing.lengthCm(), 1));
        position.set(existing != null && existing.position() != null ? existing.position()
                : c == null ? Position.LYING : MeasurementRules.defaultPosition(c.birthDate(), on));
        oedema.set(existing != null && existing.oedema());
        muac.set(existing == null || existing.muacMm() == null ? "" : String.valueOf(existing.muacMm()));
    }

    private void recompute() {
        Child c = child.get();
        if (c == null || date.get() == null) {
            assessment.set(Assessment.NONE);
            return;
        }
        Double w = number(weight.get()).orElse(null);
        Double l = number(length.get()).orElse(null);
        assessment.set(nutrition.assess(c, date.get(), w, l, l == null ? null : position.get(), oedema.get()));
    }

    /** A number as typed: 12,5 and 12.5 alike; empty when blank or unreadable. */
    static Optional<Double> number(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(s.trim().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Saves. When WHO flags a value as implausible, asks {@code confirm} with the sentence to
     * show; on success hands the saved measurement's child to {@code onSaved}.
     */
    public void save(Predicate<String> confirm, Consumer<Child> onSaved) {
        problems.clear();
        Child c = child.get();
        if (c == null) {
            return;
        }
        List<Problem> unreadable = new java.util.ArrayList<>();
        Double w = parse(weight.get(), "weight", "nutrition.field.weight", unreadable);
        Double l = parse(length.get(), "length", "nutrition.field.length", unreadable);
        Integer mu = parse(muac.get(), "muac", "nutrition.field.muac", unreadable) == null ? null
                : (int) Math.round(number(muac.get()).orElseThrow());
        if (!unreadable.isEmpty()) {
            show(unreadable);
            return;
        }
        MeasurementDraft draft = new MeasurementDraft(editing == null ? null : editing.id(), c.id(), date.get(), w, l,
                l == null ? null : position.get(), oedema.get(), mu);
        List<Problem> rules = MeasurementRules.check(draft, c.birthDate(), nutrition.today());
        if (!rules.isEmpty()) {
            show(rules);
            return;
        }
        boolean confirmed = false;
        Assessment a = assessment.get();
        if (a.implausible()) {
            if (!confirm.test(implausibleSentence(w, l, a))) {
                return;
            }
            confirmed = true;
        }
        boolean ok = confirmed;
        busy.set(true);
        runner.run(() -> nutrition.save(user, draft, ok), id -> {
            busy.set(false);
            onSaved.accept(c);
        }, e -> {
            busy.set(false);
            if (e instanceof UserError u) {
                show(u.problems());
            } else {
                problems.setAll(m.describe(e));
            }
        });
    }

    /** "12,5 kg at 3 months: WAZ +6,80 — check the weight." */
    String implausibleSentence(Double w, Double l, Assessment a) {
        StringBuilder sb = new StringBuilder();
        for (Indicator i : Indicator.values()) {
            Double z = a.scores().get(i);
            if (z != null && i.isImplausible(z)) {
                sb.append(m.format("nutrition.confirm.line", m.get(i.messageKey()), text.z(z))).append('\n');
            }
        }
        String values = (w == null ? "" : text.number(w, 1) + " kg") + (w != null && l != null ? ", " : "")
                + (l == null ? "" : text.number(l, 1) + " cm");
        return m.format("nutrition.confirm.implausible", values, ageText()) + "\n" + sb;
    }

    private String ageText() {
        Child c = child.get();
        var age = vn.tramyte.person.Age.between(c.birthDate(), date.get());
        return m.format(age.messageKey(), age.value());
    }

    private static Double parse(String s, String field, String labelKey, List<Problem> problems) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Optional<Double> v = number(s);
        if (v.isEmpty()) {
            problems.add(Problem.of(field, "nutrition.error.notANumber", labelKey, s.trim()));
        }
        return v.orElse(null);
    }

    private void show(List<Problem> list) {
        for (Problem p : list) {
            Object[] args = p.args();
            if ("nutrition.error.notANumber".equals(p.key())) {
                args[0] = m.get((String) args[0]);
            }
            problems.add(m.format(p.key(), args));
        }
    }

    public ObjectProperty<Child> childProperty() {
        return child;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty weightProperty() {
        return weight;
    }

    public StringProperty lengthProperty() {
        return length;
    }

    public ObjectProperty<Position> positionProperty() {
        return position;
    }

    public BooleanProperty oedemaProperty() {
        return oedema;
    }

    public StringProperty muacProperty() {
        return muac;
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ZScoreText text() {
        return text;
    }
}
