package vn.tramyte.db;

import static vn.tramyte.db.generated.Tables.REFERENCE_VERSION;

import vn.tramyte.db.generated.tables.records.ReferenceVersionRecord;

/**
 * The reference_version table: the version of each reference set replaced whole by a file the centre
 * loads (the plan's targets, the DHIS2 mapping), by the set's name; 0 before its first file.
 */
public final class ReferenceVersionRepository {
    private ReferenceVersionRepository() {
    }

    public static int version(Tx tx, String name) {
        Integer v = tx.dsl().select(REFERENCE_VERSION.VERSION).from(REFERENCE_VERSION)
                .where(REFERENCE_VERSION.NAME.eq(name)).fetchOne(REFERENCE_VERSION.VERSION);
        return v == null ? 0 : v;
    }

    /** Records the set's new version (its row made at the first file). */
    public static void record(Tx tx, String name, int version) {
        ReferenceVersionRecord v = tx.dsl().fetchOne(REFERENCE_VERSION, REFERENCE_VERSION.NAME.eq(name));
        if (v == null) {
            v = tx.dsl().newRecord(REFERENCE_VERSION);
            v.setName(name);
        }
        v.setVersion(version);
        v.setUpdatedAt(tx.now());
        v.setUpdatedBy(tx.user());
        v.store();
    }
}
