package vn.tramyte.antenatal.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.antenatal.StoredVisit;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.common.ui.Forms;
import vn.tramyte.place.ui.CommuneFilter;

/**
 * The first tab of the antenatal page: a working list of pregnant women (all, due to deliver
 * soon, no visit this trimester), the chosen woman's card, and a visit typed by mistake removed.
 */
public final class PregnantListViewModel {
    /** The lists the first tab can show. */
    public enum ListKind { PREGNANT, DUE_SOON, NO_VISIT_THIS_TRIMESTER }

    private final AntenatalService antenatal;
    private final TaskRunner runner;
    private final Messages m;
    private final String user;
    private final CommuneFilter communes;
    private final Feedback feedback;
    private final WomanChoice womanChoice;
    private final Runnable onCardChanged;

    private final ObjectProperty<ListKind> listKind = new SimpleObjectProperty<>(ListKind.PREGNANT);
    private final IntegerProperty dueWeeks = new SimpleIntegerProperty(4);
    private final ObservableList<PregnancyCard> list = FXCollections.observableArrayList();
    private final ObjectProperty<PregnancyCard> selected = new SimpleObjectProperty<>();

    /** {@code onCardChanged} refreshes the registers once a card's visits change. */
    PregnantListViewModel(AntenatalService antenatal, TaskRunner runner, Messages messages, String user,
                          CommuneFilter communes, Feedback feedback, WomanChoice womanChoice, Runnable onCardChanged) {
        this.antenatal = antenatal;
        this.runner = runner;
        this.m = messages;
        this.user = user;
        this.communes = communes;
        this.feedback = feedback;
        this.womanChoice = womanChoice;
        this.onCardChanged = onCardChanged;
        listKind.addListener((o, a, b) -> refresh());
        dueWeeks.addListener((o, a, b) -> refresh());
    }

    public void refresh() {
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
        }, feedback::fail);
    }

    /** Shows a pregnancy's card, and puts its woman into the delivery form. */
    public void select(PregnancyCard card) {
        selected.set(card);
        if (card != null) {
            womanChoice.womanProperty().set(card.woman());
        }
    }

    /** Removes a visit typed by mistake (a tombstone, audited). */
    public void removeVisit(StoredVisit visit) {
        feedback.clear();
        PregnancyCard card = selected.get();
        if (visit == null || card == null) {
            return;
        }
        runner.run(() -> {
            antenatal.removeVisit(user, visit.id());
            return visit;
        }, v -> {
            feedback.done(m.format("antenatal.removed.visit", Forms.show(v.visit().date())));
            cardChanged(card);
        }, feedback::fail);
    }

    /** Reads the card again after its visits changed, and the lists that show it. */
    void cardChanged(PregnancyCard card) {
        runner.run(() -> antenatal.card(card.pregnancy().id(), antenatal.today()), c -> c.ifPresent(selected::set),
                feedback::fail);
        refresh();
        onCardChanged.run();
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
}
