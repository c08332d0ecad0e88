package vn.tramyte.csvimport;

import java.util.List;

/**
 * The closed code lists of CSV-IMPORT.md, spelled as the contract spells them, in its order
 * (the order the refusal message lists them in). Vaccine codes are not here: they are the
 * vaccination catalogue's, which a centre may extend (DOMAIN.md §3).
 */
public final class ContractCodes {
    /** {@code place} of a dose in vaccinations.csv. */
    public static final List<String> DOSE_PLACES = List.of("station", "outreach", "hospital", "private", "other");
    /** {@code place} of a delivery (deliveries.csv) or of a death (deaths.csv). */
    public static final List<String> EVENT_PLACES = List.of("station", "hospital", "home", "on_the_way", "other");
    public static final List<String> ATTENDANTS = List.of("doctor", "assistant_doctor", "midwife", "nurse",
            "village_midwife", "family", "none", "other");
    /** {@code outcome} of a baby in births.csv. */
    public static final List<String> BIRTH_OUTCOMES = List.of("live", "still");
    /** The {@code outcome} for which births.csv requires a {@code child_ref}. */
    public static final String LIVE_BIRTH = "live";
    public static final List<String> MOTHER_OUTCOMES = List.of("alive", "died");
    /** {@code position} of a measurement: L lying (length), H standing (height). */
    public static final List<String> POSITIONS = List.of("L", "H");
    public static final List<String> CAUSE_GROUPS = List.of("tb", "hepatitis", "dengue", "hiv", "cancer",
            "diabetes", "stroke", "circulatory", "pneumonia", "digestive", "perinatal", "maternal", "road_traffic",
            "drowning", "poisoning", "other");

    private ContractCodes() {
    }
}
