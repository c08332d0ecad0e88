package vn.tramyte.nutrition;

/**
 * A new measurement for a write in bulk ({@link NutritionService#saveAll}) with its change
 * number, from a block the caller reserved. The draft's id is the id it will have.
 */
public record NewMeasurement(String stationCode, MeasurementDraft draft, long changeSeq) {
}
