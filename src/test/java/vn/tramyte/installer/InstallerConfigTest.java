package vn.tramyte.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tramyte.db.DataDirectory;
import vn.tramyte.sync.SyncService;

/**
 * What can be checked on Linux of the installers that installer/build-linux.sh and
 * installer/build-windows.bat make (the .msi itself is built on Windows only): the files they read
 * exist, the versions agree with the pom, a new version replaces the old one and never the data
 * folder, and a double-clicked .tyt package reaches the program. installer/check-deb.sh installs
 * the real .deb in CI.
 */
class InstallerConfigTest {
    /** Windows Installer knows a new version of TramYTe by this code: changing it installs a second copy. */
    static final String UPGRADE_UUID = "51087eb1-6409-4478-b9c0-7c394e542ce6";

    private static final Path LINUX = Path.of("installer/build-linux.sh");
    private static final Path WINDOWS = Path.of("installer/build-windows.bat");

    @Test
    void theWindowsInstallerKeepsItsUpgradeCodeAndInstallsPerUser() throws IOException {
        String bat = read(WINDOWS);
        assertEquals(UPGRADE_UUID, value(bat, "set UPGRADE_UUID=(\\S+)"));
        String jpackage = command(bat, "jpackage");
        for (String option : List.of("--type msi", "--win-upgrade-uuid %UPGRADE_UUID%", "--win-per-user-install",
                "--resource-dir installer\\windows", "--icon icons\\tramyte.ico",
                "--file-associations installer\\tyt-association.properties")) {
            assertTrue(jpackage.contains(option), "the .msi is built with " + option + ":\n" + jpackage);
        }
        // the shortcuts are main.wxs's, with the Vietnamese name (WixResourcesTest); jpackage's would come twice
        assertFalse(jpackage.contains("--win-menu") || jpackage.contains("--win-shortcut"), jpackage);
        assertFalse(jpackage.contains("--win-dir-chooser"), "a health worker is not asked where to install");
    }

    @Test
    void theWindowsInstallFolderIsApartFromTheDataFolder() throws IOException {
        String installDir = value(command(read(WINDOWS), "jpackage"), "--install-dir (\\S+)").replace('\\', '/');
        String localAppData = "/C:/Users/Hoa/AppData/Local";
        // a per-user .msi installs under %LOCALAPPDATA%; an upgrade replaces that folder's files
        Path program = Path.of(localAppData, installDir);
        Path data = DataDirectory.resolve(null, Map.of("LOCALAPPDATA", localAppData), "Windows 10", "/C:/Users/Hoa");
        assertEquals(Path.of(localAppData, "TramYTe"), data);
        assertFalse(program.startsWith(data) || data.startsWith(program), program + " and " + data);
    }

    @Test
    void theLinuxPackageInstallsApartFromTheDataFolderAndPutsTramyteOnThePath() throws IOException {
        Path data = DataDirectory.resolve(null, Map.of(), "Linux", "/home/hoa");
        assertEquals(Path.of("/home/hoa/.local/share/tramyte"), data);
        String postinst = read(Path.of("installer/linux/postinst"));
        assertTrue(postinst.contains("ln -sf /opt/tramyte/lib/tramyte-command /usr/bin/tramyte"), postinst);
        assertTrue(read(LINUX).contains("install -m 755 installer/linux/tramyte-command.sh target/dist/tramyte/lib/"
                + "tramyte-command"), "the command that reads JAVA_OPTS is in the app-image");
        assertTrue(postinst.contains("DESKTOP_COMMANDS_INSTALL"), "jpackage's menu entry and file type are installed");
        String prerm = read(Path.of("installer/linux/prerm"));
        assertTrue(prerm.contains("rm -f /usr/bin/tramyte") && prerm.contains("DESKTOP_COMMANDS_UNINSTALL"), prerm);
        for (String command : commands(postinst + prerm)) {
            assertFalse(command.contains(".local") || command.contains("/home") || command.contains("rm -r"),
                    "the package's scripts never touch a data folder: " + command);
        }
        String deb = command(read(LINUX), "jpackage --type deb");
        for (String option : List.of("--linux-package-name tramyte", "--resource-dir installer/linux",
                "--file-associations installer/tyt-association.properties", "--linux-shortcut")) {
            assertTrue(deb.contains(option), "the .deb is built with " + option + ":\n" + deb);
        }
    }

