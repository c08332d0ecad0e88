package vn.tramyte.csvimport;

import java.util.Objects;

/**
 * One column of an import file as the contract names it (lower case, with underscores).
 * {@code required} is the contract's bold: a file without the column is refused, and an
 * empty cell in it is a problem of its row.
 */
public record Column(String name, boolean required) {
    public Column {
        Objects.requireNonNull(name, "name");
    }

    static Column required(String name) {
        return new Column(name, true);
    }

    static Column optional(String name) {
        return new Column(name, false);
    }
}
