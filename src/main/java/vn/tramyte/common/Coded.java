package vn.tramyte.common;

import java.util.Optional;

/**
 * An enum stored and exchanged by a short code ("home", "DEN"): one way to read a code back,
 * instead of a loop in every enum.
 */
public interface Coded {
    /** The code stored in the database and written in files. */
    String code();

    /** The constant whose code is exactly this one; empty for any other text or null. */
    static <E extends Enum<E> & Coded> Optional<E> exact(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The same, read from a person's typing or a file: surrounding spaces and letter case ignored. */
    static <E extends Enum<E> & Coded> Optional<E> lenient(Class<E> type, String code) {
        String typed = code == null ? "" : code.trim();
        for (E e : type.getEnumConstants()) {
            if (e.code().equalsIgnoreCase(typed)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
