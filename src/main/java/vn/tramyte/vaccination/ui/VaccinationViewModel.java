package vn.tramyte.vaccination.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.ui.CommuneFilter;
import vn.tramyte.vaccination.VaccinationService;

/**
 * The vaccination page, one view model per tab: the card and dose entry, the due list and
 * defaulters, register A2.1. The page owns what its tabs share: the commune and village choice
 * (a centre's lists show one commune or all of them), the error line and the note of a file written.
 */
public final class VaccinationViewModel {
    /** Stands for "every village" in the village choice. */
    public static final String ALL_VILLAGES = CommuneFilter.ALL;

    private final Messages m;
    private final CommuneFilter communes;
    private final CardViewModel card;
    private final DueListViewModel due;
    private final RegisterViewModel register;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");

    public VaccinationViewModel(VaccinationService vax, PersonService people, PlaceService places, TaskRunner runner,
                                Messages messages, String user, boolean canEdit) {
        this.m = messages;
        this.communes = new CommuneFilter(places, runner, messages, this::fail);
        TabContext tab = new TabContext(vax, runner, messages, communes, this::fail, info::set);
        this.due = new DueListViewModel(tab);
        this.register = new RegisterViewModel(tab);
        this.card = new CardViewModel(vax, people, runner, messages, user, canEdit, this::fail, () -> {
            due.refresh();
            register.refresh();
        });
        communes.onChange(() -> {
            due.refresh();
            register.refresh();
        });
    }

    public void refresh() {
        communes.refresh();
        card.refresh();
        due.refresh();
        register.refresh();
    }

    private void fail(Throwable e) {
        error.set(e instanceof UserError u ? u.describe(m) : m.describe(e));
    }

    /** The card and dose-entry tab. */
    public CardViewModel cardTab() {
        return card;
    }

    /** The due-list and defaulter tabs. */
    public DueListViewModel dueTab() {
        return due;
    }

    /** The register A2.1 tab. */
    public RegisterViewModel registerTab() {
        return register;
    }

    public Messages messages() {
        return m;
    }

    /** The commune and village choice of the due list, defaulters and register (commune at a centre). */
    public CommuneFilter communes() {
        return communes;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }
}
