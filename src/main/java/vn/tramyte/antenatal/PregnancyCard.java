package vn.tramyte.antenatal;

import java.util.List;
import vn.tramyte.person.PersonRow;

/**
 * One pregnancy as the card and the lists show it: the woman, her visits (oldest first), the
 * delivery when recorded, and the assessment on the reference day.
 */
public record PregnancyCard(Pregnancy pregnancy, PersonRow woman, List<StoredVisit> visits,
                            StoredDelivery delivery, AncAssessment assessment, boolean tetanusProtected) {
    public PregnancyCard {
        visits = List.copyOf(visits);
    }
}
