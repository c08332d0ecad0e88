package vn.tramyte.vaccination.ui;

import vn.tramyte.vaccination.CardStatus;
import vn.tramyte.vaccination.Vaccine;

/** One line of the child's card as shown: the vaccine, its colour, the date given or due, and a note. */
public record CardLine(Vaccine vaccine, CardStatus status, String name, String statusText, String dateText,
                       String note) {

    /** The style class that colours the line's status. */
    public String styleClass() {
        switch (status) {
            case GIVEN:
                return "card-given";
            case DUE:
                return "card-due";
            case OVERDUE:
                return "card-overdue";
            case INVALID:
                return "card-invalid";
            case NOT_YET_DUE:
                return "card-not-yet";
            default:
                return "card-not-applicable";
        }
    }
}
