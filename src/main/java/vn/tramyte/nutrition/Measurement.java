package vn.tramyte.nutrition;

import java.time.LocalDate;
import java.util.UUID;
import vn.tramyte.nutrition.growth.Position;

/**
 * One weighing and measuring of a child, as stored. Weight in kg (0.1), length or height in
 * cm (0.1) with the position, oedema, optional MUAC in mm. Z-scores are computed, not stored.
 */
public record Measurement(UUID id, UUID personId, LocalDate date, Double weightKg, Double lengthCm,
                          Position position, boolean oedema, Integer muacMm) {
}
