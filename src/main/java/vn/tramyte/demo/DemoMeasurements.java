package vn.tramyte.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tramyte.db.Tx;
import vn.tramyte.nutrition.Child;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.nutrition.MeasurementRules;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.nutrition.growth.GrowthStandards;
import vn.tramyte.nutrition.growth.LmsTable;
import vn.tramyte.nutrition.growth.Lms;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.Sex;

/**
 * The June and December weighing rounds of the demo's last two years. Each child keeps its
 * own growth track (a length-for-age z around −1.1 and a weight-for-length z around −0.4),
 * which gives the 15–25 % stunting and 10–20 % underweight of Lai Châu's mountain communes.
 */
final class DemoMeasurements {
    private final NutritionService nutrition;
    private final GrowthStandards who;

    DemoMeasurements(NutritionService nutrition) {
        this.nutrition = nutrition;
        this.who = nutrition.standards();
    }

    /** The national rounds (1 June, 1 December) of the last two years before today. */
    static List<LocalDate> rounds(LocalDate today) {
        List<LocalDate> rounds = new ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            for (LocalDate d : List.of(LocalDate.of(year, 6, 1), LocalDate.of(year, 12, 1))) {
                if (!d.isAfter(today) && d.isAfter(today.minusYears(2))) {
                    rounds.add(d);
                }
            }
        }
        return rounds;
    }

    void measure(Tx tx, Child child, Random random, LocalDate today) {
        double hazTrack = -1.1 + random.nextGaussian();
        double whzTrack = -0.4 + 0.9 * random.nextGaussian();
        for (LocalDate round : rounds(today)) {
            // a child measured on a round is one who came; some do not
            if (!child.underFiveOn(round) || random.nextInt(100) < 12) {
                continue;
            }
            int days = (int) ChronoUnit.DAYS.between(child.birthDate(), round);
            double haz = hazTrack + 0.25 * random.nextGaussian();
            double whz = whzTrack + 0.35 * random.nextGaussian();
            Position position = MeasurementRules.defaultPosition(child.birthDate(), round);
            double length = round1(valueAt(who.lengthHeightForAge(), child.sex(), days, haz));
            double weight = round1(weightFor(child.sex(), days, length, whz));
            boolean oedema = random.nextInt(400) == 0;
            nutrition.save(tx, child.stationCode(), new MeasurementDraft(null, child.id(), round, weight, length,
                    position, oedema, null), true, null);
        }
    }

    private double weightFor(Sex sex, int days, double length, double whz) {
        LmsTable table = days < MeasurementRules.FIRST_STANDING_DAY ? who.weightForLength() : who.weightForHeight();
        int unit = (int) Math.round(length * 10);
        unit = Math.max(table.firstUnit(), Math.min(table.lastUnit(), unit));
        return Math.max(MeasurementRules.MIN_WEIGHT_KG, valueAt(table, sex, unit, whz));
    }

    private static double valueAt(LmsTable table, Sex sex, int unit, double z) {
        return Lms.sdLine(z, table.l(sex, unit), table.m(sex, unit), table.s(sex, unit));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
