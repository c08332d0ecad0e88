package vn.tramyte.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * Logback's configuration, in code (found by META-INF/services): nothing is logged to the console, whose
 * output belongs to the command line's users; {@link Logging#toDataFolder} adds the data folder's file.
 * In code rather than a logback.xml because reading the XML costs a tenth of a second before the first
 * frame on a station PC (issue 12). A configuration file named by {@code -Dlogback.configurationFile},
 * or the tests' logback-test.xml, is left to logback as before.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureProgram(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The program's: INFO and above, no appender until the data folder's, and no status lines printed. */
    static void configureProgram(LoggerContext context) {
        NopStatusListener quiet = new NopStatusListener();
        context.getStatusManager().add(quiet);
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
    }
}
