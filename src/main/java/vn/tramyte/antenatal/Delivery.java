package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.List;

/**
 * A delivery as recorded: one to three babies (twins, triplets), each live or stillborn.
 * Missing choices are null as the form hands them over; {@link DeliveryValidator} refuses them.
 * Each live birth becomes a child's record linked to the mother, born on {@code date}.
 */
public record Delivery(LocalDate date, DeliveryPlace place, Attendant attendant, MotherOutcome motherOutcome,
                       List<Baby> babies) {
    public static final int MAX_BABIES = 3;

    public Delivery {
        babies = babies == null ? List.of() : List.copyOf(babies);
    }

    public long liveBirths() {
        return babies.stream().filter(Baby::liveBirth).count();
    }

    public long stillBirths() {
        return babies.stream().filter(b -> b.outcome() == BirthOutcome.STILL).count();
    }

    public List<Baby> liveBabies() {
        return babies.stream().filter(Baby::liveBirth).toList();
    }

    /** Twins or triplets. */
    public boolean multiple() {
        return babies.size() > 1;
    }

    public boolean attendedByTrainedStaff() {
        return attendant != null && attendant.trained();
    }

    public boolean motherDied() {
        return motherOutcome == MotherOutcome.DIED;
    }
}
