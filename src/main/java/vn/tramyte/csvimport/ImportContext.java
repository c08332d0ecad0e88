package vn.tramyte.csvimport;

import java.time.LocalDate;
import java.util.Objects;
import vn.tramyte.person.EthnicGroups;

/**
 * What checking a row needs besides the row: today (from the application's clock, so tests
 * can fix it) for "no date in the future", and the ethnic group list.
 */
public record ImportContext(LocalDate today, EthnicGroups ethnicGroups) {
    public ImportContext {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(ethnicGroups, "ethnicGroups");
    }
}
