package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A child as the due list needs it. The caller leaves out children who died or moved away.
 *
 * @param id         the person's id, as text, to find the record again
 * @param village    the village's name, for the list the village health worker takes round
 * @param motherName null when the mother is not known
 * @param commune    the name of the child's commune (a centre's list spans several); null when not needed
 */
public record DueListChild(String id, String name, LocalDate birthDate, String village, String motherName,
                           List<RecordedDose> doses, String commune) {
    public DueListChild {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(birthDate, "birthDate");
        doses = List.copyOf(doses);
    }

    /** A child of a station's own list, where the commune goes without saying. */
    public DueListChild(String id, String name, LocalDate birthDate, String village, String motherName,
                        List<RecordedDose> doses) {
        this(id, name, birthDate, village, motherName, doses, null);
    }
}
