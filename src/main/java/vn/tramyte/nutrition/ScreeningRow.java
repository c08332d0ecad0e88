package vn.tramyte.nutrition;

/** A child on a screening list with their measurement of that day (or latest), if any. */
public record ScreeningRow(Child child, Measurement measurement, Assessment assessment) {

    public boolean measured() {
        return measurement != null;
    }
}
