package vn.tramyte.plan;

import java.util.Optional;
import vn.tramyte.common.Coded;

/** Whom an indicator counts: everyone, or ethnic-minority people alone (dân tộc thiểu số, DTTS). */
public enum Population implements Coded {
    ALL("all", "target.population.all"),
    ETHNIC_MINORITY("dtts", "target.population.dtts");

    private final String code;
    private final String messageKey;

    Population(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Optional<Population> fromCode(String code) {
        return Coded.exact(Population.class, code);
    }
}
