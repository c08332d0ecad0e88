package vn.tramyte.nutrition.growth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import vn.tramyte.person.Sex;

/**
 * The test's own reading of a bundled WHO table, independent of the production reader: rows are
 * found by sex and the key as written ("87.3", "365"), so the expected values come straight from
 * the published text.
 */
final class WhoTableRows {
    /** One table row. */
    record Row(double l, double m, double s) {
        /** The measurement on SD line {@code k}, computed here rather than by the code under test. */
        double sd(double k) {
            return m * Math.pow(1 + l * s * k, 1 / l);
        }

        /** The plain LMS z-score. */
        double z(double y) {
            return (Math.pow(y / m, l) - 1) / (l * s);
        }

        /** The WHO restricted z-score, written out here from the README's formulas. */
        double restrictedZ(double y) {
            double z = z(y);
            if (z > 3) {
                return 3 + (y - sd(3)) / (sd(3) - sd(2));
            }
            if (z < -3) {
                return -3 + (y - sd(-3)) / (sd(-2) - sd(-3));
            }
            return z;
        }

        /** L, M and S each interpolated linearly towards {@code upper}. */
        Row towards(Row upper, double fraction) {
            return new Row(l + fraction * (upper.l - l), m + fraction * (upper.m - m), s + fraction * (upper.s - s));
        }
    }

    private final Map<String, Row> rows = new HashMap<>();
    private int count;

    private WhoTableRows(String file) {
        String resource = "/who-growth/" + file;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(WhoTableRows.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                rows.put(key(Integer.parseInt(cells[0]), cells[1]), new Row(Double.parseDouble(cells[2]),
                        Double.parseDouble(cells[3]), Double.parseDouble(cells[4])));
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WhoTableRows weightForAge() {
        return new WhoTableRows("weight_for_age.csv");
    }

    static WhoTableRows lengthHeightForAge() {
        return new WhoTableRows("length_height_for_age.csv");
    }

    static WhoTableRows bmiForAge() {
        return new WhoTableRows("bmi_for_age.csv");
    }

    static WhoTableRows weightForLength() {
        return new WhoTableRows("weight_for_length.csv");
    }

    static WhoTableRows weightForHeight() {
        return new WhoTableRows("weight_for_height.csv");
    }

    int count() {
        return count;
    }

    /** The row of an age in days. */
    Row at(Sex sex, int days) {
        return get(sex, String.valueOf(days));
    }

    /** The row of a length/height in cm, given with at most one decimal. */
    Row at(Sex sex, String cm) {
        return get(sex, cm);
    }

    private Row get(Sex sex, String key) {
        return Objects.requireNonNull(rows.get(key(sex.whoCode(), key)), () -> "no row " + sex + " " + key);
    }

    private static String key(int sex, String key) {
        return sex + "|" + new BigDecimal(key).stripTrailingZeros().toPlainString();
    }
}
