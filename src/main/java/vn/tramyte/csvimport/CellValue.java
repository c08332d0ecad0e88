package vn.tramyte.csvimport;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one cell gave: a value, or the message key and arguments saying what is wrong
 * with it. Parsing returns this instead of throwing so that every cell of every row can be
 * checked in one pass.
 */
public record CellValue<T>(T value, String problemKey, List<String> args) {
    public CellValue {
        if ((value == null) == (problemKey == null)) {
            throw new IllegalArgumentException("a cell value has either a value or a problem");
        }
        args = List.copyOf(args);
    }

    public static <T> CellValue<T> of(T value) {
        return new CellValue<>(Objects.requireNonNull(value, "value"), null, List.of());
    }

    public static <T> CellValue<T> wrong(String problemKey, String... args) {
        return new CellValue<>(null, problemKey, List.of(args));
    }

    public boolean ok() {
        return problemKey == null;
    }

    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }
}
