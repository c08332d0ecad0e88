package vn.tramyte.antenatal;

import java.util.List;
import java.util.UUID;

/**
 * A pregnancy for a write in bulk ({@link AntenatalService#saveAll}) with its antenatal visits and,
 * when it has ended, its delivery. Every row carries the id the caller gave it and its change
 * number, from a block the caller reserved (the rows of one delivery share its number).
 *
 * @param delivery null while she is still pregnant
 */
public record NewPregnancy(UUID id, String stationCode, UUID womanId, PregnancyDraft draft, long changeSeq,
                           List<Visit> visits, Birth delivery) {
    public NewPregnancy {
        visits = List.copyOf(visits);
    }

    /** An antenatal visit of the pregnancy; a tetanus dose given at it joins her tetanus record. */
    public record Visit(UUID id, AncVisit visit, long changeSeq) {
    }

    /**
     * The delivery that ended it: each live-born baby's new record gets the id at the same place
     * in {@code childIds} (null for a stillbirth).
     */
    public record Birth(UUID id, Delivery delivery, List<NewBaby> babies, List<UUID> childIds, long changeSeq) {
        public Birth {
            babies = List.copyOf(babies);
            childIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(childIds));
            if (childIds.size() != babies.size()) {
                throw new IllegalArgumentException("one child id (or null) per baby");
            }
        }
    }
}
