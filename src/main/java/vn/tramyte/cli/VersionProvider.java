package vn.tramyte.cli;

import picocli.CommandLine;
import vn.tramyte.common.AppVersion;

/** {@code tramyte --version}: the program, Java and JavaFX versions. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String javafx = AppVersion.javafx();
        return new String[] {
            "tramyte " + AppVersion.app(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
            "JavaFX " + (javafx == null ? "-" : javafx),
        };
    }
}
