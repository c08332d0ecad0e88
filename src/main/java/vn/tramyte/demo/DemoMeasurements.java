package vn.tramyte.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tramyte.nutrition.Child;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.nutrition.MeasurementRules;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.nutrition.growth.GrowthStandards;
import vn.tramyte.nutrition.growth.Lms;
import vn.tramyte.nutrition.growth.LmsTable;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.Sex;

/**
 * The June and December weighing rounds since the start. Each child keeps its own growth track
 * (a length-for-age z and a weight-for-length z around its commune's means, lower in the
 * highlands), which gives Lai Châu's 25–30 % stunting and 15–20 % underweight over the district,
 * some communes better, some worse. A value WHO would flag as implausible is not made.
 */
final class DemoMeasurements {
    private final DemoCommune commune;
    private final Random random;
    private final NutritionService nutrition;
    private final GrowthStandards who;

    DemoMeasurements(DemoCommune commune, NutritionService nutrition) {
        this.commune = commune;
        this.random = commune.random;
        this.nutrition = nutrition;
        this.who = nutrition.standards();
    }

    /** The national rounds (1 June, 1 December) from the start up to today. */
    static List<LocalDate> rounds(LocalDate start, LocalDate today) {
        List<LocalDate> rounds = new ArrayList<>();
        for (int year = start.getYear(); year <= today.getYear(); year++) {
            for (LocalDate d : List.of(LocalDate.of(year, 6, 1), LocalDate.of(year, 12, 1))) {
                if (!d.isAfter(today) && !d.isBefore(start)) {
                    rounds.add(d);
                }
            }
        }
        return rounds;
    }

    void fill() {
        List<LocalDate> rounds = rounds(commune.start, commune.today);
        for (Resident r : commune.residents) {
            if (r.mother != null && r.birth.isAfter(commune.start.minusYears(5))) {
                measure(r, rounds);
            }
        }
    }

    private void measure(Resident r, List<LocalDate> rounds) {
        DemoProfile profile = commune.profile(r);
        double hazTrack = clamp(profile.heightZ() + 0.95 * random.nextGaussian(), -4.2, 2.5);
        double whzTrack = clamp(profile.weightZ() + 0.85 * random.nextGaussian(), -3.6, 2.5);
        Child child = new Child(r.id, commune.station.code(), r.name, null, r.sex, r.birth, null, null);
        for (LocalDate round : rounds) {
            // a child measured on a round is one who came; some do not
            if (!child.underFiveOn(round) || !r.aliveOn(round) || random.nextDouble() > profile.weighed()) {
                continue;
            }
            int days = (int) ChronoUnit.DAYS.between(r.birth, round);
            double haz = hazTrack + 0.25 * random.nextGaussian();
            double whz = whzTrack + 0.35 * random.nextGaussian();
            Position position = MeasurementRules.defaultPosition(r.birth, round);
            double length = round1(valueAt(who.lengthHeightForAge(), r.sex, days, haz));
            double weight = round1(weightFor(r.sex, days, length, whz));
            boolean oedema = random.nextInt(600) == 0;
            if (nutrition.assess(child, round, weight, length, position, oedema).implausible()) {
                continue;
            }
            commune.records.measurements.add(new DemoRecords.MeasurementWrite(new MeasurementDraft(commune.ids.next(),
                    r.id, round, weight, length, position, oedema, null)));
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

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
