package vn.tramyte.importer;

import vn.tramyte.csvimport.CsvTable;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.db.Tx;

/**
 * The import of one file of CSV-IMPORT.md by the feature that owns its records. A new
 * instance is made for every import (it keeps the rows it checked until they are applied).
 * Files are handled in {@link ImportFile#dependencyOrder()}: persons first.
 */
public interface FileRows {

    ImportFile file();

    /**
     * Reads and checks every row, recording every problem in the report (never throwing for a
     * bad row). People of persons.csv are made known to the session here, so later files
     * resolve their refs.
     */
    void check(CsvTable table, ImportSession session, ImportReport.Builder report);

    /**
     * The checks of this file's rows that need every file's rows (a pregnancy ended by a delivery of
     * deliveries.csv) and what is stored: after every file's {@link #check}, before anything is written,
     * so that every problem of the import is told at once. None by default.
     */
    default void checkWithOthers(ImportSession session, ImportReport.Builder report) {
    }

    /** Writes the checked rows inside the import's one all-or-nothing write and counts new / updated / unchanged. */
    void apply(Tx tx, ImportSession session, ImportReport.Builder report);

    /** Makes the handler of a file for one import. */
    interface Factory {
        FileRows create();
    }
}
