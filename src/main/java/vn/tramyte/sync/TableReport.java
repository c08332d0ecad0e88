package vn.tramyte.sync;

/** One table's line of an import report. */
public record TableReport(String table, int added, int updated, int unchanged, int refused) {
    public int total() {
        return added + updated + unchanged + refused;
    }
}
