package vn.tramyte.common;

import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong with an input: the field it concerns (null when it concerns the whole
 * input), the message key of the sentence and the sentence's arguments.
 */
public record Problem(String field, String key, Object[] args) {
    public Problem {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && Objects.equals(field, p.field) && key.equals(p.key)
                && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return (field == null ? "" : field + ": ") + key + Arrays.toString(args);
    }
}
