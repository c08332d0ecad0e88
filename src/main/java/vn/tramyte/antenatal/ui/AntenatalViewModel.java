package vn.tramyte.antenatal.ui;

import javafx.beans.property.StringProperty;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.ui.CommuneFilter;

/**
 * The page "Khám thai và sinh đẻ", one view model per tab: the pregnant women with their cards
 * (and the visit form beside a card), the pregnancy and delivery forms, and the registers for a
 * period. The page keeps what the tabs share: the commune choice (a centre's lists and
 * registers show one commune or all of them), the woman chosen, and the page's two lines.
 */
public final class AntenatalViewModel {
    private final PersonService people;
    private final TaskRunner runner;
    private final boolean canEdit;
    private final CommuneFilter communes;
    private final Feedback feedback;
    private final WomanChoice womanChoice = new WomanChoice();
    private final PregnantListViewModel pregnant;
    private final VisitFormViewModel visit;
    private final PregnancyFormViewModel pregnancy;
    private final DeliveryFormViewModel delivery;
    private final RegistersViewModel registers;

    public AntenatalViewModel(AntenatalService antenatal, PersonService people, PlaceService places, TaskRunner runner,
                              Messages messages, String user, boolean canEdit, Runnable onPeopleChanged) {
        this.people = people;
        this.runner = runner;
        this.canEdit = canEdit;
        this.feedback = new Feedback(messages);
        this.communes = new CommuneFilter(places, runner, messages, feedback::fail);
        this.registers = new RegistersViewModel(antenatal, runner, messages, communes, feedback);
        this.pregnant = new PregnantListViewModel(antenatal, runner, messages, user, communes, feedback, womanChoice,
                registers::refresh);
        FormContext form = new FormContext(antenatal, runner, messages, user, feedback);
        this.visit = new VisitFormViewModel(form, pregnant);
        this.pregnancy = new PregnancyFormViewModel(form, womanChoice, pregnant::refresh);
        this.delivery = new DeliveryFormViewModel(form, womanChoice, () -> {
            refresh();
            onPeopleChanged.run();
        });
        communes.onChange(() -> {
            pregnant.refresh();
            registers.refresh();
        });
    }

    public void refresh() {
        communes.refresh();
        pregnant.refresh();
        runner.run(people::all, womanChoice::load, feedback::fail);
        registers.refresh();
    }

    /** Puts the chosen pregnancy into the pregnancy form for a correction. */
    public void editSelectedPregnancy() {
        pregnancy.edit(pregnant.selectedProperty().get());
    }

    public boolean canEdit() {
        return canEdit;
    }

    /** The commune choice of the lists and registers (shown at a centre). */
    public CommuneFilter communes() {
        return communes;
    }

    /** The list of pregnant women and the chosen woman's card. */
    public PregnantListViewModel pregnant() {
        return pregnant;
    }

    /** The visit form beside the card. */
    public VisitFormViewModel visit() {
        return visit;
    }

    public PregnancyFormViewModel pregnancy() {
        return pregnancy;
    }

    public DeliveryFormViewModel delivery() {
        return delivery;
    }

    public RegistersViewModel registers() {
        return registers;
    }

    public StringProperty messageProperty() {
        return feedback.messageProperty();
    }

    public StringProperty errorProperty() {
        return feedback.errorProperty();
    }
}
