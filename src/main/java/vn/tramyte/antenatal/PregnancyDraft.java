package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A pregnancy as typed on the form or read from a CSV row, before validation: the LMP or the
 * expected delivery date (one is enough, one gives the other), gravidity and parity.
 *
 * @param id     the pregnancy being edited, or null for a new one
 * @param lmp    first day of the last menstrual period
 * @param edd    expected delivery date
 * @param gravida number of pregnancies including this one
 * @param para    number of earlier births
 */
public record PregnancyDraft(UUID id, LocalDate lmp, LocalDate edd, Integer gravida, Integer para,
                             String riskNotes) {
}
