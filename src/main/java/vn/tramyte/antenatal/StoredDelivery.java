package vn.tramyte.antenatal;

import java.util.List;
import java.util.UUID;

/** A delivery as stored, with its babies in order. */
public record StoredDelivery(UUID id, UUID pregnancyId, Delivery delivery, List<StoredBirth> births) {
    public StoredDelivery {
        births = List.copyOf(births);
    }
}
