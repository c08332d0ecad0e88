package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dose as the health worker records it.
 *
 * @param vaccineCode   the catalogue code, kept in upper case
 * @param place         where it was given; {@code null} when not known (old registers)
 * @param lot           the vaccine lot number; {@code null} or blank when not known
 * @param fromPaperCard copied from the child's paper card rather than given or seen at this station
 */
public record GivenDose(String vaccineCode, LocalDate date, DosePlace place, String lot, boolean fromPaperCard) {
    public GivenDose {
        Objects.requireNonNull(vaccineCode, "vaccineCode");
        Objects.requireNonNull(date, "date");
        vaccineCode = VaccineCatalogue.normalizeCode(vaccineCode);
        if (vaccineCode.isEmpty()) {
            throw new IllegalArgumentException("a dose needs a vaccine code");
        }
        lot = lot == null || lot.isBlank() ? null : lot.trim();
    }

    /** A dose given at the station, lot unknown: the common case in tests and imports. */
    public static GivenDose at(String vaccineCode, LocalDate date) {
        return new GivenDose(vaccineCode, date, DosePlace.STATION, null, false);
    }
}
