package vn.tramyte.vaccination;

import java.util.Objects;
import java.util.UUID;

/** A dose as the database keeps it: its id, whose it is, and what was given with its verdict. */
public record StoredDose(UUID id, UUID personId, RecordedDose recorded) {
    public StoredDose {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(recorded, "recorded");
    }

    public GivenDose dose() {
        return recorded.dose();
    }
}
