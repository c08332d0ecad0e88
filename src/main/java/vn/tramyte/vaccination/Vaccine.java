package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dose of the catalogue (a row of {@code catalogue.csv} or of the centre's table): what the
 * schedule says about it. Range checks live in {@link VaccineCatalogue#check} so that a centre's
 * edit gets sentences, not exceptions.
 *
 * @param dueMonths       due age in calendar months after birth (0 = at birth); unused for women
 * @param minAgeDays      a dose given younger is recorded but not valid
 * @param minIntervalDays minimum days after the previous valid dose of the series
 * @param maxAgeDays      last age in days at which a dose is valid; {@code null} = no upper age
 * @param bornFrom        in the schedule only for children born on or after it; {@code null} = all
 */
public record Vaccine(
        String code,
        String series,
        int dose,
        Target target,
        String nameVi,
        String nameEn,
        int dueMonths,
        int minAgeDays,
        int minIntervalDays,
        Integer maxAgeDays,
        LocalDate bornFrom,
        boolean fullImmunization,
        ProtectionSpan protection,
        String source) {

    public Vaccine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        protection = protection == null ? ProtectionSpan.NONE : protection;
        source = source == null ? "" : source;
    }

    /** The name in the user's language ({@code "vi"} or {@code "en"}, as Messages.language()). */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    /** The date the schedule puts this dose at: birth plus calendar months (31 Jan + 2 = 31 Mar). */
    public LocalDate scheduledDate(LocalDate birth) {
        return birth.plusMonths(dueMonths);
    }

    public LocalDate minAgeDate(LocalDate birth) {
        return birth.plusDays(minAgeDays);
    }

    /** The last day a dose is valid; {@code null} when there is no upper age. */
    public LocalDate lastValidDate(LocalDate birth) {
        return maxAgeDays == null ? null : birth.plusDays(maxAgeDays);
    }

    /** Whether the schedule includes this dose for a child born on that day. */
    public boolean scheduledFor(LocalDate birth) {
        return bornFrom == null || !birth.isBefore(bornFrom);
    }
}
