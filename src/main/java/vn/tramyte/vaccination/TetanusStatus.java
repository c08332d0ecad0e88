package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A woman's tetanus doses (TT1–TT5) and what they give her. The doses are judged like a child's
 * (an early dose is recorded but not valid, by {@link DoseEvaluator}); here the stored verdicts
 * are read. Protection follows WHO's table for tetanus toxoid in women of childbearing age:
 * TT1 none, TT2 3 years, TT3 5 years, TT4 10 years, TT5 for life — durations taken from the
 * catalogue's {@code protection_years}, so a centre can correct them.
 */
public final class TetanusStatus {
    /** The catalogue series of the women's tetanus doses. */
    public static final String SERIES = "TT";

    private final List<Vaccine> schedule;
    private final List<RecordedDose> doses;

    private TetanusStatus(List<Vaccine> schedule, List<RecordedDose> doses) {
        this.schedule = schedule;
        this.doses = doses;
    }

    /** The woman's status from her recorded doses (doses of other series are ignored). */
    public static TetanusStatus of(List<RecordedDose> doses, VaccineCatalogue catalogue) {
        List<Vaccine> schedule = catalogue.series(SERIES);
        List<String> codes = schedule.stream().map(Vaccine::code).toList();
        return new TetanusStatus(schedule, doses.stream().filter(r -> codes.contains(r.vaccineCode()))
                .sorted(Comparator.comparing(RecordedDose::date)).toList());
    }

    /** Her tetanus doses, valid or not, oldest first. */
    public List<RecordedDose> doses() {
        return doses;
    }

    /** The valid doses given on or before the day, oldest first. */
    public List<RecordedDose> validDoses(LocalDate onOrBefore) {
        return doses.stream().filter(r -> r.isValid() && !r.date().isAfter(onOrBefore)).toList();
    }

    /** The next dose to give after the day's valid doses; empty after TT5. */
    public Optional<Vaccine> nextDose(LocalDate on) {
        List<String> given = validDoses(on).stream().map(RecordedDose::vaccineCode).toList();
        return schedule.stream().filter(v -> !given.contains(v.code())).findFirst();
    }

    /**
     * The earliest day the next dose will count: the minimum interval after the previous valid
     * dose. TT1 counts whenever it is given, so for it the answer is {@code on}. Empty after TT5.
     */
    public Optional<LocalDate> nextDoseFrom(LocalDate on) {
        return nextDose(on).map(next -> {
            if (next.dose() == 1) {
                return on;
            }
            String previous = schedule.get(next.dose() - 2).code();
            return ScheduleRules.validDose(doses, previous, on).map(p -> p.date().plusDays(next.minIntervalDays()))
                    .orElse(on);
        });
    }

    /**
     * Whether she is protected on {@code day} (for the indicator: the delivery day): two valid
     * doses since {@code pregnancyStart} (the LMP; null when unknown), or an earlier valid dose
     * whose protection lasts to that day.
     */
    public TetanusProtection protectedOn(LocalDate day, LocalDate pregnancyStart) {
        List<RecordedDose> valid = validDoses(day);
        LocalDate lastProtected = null;
        for (RecordedDose r : valid) {
            ProtectionSpan span = schedule.stream().filter(v -> v.code().equals(r.vaccineCode())).findFirst()
                    .map(Vaccine::protection).orElse(ProtectionSpan.NONE);
            if (span.protects() && (lastProtected == null || span.lastProtectedDay(r.date()).isAfter(lastProtected))) {
                lastProtected = span.lastProtectedDay(r.date());
            }
        }
        long inPregnancy = pregnancyStart == null ? 0
                : valid.stream().filter(r -> !r.date().isBefore(pregnancyStart)).count();
        if (inPregnancy >= 2) {
            return new TetanusProtection(ProtectionBasis.DOSES_IN_PREGNANCY, lastProtected);
        }
        if (lastProtected != null && !day.isAfter(lastProtected)) {
            return new TetanusProtection(ProtectionBasis.LASTING_PROTECTION, lastProtected);
        }
        return TetanusProtection.NONE;
    }
}
