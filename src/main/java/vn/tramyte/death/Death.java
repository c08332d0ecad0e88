package vn.tramyte.death;

import java.util.UUID;

/**
 * A stored death: what was recorded, the pregnancy it is linked to (a maternal death) and its
 * classes as computed when it was saved.
 */
public record Death(UUID id, String stationCode, DeathDraft draft, UUID pregnancyId,
                    DeathClassification classification) {
}
