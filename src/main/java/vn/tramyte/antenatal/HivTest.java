package vn.tramyte.antenatal;

import java.util.Optional;
import vn.tramyte.common.Coded;

/**
 * The HIV test of a visit when one was done (no value: not tested at this visit). PENDING is a
 * test taken whose result has not come back, so that "done" is counted before the result.
 */
public enum HivTest implements Coded {
    PENDING("pending", "antenatal.hiv.pending"),
    NEGATIVE("negative", "antenatal.hiv.negative"),
    POSITIVE("positive", "antenatal.hiv.positive");

    private final String code;
    private final String messageKey;

    HivTest(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Optional<HivTest> fromCode(String code) {
        return Coded.lenient(HivTest.class, code);
    }
}
