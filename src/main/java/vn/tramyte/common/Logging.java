package vn.tramyte.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The log file in the data folder: stack traces go there, never to the user's screen. */
public final class Logging {
    public static final String FILE_NAME = "tramyte.log";
    private static final String APPENDER = "data-folder";
    /**
     * The thread that rehearses an open on a throw-away database while the login screen waits (app/Prewarm):
     * below a warning its lines are not written, since they are about no database of the user's (Flyway
     * would otherwise log its migrations there at every start).
     */
    public static final String REHEARSAL_THREAD = "tramyte-prewarm";

    private Logging() {
    }

    public static Path toDataFolder(Path dataDir) {
        Path file = dataDir.resolve("logs").resolve(FILE_NAME);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return file;
        }
        try {
            // the log names places and files, no person (PrivateLogLayout); private to the user all the same
            PrivateFiles.createFolder(file.getParent());
        } catch (java.io.IOException e) {
            return file; // an unwritable folder is said by the database's opening, in the user's words
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) instanceof RollingFileAppender<?> open && open.isStarted()
                && file.toString().equals(open.getFile())) {
            return file; // already logging there (a second command in the same program, a test)
        }
        // Logback refuses a second appender on a file it knows (its "collision" check), and would then log
        // nothing: the appender of another folder is stopped and forgotten first
        var previous = root.getAppender(APPENDER);
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }
        for (String map : new String[] {ch.qos.logback.core.CoreConstants.FA_FILENAME_COLLISION_MAP,
                ch.qos.logback.core.CoreConstants.RFA_FILENAME_PATTERN_COLLISION_MAP}) {
            if (context.getObject(map) instanceof java.util.Map<?, ?> known) {
                known.remove(APPENDER);
            }
        }
        // the lines of "%d %-5level [%thread] %logger{30} - %msg%n%ex", with the values a failure quotes left out
        PrivateLogLayout layout = new PrivateLogLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();
        RollingFileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ch.qos.logback.classic.spi.ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(dataDir.resolve("logs").resolve("tramyte-%d{yyyy-MM}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(12);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        ch.qos.logback.core.filter.Filter<ch.qos.logback.classic.spi.ILoggingEvent> rehearsal =
                new ch.qos.logback.core.filter.Filter<>() {
                    @Override
                    public ch.qos.logback.core.spi.FilterReply decide(ch.qos.logback.classic.spi.ILoggingEvent event) {
                        return REHEARSAL_THREAD.equals(event.getThreadName())
                                && !event.getLevel().isGreaterOrEqual(Level.WARN)
                                ? ch.qos.logback.core.spi.FilterReply.DENY : ch.qos.logback.core.spi.FilterReply.NEUTRAL;
                    }
                };
        rehearsal.setContext(context);
        rehearsal.start();
        appender.addFilter(rehearsal);
        appender.start();
        PrivateFiles.restrict(file);
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        return file;
    }
}
