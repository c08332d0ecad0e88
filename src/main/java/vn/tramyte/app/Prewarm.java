package vn.tramyte.app;

import org.slf4j.LoggerFactory;

/**
 * Start-up (issue 12): while the login screen waits for a health worker to type, a spare thread does
 * what opening the folder will need and costs most in a new JVM: it loads and compiles the password
 * hashing (Argon2id, 19 MiB; interpreted it takes seconds on an old PC, compiled a tenth of that), then
 * rehearses the open after the login on a throw-away database ({@link #rehearse}: H2, the
 * migrations' statements, jOOQ, the repositories, the bundled reference tables). Nothing of it is kept:
 * the login then runs on warm code. It stops at its next step once the login is pressed. Low priority and
 * a daemon, so it never holds the window up or keeps the program alive; its lines below a warning are not
 * logged (its database is not the user's: {@link vn.tramyte.common.Logging#REHEARSAL_THREAD}), and a
 * failure here is not told (the login does the real work anyway).
 */
final class Prewarm {
    private final java.time.Clock clock;
    /** True once the window's worker has real work (a login pressed): the warm-up then stops at its next step. */
    private final java.util.function.BooleanSupplier realWork;
    private boolean started;

    Prewarm(java.time.Clock clock, java.util.function.BooleanSupplier realWork) {
        this.clock = clock;
        this.realWork = realWork;
    }

    /**
     * Starts the warm-up once per window, once the screen that waits for the user is painted: after the
     * second pulse that lays it out (JavaFX renders a pulse's frame before it starts the next), so that the
     * warm-up does not hold up the first frame on a 2-core PC.
     */
    void startOnce(javafx.scene.Scene scene) {
        if (started) {
            return;
        }
        started = true;
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] < 2) {
                javafx.application.Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Thread thread = new Thread(this::warm, vn.tramyte.common.Logging.REHEARSAL_THREAD);
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private void warm() {
        try {
            if (realWork.getAsBoolean()) {
                return; // the login was pressed at once: the spare core is left to it
            }
            // a throw-away password: the same derivation as the login's, so the login's runs compiled
            new vn.tramyte.security.Passwords().hash("khởi động".toCharArray());
            rehearse(clock, realWork);
        } catch (Throwable e) {
            LoggerFactory.getLogger(Prewarm.class).debug("warm-up before the login stopped", e);
        }
    }

    /**
     * What an open runs after the login ({@link Services#openWith}'s checks, the window's first reads, the
     * login, the People list), rehearsed on a throw-away database with this program's schema
     * ({@code WarmUp.inMemory}) while the login screen waits. The open after the login then runs on loaded,
     * compiled code: 1.3–1.4 s → 0.7–1.0 s on a 2-core machine. Nothing is kept; no file is read or written.
     * It gives way to the real work: between its steps it stops once {@code realWork} says a login has started.
     */
    static void rehearse(java.time.Clock clock, java.util.function.BooleanSupplier realWork) {
        if (realWork.getAsBoolean()) {
            return;
        }
        vn.tramyte.db.Database db = vn.tramyte.db.WarmUp.inMemory(clock);
        try {
            Services services = Services.rehearsal(db);
            // the reads of an open (its writes happen once in a folder's life: not rehearsed)
            services.setup().hasReferenceData();
            services.vaccination().catalogue();
            services.setup().installation();
            services.users().needsFirstAdministrator();
            if (realWork.getAsBoolean()) {
                return;
            }
            try {
                // a name nobody has: the login's read, its password hashing and a write with its audit line
                services.users().login("khoidong", "khởi động".toCharArray());
            } catch (vn.tramyte.common.UserError nobody) {
                // as expected
            }
            if (!realWork.getAsBoolean()) {
                services.people().all();
            }
        } finally {
            db.discardInMemory();
        }
    }
}
