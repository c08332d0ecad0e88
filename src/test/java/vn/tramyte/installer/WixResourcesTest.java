package vn.tramyte.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The WiX sources that build-windows.bat hands to jpackage (--resource-dir installer\windows): the
 * .msi cannot be built on Linux, so what can be is checked here, on the files as XML. The Start-menu
 * and desktop shortcuts are named "TramYTe – Trạm y tế" and start TramYTe.exe; the install is per
 * user; the upgrade code is the one Windows Installer knows TramYTe by.
 */
class WixResourcesTest {
    private static final String WIX = "http://schemas.microsoft.com/wix/2006/wi";
    private static final String WXL = "http://schemas.microsoft.com/wix/2006/localization";
    private static final Path MAIN = Path.of("installer/windows/main.wxs");
    private static final Path STRINGS = Path.of("installer/windows/MsiInstallerStrings_en.wxl");
    static final String SHORTCUT_NAME = "TramYTe – Trạm y tế";

    @Test
    void theShortcutsInTheStartMenuAndOnTheDesktopCarryTheVietnameseName() throws Exception {
        Document main = parse(MAIN);
        NodeList shortcuts = main.getElementsByTagNameNS(WIX, "Shortcut");
        assertEquals(2, shortcuts.getLength(), "one in the Start menu, one on the desktop");
        List<String> folders = new ArrayList<>();
        for (int i = 0; i < shortcuts.getLength(); i++) {
            Element shortcut = (Element) shortcuts.item(i);
            assertEquals(SHORTCUT_NAME, localized(shortcut.getAttribute("Name")));
            // the launcher jpackage makes is named after --name: TramYTe.exe, in INSTALLDIR
            assertEquals("[INSTALLDIR]" + launcherName() + ".exe", shortcut.getAttribute("Target"));
            Element component = (Element) shortcut.getParentNode();
            Element folder = (Element) component.getParentNode();
            folders.add(folder.getAttribute("Id"));
            // a per-user component is kept by a value under the user's own registry key (ICE38)
            Element keyPath = (Element) component.getElementsByTagNameNS(WIX, "RegistryValue").item(0);
            assertEquals("HKCU", keyPath.getAttribute("Root"));
            assertEquals("yes", keyPath.getAttribute("KeyPath"));
            assertTrue(featureRefs(main).contains(component.getAttribute("Id")), "the feature installs "
                    + component.getAttribute("Id"));
        }
        assertEquals(List.of("ProgramMenuFolder", "DesktopFolder"), folders);
        // the name has letters of no Western code page: the strings are in UTF-8's
        Element strings = parse(STRINGS).getDocumentElement();
        assertEquals("65001", strings.getAttribute("Codepage"));
        assertEquals("65001", (((Element) main.getElementsByTagNameNS(WIX, "Product").item(0)).getAttribute("Codepage")));
    }

    @Test
    void theMsiInstallsPerUserAndKeepsItsUpgradeCode() throws Exception {
        Document main = parse(MAIN);
        Element product = (Element) main.getElementsByTagNameNS(WIX, "Product").item(0);
        Element pkg = (Element) main.getElementsByTagNameNS(WIX, "Package").item(0);
        Element upgrade = (Element) main.getElementsByTagNameNS(WIX, "Upgrade").item(0);
        String code = define(Files.readString(MAIN), product.getAttribute("UpgradeCode"));
        assertEquals(InstallerConfigTest.UPGRADE_UUID, code);
        assertEquals(InstallerConfigTest.UPGRADE_UUID, define(Files.readString(MAIN), upgrade.getAttribute("Id")));
        assertEquals("perUser", pkg.getAttribute("InstallScope"));
        assertEquals("limited", pkg.getAttribute("InstallPrivileges"), "no administrator rights are asked for");
        // jpackage's own parts: the program's files, the .tyt file type, its UI
        Set<String> groups = new LinkedHashSet<>();
        NodeList refs = main.getElementsByTagNameNS(WIX, "ComponentGroupRef");
        for (int i = 0; i < refs.getLength(); i++) {
            groups.add(((Element) refs.item(i)).getAttribute("Id"));
        }
        assertTrue(groups.containsAll(List.of("Files", "FileAssociations", "Shortcuts")), groups.toString());
    }

    @Test
    void everyStringTheMainSourceNamesIsInTheStringsFile() throws Exception {
        Matcher m = Pattern.compile("!\\(loc\\.([\\w.]+)\\)").matcher(Files.readString(MAIN, StandardCharsets.UTF_8));
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            if (stringOf(m.group(1)) == null) {
                missing.add(m.group(1));
            }
        }
        assertTrue(missing.isEmpty(), "light.exe stops on a string not defined (LGHT0102): " + missing);
        // jpackage 17's own sources use these: the file replaces jpackage's, so it keeps them
        for (String id : List.of("MainFeatureTitle", "DowngradeErrorMessage", "DisallowUpgradeErrorMessage")) {
            assertTrue(stringOf(id) != null, id);
        }
    }

    private static String launcherName() throws Exception {
        Matcher m = Pattern.compile("--name (\\S+)").matcher(Files.readString(Path.of("installer/build-windows.bat")));
        assertTrue(m.find());
        return m.group(1);
    }

    private static String localized(String value) throws Exception {
        Matcher m = Pattern.compile("!\\(loc\\.([\\w.]+)\\)").matcher(value);
        return m.matches() ? stringOf(m.group(1)) : value;
    }

    private static String stringOf(String id) throws Exception {
        NodeList strings = parse(STRINGS).getElementsByTagNameNS(WXL, "String");
        for (int i = 0; i < strings.getLength(); i++) {
            Element s = (Element) strings.item(i);
            if (s.getAttribute("Id").equals(id)) {
                return s.getTextContent();
            }
        }
        return null;
    }

    private static Set<String> featureRefs(Document main) {
        Set<String> ids = new LinkedHashSet<>();
        NodeList refs = main.getElementsByTagNameNS(WIX, "ComponentRef");
        for (int i = 0; i < refs.getLength(); i++) {
            ids.add(((Element) refs.item(i)).getAttribute("Id"));
        }
        return ids;
    }

    /** The value of a WiX preprocessor variable $(var.X) defined in the file, or the text itself. */
    private static String define(String source, String value) {
        Matcher var = Pattern.compile("\\$\\(var\\.(\\w+)\\)").matcher(value);
        if (!var.matches()) {
            return value;
        }
        Matcher def = Pattern.compile("<\\?define " + var.group(1) + "=\"([^\"]+)\"").matcher(source);
        assertTrue(def.find(), "no define of " + var.group(1));
        return def.group(1);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
