package vn.tramyte.antenatal;

import java.util.UUID;

/**
 * A baby as the delivery form or an import hands it over: the baby, and for a live birth the
 * child's name (a new person record is made) or an existing child's record (an import's child_ref).
 */
public record NewBaby(Baby baby, String childName, UUID existingChildId) {
    public static NewBaby named(Baby baby, String childName) {
        return new NewBaby(baby, childName, null);
    }
}
