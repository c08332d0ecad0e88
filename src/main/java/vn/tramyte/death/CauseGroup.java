package vn.tramyte.death;

import java.util.Optional;
import vn.tramyte.common.Coded;

/** The cause groups of the centre's community death report; the codes are those of CSV-IMPORT.md. */
public enum CauseGroup implements Coded {
    TB("tb", "death.cause.tb"),
    HEPATITIS("hepatitis", "death.cause.hepatitis"),
    DENGUE("dengue", "death.cause.dengue"),
    HIV("hiv", "death.cause.hiv"),
    CANCER("cancer", "death.cause.cancer"),
    DIABETES("diabetes", "death.cause.diabetes"),
    STROKE("stroke", "death.cause.stroke"),
    CIRCULATORY("circulatory", "death.cause.circulatory"),
    PNEUMONIA("pneumonia", "death.cause.pneumonia"),
    DIGESTIVE("digestive", "death.cause.digestive"),
    PERINATAL("perinatal", "death.cause.perinatal"),
    MATERNAL("maternal", "death.cause.maternal"),
    ROAD_TRAFFIC("road_traffic", "death.cause.roadTraffic"),
    DROWNING("drowning", "death.cause.drowning"),
    POISONING("poisoning", "death.cause.poisoning"),
    OTHER("other", "death.cause.other");

    private final String code;
    private final String messageKey;

    CauseGroup(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    /**
     * An injury from outside: such a death during pregnancy is not a maternal death (WHO:
     * "from accidental or incidental causes" excluded). Poisoning includes self-poisoning, the
     * commonest suicide in the region, which the domain excludes as well.
     */
    public boolean accidental() {
        return this == ROAD_TRAFFIC || this == DROWNING || this == POISONING;
    }

    public static Optional<CauseGroup> fromCode(String code) {
        return Coded.lenient(CauseGroup.class, code);
    }
}
