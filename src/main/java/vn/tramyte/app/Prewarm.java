package vn.tramyte.app;

import org.slf4j.LoggerFactory;

/**
 * Start-up (issue 12): while the login screen waits for a health worker to type, a spare thread does
 * what opening the folder will need and costs most in a new JVM: it loads and compiles the password
 * hashing (Argon2id, 19 MiB; interpreted it takes seconds on an old PC, compiled a tenth of that), H2's
 * opening on a database in memory, jOOQ and the generated tables (through db/WarmUp: the window's
 * side does not touch jOOQ itself, ArchitectureTest), and the bundled reference tables. Nothing of it is
 * kept: the login then runs on warm code. Low priority and a daemon, so it never holds the window up
 * or keeps the program alive; a failure here is only logged (the login does the real work anyway).
 */
final class Prewarm {
    private boolean started;

    /** Starts the warm-up once per window, after the screen that waits for the user is shown. */
    void startOnce() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(Prewarm::warm, "tramyte-prewarm");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void warm() {
        try {
            for (Class<?> type : new Class<?>[] {org.h2.Driver.class, org.h2.engine.Database.class,
                org.h2.mvstore.MVStore.class, org.h2.store.fs.encrypt.FileEncrypt.class, org.h2.command.Parser.class}) {
                Class.forName(type.getName(), true, type.getClassLoader()); // loaded and initialised
            }
            vn.tramyte.db.WarmUp.h2(); // Flyway is not warmed: a database already up to date never meets it (0019)
            vn.tramyte.db.WarmUp.jooq(); // the open then builds its services on loaded, initialised jOOQ
            vn.tramyte.place.ReferencePlaces.loadBundled();
            vn.tramyte.nutrition.growth.GrowthStandards.loadBundled();
            // a throw-away password: the same derivation as the login's, so the login's runs compiled
            new vn.tramyte.security.Passwords().hash("khởi động".toCharArray());
        } catch (Throwable e) {
            LoggerFactory.getLogger(Prewarm.class).debug("warm-up before the login stopped", e);
        }
    }
}
