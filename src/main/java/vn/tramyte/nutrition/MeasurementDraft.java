package vn.tramyte.nutrition;

import java.time.LocalDate;
import java.util.UUID;
import vn.tramyte.nutrition.growth.Position;

/** A measurement as typed, before validation; {@code id} null for a new one. */
public record MeasurementDraft(UUID id, UUID personId, LocalDate date, Double weightKg, Double lengthCm,
                               Position position, boolean oedema, Integer muacMm) {
}
