package vn.tramyte.vaccination.ui;

import java.util.stream.Collectors;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.vaccination.CardEntry;
import vn.tramyte.vaccination.CardStatus;
import vn.tramyte.vaccination.FullImmunization;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.vaccination.StoredDose;
import vn.tramyte.vaccination.VaccinationService;

/** The vaccination page's sentences: vaccines named as the user knows them (never by their codes). */
final class VaccineText {
    private final VaccinationService vax;
    private final Messages m;

    VaccineText(VaccinationService vax, Messages messages) {
        this.vax = vax;
        this.m = messages;
    }

    /** The vaccine's name in the user's language; the code only if the catalogue does not know it. */
    String vaccineName(String code) {
        return vax.catalogue().byCode(code).map(v -> v.name(m.language())).orElse(code);
    }

    /** A sentence of the vaccination rules, naming vaccines as the user knows them (not by their codes). */
    String sentence(Problem problem) {
        Object[] args = problem.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String code && vax.catalogue().byCode(code).isPresent()) {
                args[i] = vaccineName(code);
            }
        }
        return m.format(problem.key(), args);
    }

    String fullImmunization(FullImmunization f) {
        if (f.completed()) {
            return m.format(f.messageKey(), f.messageArgs());
        }
        return m.format(f.messageKey(), f.missing().stream().map(this::vaccineName).collect(Collectors.joining(", ")));
    }

    /** One line of the doses given: date, vaccine, place, lot, and why it is not valid. */
    String history(StoredDose d) {
        GivenDose g = d.dose();
        String text = m.format("vaccination.ui.historyLine", DateText.show(g.date(), false), vaccineName(g.vaccineCode()),
                g.place() == null ? "" : m.get(g.place().messageKey()), g.lot() == null ? "" : g.lot());
        if (!d.recorded().isValid()) {
            text += " — " + sentence(d.recorded().verdict().describe(g.vaccineCode()));
        }
        return text;
    }

    /** One line of a child's card: the vaccine, its status, the date given or due, and a note. */
    CardLine line(CardEntry e) {
        String date;
        String note = "";
        if (e.status() == CardStatus.GIVEN) {
            date = DateText.show(e.dose().date(), false);
        } else {
            date = e.dueDate() == null ? "" : m.format("vaccination.ui.dueOn", DateText.show(e.dueDate(), false));
            if (e.status() == CardStatus.INVALID) {
                note = sentence(e.dose().verdict().describe(e.vaccine().code()));
            }
        }
        String status = m.get(e.status().messageKey());
        if (e.status() == CardStatus.INVALID && e.due() != null && e.due().dueOrOverdue()) {
            status = status + " · " + m.get(e.due().cardStatus().messageKey());
        }
        return new CardLine(e.vaccine(), e.status(), e.vaccine().name(m.language()), status, date, note);
    }
}