    @Test
    void theMenuEntryHasTheVietnameseNameAndOpensPackages() throws IOException {
        List<String> desktop = Files.readAllLines(Path.of("installer/linux/tramyte.desktop"), StandardCharsets.UTF_8);
        assertTrue(desktop.contains("Name[vi]=TramYTe – Trạm y tế"), String.join("\n", desktop));
        assertTrue(desktop.contains("Name=TramYTe – Trạm y tế"), String.join("\n", desktop));
        assertTrue(desktop.stream().anyMatch(l -> l.startsWith("Categories=Medical;")), String.join("\n", desktop));
        assertTrue(desktop.contains("Exec=APPLICATION_LAUNCHER %f"), "the file double-clicked is passed on");

        Properties association = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("installer/tyt-association.properties"))) {
            association.load(r);
        }
        assertEquals(SyncService.EXTENSION, "." + association.getProperty("extension"));
        assertTrue(desktop.contains("MimeType=" + association.getProperty("mime-type") + ";"),
                "the menu entry opens the files the package declares");
        // what the launcher then receives, tramyte FILE.tyt, opens the window on it: PackageArgumentTest
    }

    @Test
    void bothScriptsPackTheSameProgramOfThePomsVersion() throws IOException {
        String pom = read(Path.of("pom.xml"));
        String version = value(pom, "<artifactId>tramyte</artifactId>\\s*<version>([^<]+)</version>");
        // a .msi takes only numbers (major and minor under 256): no -SNAPSHOT in a version that is packed
        assertTrue(version.matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,5}"), "version " + version + " cannot be an .msi version");
        Properties built = new Properties();
        try (var in = getClass().getResourceAsStream("/tramyte-version.properties")) {
            built.load(in);
        }
        assertEquals(version, built.getProperty("version"), "the scripts read the version from the built resource");
        String linux = read(LINUX);
        String windows = read(WINDOWS);
        assertEquals(value(linux, "JDK_MODULES=(\\S+)"), value(windows, "set JDK_MODULES=(\\S+)"));
        assertTrue(value(linux, "JDK_MODULES=(\\S+)").contains("jdk.localedata"), "Vietnamese dates need jdk.localedata");
        assertTrue(value(linux, "JDK_MODULES=(\\S+)").contains("jdk.charsets"), "Excel's Vietnamese CSV needs windows-1258");
        assertTrue(linux.contains("--main-jar \"tramyte-$VERSION.jar\"") && windows.contains("--main-jar tramyte-%VERSION%.jar"));
        assertTrue(linux.contains("--main-class vn.tramyte.Main") && windows.contains("--main-class vn.tramyte.Main"));
        assertTrue(pom.contains("<installer.args>installer/build-linux.sh</installer.args>"), "mvn -Pinstaller runs the script");
        assertTrue(pom.contains("<installer.args>/c installer\\build-windows.bat</installer.args>"), "and on Windows its own");
    }

    @Test
    void everyFileTheScriptsReadIsInTheRepository() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path script : List.of(LINUX, WINDOWS, Path.of("installer/check-deb.sh"))) {
            Matcher m = Pattern.compile("(?<![\\w/])((?:icons|installer|src)[/\\\\][\\w./\\\\-]*\\w)").matcher(read(script));
            int found = 0;
            while (m.find()) {
                found++;
                if (!Files.exists(Path.of(m.group(1).replace('\\', '/')))) {
                    missing.add(script + ": " + m.group(1));
                }
            }
            assertTrue(found > 0, script + " names no file of the repository");
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** The whole command that starts with the given words, its continued lines joined (\ or ^). */
    private static String command(String script, String start) {
        String joined = script.replaceAll("[\\\\^]\\n\\s*", " ");
        for (String line : joined.split("\n")) {
            if (line.strip().startsWith(start)) {
                return line.strip();
            }
        }
        throw new AssertionError("no command " + start);
    }

    /** The lines of a shell script that are not comments. */
    private static List<String> commands(String script) {
        return script.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String value(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex);
        return m.group(1);
    }
}
