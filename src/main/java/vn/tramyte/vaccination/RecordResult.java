package vn.tramyte.vaccination;

import java.util.List;
import java.util.UUID;
import vn.tramyte.common.Problem;

/**
 * What recording a batch of doses did: the new rows, and the sentences for the doses that were
 * recorded but do not count for their series (to show to the health worker).
 */
public record RecordResult(List<UUID> ids, List<RecordedDose> doses, List<Problem> warnings) {
    public RecordResult {
        ids = List.copyOf(ids);
        doses = List.copyOf(doses);
        warnings = List.copyOf(warnings);
    }
}
