package vn.tramyte.vaccination;

/**
 * The few numbers of the schedule that are not per vaccine, kept as settings a centre can change.
 *
 * @param overdueAfterDays a dose is overdue when the day is more than this many days after its due
 *                         date (28: four weeks, the EPI defaulter rule)
 * @param defaulterWeeks   the default of the defaulter list: overdue by more than this many weeks
 * @param womanMinAgeYears a woman's dose (tetanus) is refused for a male or a girl younger than this
 *                         (10, as the people register's youngest mother)
 * @param childMaxAgeYears a child's dose is refused for a person this old or older on the day
 *                         (16: a child under the Law on Children 2016)
 */
public record ScheduleSettings(int overdueAfterDays, int defaulterWeeks, int womanMinAgeYears, int childMaxAgeYears) {
    public ScheduleSettings {
        if (overdueAfterDays < 0 || defaulterWeeks < 0 || womanMinAgeYears < 0 || childMaxAgeYears <= 0) {
            throw new IllegalArgumentException("schedule settings cannot be negative");
        }
    }

    public static ScheduleSettings defaults() {
        return new ScheduleSettings(28, 4, 10, 16);
    }
}
