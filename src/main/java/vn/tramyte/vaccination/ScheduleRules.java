package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The schedule's date arithmetic for one dose, shared by the dose evaluator, the child's card and
 * the due list, so that "valid", "due" and "overdue" can never disagree between screens.
 */
public final class ScheduleRules {
    private ScheduleRules() {
    }

    /**
     * The earliest day a dose is valid: the minimum age, and the minimum interval after the
     * previous valid dose of the series ({@code previousValid}, {@code null} for a first dose).
     */
    public static LocalDate earliestValidDate(Vaccine v, LocalDate birth, LocalDate previousValid) {
        LocalDate minAge = v.minAgeDate(birth);
        return previousValid == null ? minAge : Dates.later(minAge, previousValid.plusDays(v.minIntervalDays()));
    }

    /**
     * The due date: the scheduled age (birth plus calendar months), but never before the dose
     * could be valid. For a woman's dose there is no scheduled age: due as soon as valid.
     */
    public static LocalDate dueDate(Vaccine v, LocalDate birth, LocalDate previousValid) {
        LocalDate earliest = earliestValidDate(v, birth, previousValid);
        return v.target() == Target.WOMAN ? earliest : Dates.later(v.scheduledDate(birth), earliest);
    }

    /** Where a dose not yet validly given stands on {@code day}, given its due date. */
    public static DueStatus status(Vaccine v, LocalDate birth, LocalDate due, LocalDate day,
                                   ScheduleSettings settings) {
        LocalDate last = v.lastValidDate(birth);
        if (!v.scheduledFor(birth) || last != null && (day.isAfter(last) || due.isAfter(last))) {
            return DueStatus.NOT_APPLICABLE;
        }
        if (due.isAfter(day)) {
            return DueStatus.NOT_YET_DUE;
        }
        return ChronoUnit.DAYS.between(due, day) > settings.overdueAfterDays() ? DueStatus.OVERDUE : DueStatus.DUE;
    }

    /**
     * The verdict on a dose of {@code v} given on {@code date}, against the doses already recorded
     * (their stored verdicts decide which ones count, so the history is not re-judged).
     */
    public static DoseVerdict verdict(Vaccine v, Optional<Vaccine> previous, LocalDate birth, LocalDate date,
                                      List<RecordedDose> recorded) {
        LocalDate minAge = v.minAgeDate(birth);
        LocalDate previousValid = null;
        if (previous.isPresent()) {
            Optional<RecordedDose> p = validDose(recorded, previous.get().code(), date);
            if (p.isEmpty()) {
                return date.isBefore(minAge) ? DoseVerdict.invalid(InvalidReason.BEFORE_MIN_AGE, minAge, null)
                        : DoseVerdict.invalid(InvalidReason.PREVIOUS_DOSE_MISSING, null, previous.get().code());
            }
            previousValid = p.get().date();
        }
        LocalDate earliest = earliestValidDate(v, birth, previousValid);
        if (date.isBefore(earliest)) {
            // name the rule that binds: the one that sets the earliest valid day
            return earliest.equals(minAge) ? DoseVerdict.invalid(InvalidReason.BEFORE_MIN_AGE, earliest, null)
                    : DoseVerdict.invalid(InvalidReason.BEFORE_MIN_INTERVAL, earliest, previous.get().code());
        }
        LocalDate last = v.lastValidDate(birth);
        if (last != null && date.isAfter(last)) {
            return DoseVerdict.invalid(InvalidReason.AFTER_MAX_AGE, last, null);
        }
        return DoseVerdict.VALID;
    }

    /** The valid dose of {@code code} given on or before {@code onOrBefore}, the latest if several. */
    public static Optional<RecordedDose> validDose(List<RecordedDose> recorded, String code, LocalDate onOrBefore) {
        RecordedDose latest = null;
        for (RecordedDose r : recorded) {
            if (r.isValid() && r.vaccineCode().equals(code) && !r.date().isAfter(onOrBefore)
                    && (latest == null || r.date().isAfter(latest.date()))) {
                latest = r;
            }
        }
        return Optional.ofNullable(latest);
    }
}
