package vn.tramyte.antenatal;

import java.util.UUID;

/** One baby of a stored delivery; childId is the child's person record for a live birth. */
public record StoredBirth(UUID id, UUID deliveryId, int babyNo, Baby baby, UUID childId) {
}
