package vn.tramyte.csvimport;

/**
 * What applying one valid row did to the records. Rows are matched by their refs, so a second
 * import of the same file gives only UNCHANGED, and a corrected file UPDATED for the rows it
 * corrects.
 */
public enum RowChange {
    NEW,
    UPDATED,
    UNCHANGED
}
