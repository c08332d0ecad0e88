package vn.tramyte.vaccination.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import vn.tramyte.vaccination.Vaccine;

/** A dose the health worker may tick to record: the due ones, and any other added by hand. */
public final class DoseChoice {
    private final Vaccine vaccine;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);

    public DoseChoice(Vaccine vaccine, String label) {
        this.vaccine = vaccine;
        this.label = label;
    }

    public Vaccine vaccine() {
        return vaccine;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
