package vn.tramyte.vaccination;

import java.util.Optional;
import vn.tramyte.common.Coded;

/** Whom a dose is for: the child's schedule, or women (tetanus doses around pregnancies). */
public enum Target implements Coded {
    CHILD("child", "vaccination.target.child"),
    WOMAN("woman", "vaccination.target.woman");

    private final String code;
    private final String messageKey;

    Target(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    /** The code in the catalogue file and the database. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Optional<Target> fromCode(String code) {
        return Coded.exact(Target.class, code);
    }
}
