package vn.tramyte.csvimport;

/**
 * How far an import has come, told to the window while it runs, and whether its user asked to stop it.
 * Called on the import's thread. An import stopped at any point changes nothing: its write happens on a
 * copy of the file that only takes the file's place at the very end (decision 0018).
 */
public interface ImportProgress {
    /** For the command line and the tests: nothing is shown, nothing stops the import. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void writing(long rowsWritten, long rows) {
        }

        @Override
        public boolean stopped() {
            return false;
        }
    };

    /** The checked rows are being written: about {@code rowsWritten} of {@code rows} so far. */
    void writing(long rowsWritten, long rows);

    /** Asked between steps: true ends the import there, with nothing changed. */
    boolean stopped();
}
