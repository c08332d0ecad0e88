package vn.tramyte.antenatal;

import java.util.List;
import vn.tramyte.common.Problem;

/**
 * The values a measurement can plausibly take, both ends included. Outside it, the value is
 * far more likely a typing slip (a missing digit, kg typed for g) than a real reading, so it is
 * refused with the range in the message.
 */
public record PlausibleRange(int min, int max) {
    public PlausibleRange {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** Adds problem (field, key, value, min, max) when the value is present and outside. */
    public void check(Number value, String field, String key, List<Problem> problems) {
        if (value != null && !contains(value.doubleValue())) {
            problems.add(Problem.of(field, key, value, min, max));
        }
    }
}
