package vn.tramyte.antenatal;

/**
 * The fetal heart as heard at a visit: a rate in beats per minute when counted, or only present
 * or absent when the station has no Doppler and the heart was not counted.
 */
public record FetalHeart(boolean present, Integer bpm) {
    public FetalHeart {
        if (!present && bpm != null) {
            throw new IllegalArgumentException("an absent fetal heart has no rate");
        }
    }

    public static FetalHeart rate(int bpm) {
        return new FetalHeart(true, bpm);
    }

    public static FetalHeart heard() {
        return new FetalHeart(true, null);
    }

    public static FetalHeart absent() {
        return new FetalHeart(false, null);
    }
}
