package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One antenatal visit (khám thai) with the columns of the register A3. Every value may be
 * missing (null) because a visit records what was examined, and the form hands over what was
 * typed; {@link AncVisitValidator} says what is required and plausible. The gestational week and
 * trimester are not stored: they follow from the pregnancy's LMP ({@link PregnancyDates}).
 *
 * @param date              the day of the visit (required)
 * @param weightKg          the woman's weight
 * @param systolicMmHg      blood pressure, systolic
 * @param diastolicMmHg     blood pressure, diastolic
 * @param fundalHeightCm    symphysis–fundal height
 * @param fetalHeart        rate or present/absent; null when not listened for
 * @param urineProtein      dipstick reading; null when not tested
 * @param hivTest           null when not tested at this visit
 * @param haemoglobinGPerDl the anaemia test; null when not tested
 * @param tetanusDose       the dose given at this visit; null when none
 * @param ironFolicGiven    whether iron–folic acid tablets were given
 * @param ironFolicTablets  how many, when counted; only with ironFolicGiven
 * @param examiner          who examined her, as written
 */
public record AncVisit(
        LocalDate date,
        Double weightKg,
        Integer systolicMmHg,
        Integer diastolicMmHg,
        Double fundalHeightCm,
        FetalHeart fetalHeart,
        UrineProtein urineProtein,
        HivTest hivTest,
        Double haemoglobinGPerDl,
        TetanusDose tetanusDose,
        boolean ironFolicGiven,
        Integer ironFolicTablets,
        String examiner) {

    /** WHO: haemoglobin below 11.0 g/dL in pregnancy is anaemia. */
    public static final double ANAEMIA_BELOW_G_PER_DL = 11.0;

    public AncVisit {
        if (!ironFolicGiven && ironFolicTablets != null) {
            throw new IllegalArgumentException("tablets counted but iron-folic acid not given");
        }
    }

    /** A visit with only its date, for lists and tests; the A3 columns are added with the form. */
    public static AncVisit on(LocalDate date) {
        return new AncVisit(date, null, null, null, null, null, null, null, null, null, false, null, null);
    }

    public boolean hivTested() {
        return hivTest != null;
    }

    public boolean anaemiaTested() {
        return haemoglobinGPerDl != null;
    }

    /** False when not tested: only a measured haemoglobin can show anaemia. */
    public boolean anaemic() {
        return haemoglobinGPerDl != null && haemoglobinGPerDl < ANAEMIA_BELOW_G_PER_DL;
    }

    public Optional<TetanusDose> tetanusDoseGiven() {
        return Optional.ofNullable(tetanusDose);
    }
}
