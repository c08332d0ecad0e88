package vn.tramyte.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's thread, where no database work may run (STYLE.md: nothing slow on the FX thread). */
final class WindowThread {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private volatile Thread forbidden;
    private volatile boolean strict;

    /** From now on, work on {@code thread} is refused: strict (tests) throws; otherwise it is logged and runs. */
    void refuse(Thread thread, boolean strict) {
        this.strict = strict;
        this.forbidden = thread;
    }

    void check() {
        if (Thread.currentThread() == forbidden) {
            IllegalStateException e = new IllegalStateException("database work on the window's thread; run it "
                    + "through the TaskRunner");
            if (strict) {
                LOG.error("slow work on the window's thread", e);
                throw e;
            }
            LOG.warn("slow work on the window's thread", e);
        }
    }
}
