package vn.tramyte.antenatal;

import java.util.UUID;

/** An antenatal visit as stored: its id and the pregnancy it belongs to. */
public record StoredVisit(UUID id, UUID pregnancyId, AncVisit visit) {
}
