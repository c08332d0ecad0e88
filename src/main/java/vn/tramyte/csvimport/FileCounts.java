package vn.tramyte.csvimport;

import java.util.Objects;

/** How many rows of one file were new, updated or unchanged. */
public record FileCounts(ImportFile file, int newRows, int updatedRows, int unchangedRows) {
    public FileCounts {
        Objects.requireNonNull(file, "file");
        if (newRows < 0 || updatedRows < 0 || unchangedRows < 0) {
            throw new IllegalArgumentException("negative row count");
        }
    }

    public int total() {
        return newRows + updatedRows + unchangedRows;
    }

    FileCounts plus(RowChange change, int count) {
        return switch (change) {
            case NEW -> new FileCounts(file, newRows + count, updatedRows, unchangedRows);
            case UPDATED -> new FileCounts(file, newRows, updatedRows + count, unchangedRows);
            case UNCHANGED -> new FileCounts(file, newRows, updatedRows, unchangedRows + count);
        };
    }
}
