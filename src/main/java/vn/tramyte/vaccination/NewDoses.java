package vn.tramyte.vaccination;

import java.util.List;
import java.util.UUID;

/**
 * Doses given to one person on one visit, for a write in bulk ({@link VaccinationService#recordAll}),
 * with the change number of that visit's record, from a block the caller reserved.
 */
public record NewDoses(UUID personId, String stationCode, List<GivenDose> doses, long changeSeq) {
    public NewDoses {
        doses = List.copyOf(doses);
    }
}
