package vn.tramyte.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The program's logging is configured in code (LogSetup, found by logback through META-INF/services):
 * INFO and above, nothing on the console, no status lines; the same as logback-program.xml, which the
 * tests' child processes use in its place.
 */
class LogSetupTest {
    @Test
    void logbackFindsTheProgramsConfiguration() {
        assertTrue(ServiceLoader.load(Configurator.class).stream().anyMatch(p -> p.type() == LogSetup.class));
    }

    @Test
    void theProgramLogsInfoAndAboveToNoConsoleAndPrintsNoStatus() throws Exception {
        LoggerContext inCode = new LoggerContext();
        LogSetup.configureProgram(inCode);
        LoggerContext fromFile = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(fromFile);
        joran.doConfigure(LogSetupTest.class.getResource("/logback-program.xml"));
        for (LoggerContext context : new LoggerContext[] {inCode, fromFile}) {
            ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            assertEquals(ch.qos.logback.classic.Level.INFO, root.getLevel());
            assertTrue(!root.iteratorForAppenders().hasNext(), "no appender before the data folder's");
            assertTrue(context.getStatusManager().getCopyOfStatusListenerList().stream()
                    .anyMatch(l -> l instanceof NopStatusListener), "logback's own status lines are not printed");
        }
    }
}
