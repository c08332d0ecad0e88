package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.Objects;

/** A dose as stored: what was given, and the verdict it got when it was recorded. */
public record RecordedDose(GivenDose dose, DoseVerdict verdict) {
    public RecordedDose {
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(verdict, "verdict");
    }

    public String vaccineCode() {
        return dose.vaccineCode();
    }

    public LocalDate date() {
        return dose.date();
    }

    public boolean isValid() {
        return verdict.isValid();
    }
}
