package vn.tramyte.nutrition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.tramyte.common.Problem;
import vn.tramyte.nutrition.growth.Position;

/**
 * What a measurement must be before it is saved: the physical ranges of the issue (weight
 * 0.5–60 kg, length 35–130 cm), a date neither in the future nor before birth, a child under
 * five on that day. Values inside these ranges but improbable for the age are not refused
 * here; WHO's plausibility flags ask the user to confirm them.
 */
public final class MeasurementRules {
    public static final double MIN_WEIGHT_KG = 0.5;
    public static final double MAX_WEIGHT_KG = 60;
    public static final double MIN_LENGTH_CM = 35;
    public static final double MAX_LENGTH_CM = 130;
    public static final int MIN_MUAC_MM = 50;
    public static final int MAX_MUAC_MM = 300;
    /** anthro computes no z-score from 60 months = 1827 days on. */
    public static final int FIRST_DAY_WITHOUT_SCORES = 1827;
    /** WHO measured lying under 2 years (731 days) and standing from then. */
    public static final int FIRST_STANDING_DAY = 731;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MeasurementRules() {
    }

    /** Lying under two years, standing from two years: the position a health worker would use. */
    public static Position defaultPosition(LocalDate birth, LocalDate on) {
        return ChronoUnit.DAYS.between(birth, on) < FIRST_STANDING_DAY ? Position.LYING : Position.STANDING;
    }

    public static List<Problem> check(MeasurementDraft d, LocalDate birthDate, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d.date() == null) {
            problems.add(Problem.of("date", "nutrition.error.dateRequired"));
        } else if (d.date().isAfter(today)) {
            problems.add(Problem.of("date", "nutrition.error.dateFuture", DATE.format(d.date()), DATE.format(today)));
        } else if (d.date().isBefore(birthDate)) {
            problems.add(Problem.of("date", "nutrition.error.dateBeforeBirth", DATE.format(d.date()),
                    DATE.format(birthDate)));
        } else if (ChronoUnit.DAYS.between(birthDate, d.date()) >= FIRST_DAY_WITHOUT_SCORES) {
            problems.add(Problem.of("date", "nutrition.error.notUnderFive", DATE.format(birthDate)));
        }
        if (d.weightKg() == null && d.lengthCm() == null) {
            problems.add(Problem.of("weight", "nutrition.error.nothingMeasured"));
        }
        if (d.weightKg() != null && (d.weightKg() < MIN_WEIGHT_KG || d.weightKg() > MAX_WEIGHT_KG)) {
            problems.add(Problem.of("weight", "nutrition.error.weightRange", d.weightKg(), MIN_WEIGHT_KG, MAX_WEIGHT_KG));
        }
        if (d.lengthCm() != null && (d.lengthCm() < MIN_LENGTH_CM || d.lengthCm() > MAX_LENGTH_CM)) {
            problems.add(Problem.of("length", "nutrition.error.lengthRange", d.lengthCm(), MIN_LENGTH_CM, MAX_LENGTH_CM));
        }
        if (d.lengthCm() != null && d.position() == null) {
            problems.add(Problem.of("position", "nutrition.error.positionRequired"));
        }
        if (d.muacMm() != null && (d.muacMm() < MIN_MUAC_MM || d.muacMm() > MAX_MUAC_MM)) {
            problems.add(Problem.of("muac", "nutrition.error.muacRange", d.muacMm(), MIN_MUAC_MM, MAX_MUAC_MM));
        }
        return problems;
    }
}
