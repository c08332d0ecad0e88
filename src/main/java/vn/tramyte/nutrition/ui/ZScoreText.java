package vn.tramyte.nutrition.ui;

import java.text.NumberFormat;
import java.util.Optional;
import vn.tramyte.common.Messages;
import vn.tramyte.nutrition.Assessment;
import vn.tramyte.nutrition.growth.Indicator;
import vn.tramyte.nutrition.growth.NutritionStatus;
import vn.tramyte.nutrition.growth.ZScores;

/** How a z-score and its category are written and coloured on screen. */
public final class ZScoreText {
    private final Messages m;
    private final NumberFormat format;

    public ZScoreText(Messages messages) {
        this.m = messages;
        this.format = NumberFormat.getNumberInstance(messages.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
    }

    /** "−2,35" in Vietnamese, "−2.35" in English; "—" when WHO gives no score. */
    public String z(Double z) {
        if (z == null) {
            return "—";
        }
        double r = ZScores.rounded(z);
        String text = format.format(Math.abs(r));
        return (r < 0 ? "−" : r > 0 ? "+" : "") + text;
    }

    /** "−2,35 · Vừa (dưới −2 SD)", or the oedema case, or "—". */
    public String line(Assessment a, Indicator indicator) {
        Optional<NutritionStatus> s = a.status(indicator);
        String z = z(a.scores().get(indicator));
        return s.map(status -> z + " · " + m.get(status.messageKey())).orElse(z);
    }

    /** "−2,35 Vừa", for a table cell. */
    public String shortLine(Assessment a, Indicator indicator) {
        Optional<NutritionStatus> s = a.status(indicator);
        String z = z(a.scores().get(indicator));
        return s.map(status -> z + " " + m.get(shortKey(status))).orElse(z);
    }

    private static String shortKey(NutritionStatus status) {
        switch (status) {
            case SEVERE:
                return "nutrition.statusShort.severe";
            case MODERATE:
                return "nutrition.statusShort.moderate";
            case OVERWEIGHT:
                return "nutrition.statusShort.overweight";
            default:
                return "nutrition.statusShort.normal";
        }
    }

    /** The CSS class colouring a category: green, orange, red, purple. */
    public static String styleClass(NutritionStatus status) {
        switch (status) {
            case SEVERE:
                return "status-severe";
            case MODERATE:
                return "status-moderate";
            case OVERWEIGHT:
                return "status-overweight";
            default:
                return "status-normal";
        }
    }

    public String number(Double value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(m.locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setGroupingUsed(false);
        return f.format(value);
    }
}
