package vn.tramyte.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible text is in both languages, and no key is missing or left unused. */
class BundleTest {
    private static final String KEY = "([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)";
    private static final Pattern LITERAL = Pattern.compile("\"" + KEY + "\"");
    /**
     * The calls that take a key, as JabRef's localization test finds {@code Localization.lang("…")}:
     * the lookups of {@code Messages}, a user's mistake and its problems, a label of another key.
     * Whatever they are given must be in the bundles, whatever its first word.
     */
    private static final Pattern KEY_CALL = Pattern.compile("(?:\\b(?:get|format|Label|UserError|"
            + "SurveyFormatException|formLabel|label|labelled)\\(\\s*|\\b(?:Problem\\.of|new Problem)\\([^,()\"]*,\\s*)\""
            + KEY + "\"");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The code of src/main/java, file by file. */
    static List<String> mainSources() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.add(Files.readString(f));
            }
        }
        return sources;
    }

    /** The first words of the bundles' keys ("person" of person.ui.save): a text starting so is a key. */
    static Set<String> namespaces(Set<String> bundleKeys) {
        Set<String> first = new TreeSet<>();
        bundleKeys.forEach(k -> first.add(k.substring(0, k.indexOf('.'))));
        return first;
    }

    /**
     * The keys the code uses: every text a key-taking call is given, and every dotted text in the
     * bundles' name spaces (an enum's label "sex.male", a key chosen in a ternary or kept in a
     * constant). Other dotted texts are file names or system properties ("manifest.json",
     * "java.version"), never keys, and need no list nor splitting.
     */
    static Set<String> keysUsedIn(List<String> sources, Set<String> namespaces) {
        Set<String> used = new TreeSet<>();
        for (String source : sources) {
            Matcher call = KEY_CALL.matcher(source);
            while (call.find()) {
                used.add(call.group(1));
            }
            Matcher m = LITERAL.matcher(source);
            while (m.find()) {
                String text = m.group(1);
                if (namespaces.contains(text.substring(0, text.indexOf('.')))) {
                    used.add(text);
                }
            }
        }
        return used;
    }

    static Set<String> keysUsedInCode() throws IOException {
        return keysUsedIn(mainSources(), namespaces(load("messages_vi.properties").stringPropertyNames()));
    }

    /** What the code uses that the bundle lacks. */
    static Set<String> missing(Set<String> used, Set<String> bundleKeys) {
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundleKeys);
        return missing;
    }

    /** What the bundle has that no code uses. */
    static Set<String> unused(Set<String> used, Set<String> bundleKeys) {
        Set<String> unused = new TreeSet<>(bundleKeys);
        unused.removeAll(used);
        return unused;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages_vi.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInTheCodeIsInTheBundles() throws IOException {
        Set<String> missing = missing(keysUsedInCode(), load("messages_vi.properties").stringPropertyNames());
        assertTrue(missing.isEmpty(), "keys used in the code but missing from the bundles: " + missing);
    }

    @Test
    void everyKeyOfTheBundlesIsUsed() throws IOException {
        Set<String> unused = unused(keysUsedInCode(), load("messages_vi.properties").stringPropertyNames());
        assertTrue(unused.isEmpty(), "keys in the bundles that no code uses: " + unused);
    }

    /** The test of the test: a key missing from the bundle, or left in it unused, is found; a file name is not a key. */
    @Test
    void theCheckFindsAMissingKeyAndAnUnusedOneButTakesNoFileNameForAKey() {
        Set<String> bundle = Set.of("person.ui.save", "person.ui.title", "sex.male", "error.io.other");
        String code = """
                class Fixture {
                    static final String FILE = "manifest.json";
                    static final String KEYRING = "tramyte.keyring";
                    String a(Messages m) {
                        Path p = Path.of(FILE).resolveSibling("codes.txt");
                        String v = System.getProperty("java.version");
                        return m.get("person.ui.save") + m.format("person.ui.sav", p) + m.get("reprot.title");
                    }
                    enum Sex { MALE("M", "sex.male"), FEMALE("F", "sex.female") }
                    void b() {
                        throw new UserError(ok ? "error.io.other" : "error.io.gone", v);
                    }
                }
                """;
        Set<String> used = keysUsedIn(List.of(code), namespaces(bundle));
        assertEquals(new TreeSet<>(Set.of("person.ui.sav", "reprot.title", "sex.female", "error.io.gone")),
                missing(used, bundle), "a typo, a key of no name space yet, an enum's label, a ternary's key");
        assertEquals(Set.of("person.ui.title"), unused(used, bundle));
    }

    @Test
    void everyMessageIsAValidPatternWithTheSameArgumentsInBothLanguages() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        for (String key : vi.stringPropertyNames()) {
            int viArgs = new MessageFormat(vi.getProperty(key)).getFormatsByArgumentIndex().length;
            int enArgs = new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex().length;
            assertEquals(viArgs, enArgs, "arguments of " + key);
            assertTrue(!vi.getProperty(key).isBlank(), key);
        }
    }

    /**
     * A message with arguments goes through MessageFormat, which needs '' for an apostrophe; one
     * without is shown as written, so '' there would show twice ("the child''s").
     */
    @Test
    void apostrophesShowOnceOnScreen() throws IOException {
        for (String bundle : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                boolean formatted = new MessageFormat(text).getFormatsByArgumentIndex().length > 0;
                if (formatted) {
                    assertTrue(!text.replace("''", "").contains("'"), bundle + " " + key + ": write '' in " + text);
                } else {
                    assertTrue(!text.contains("''"), bundle + " " + key + ": write ' in " + text);
                }
            }
        }
    }

    @Test
    void vietnameseTextHasItsDiacritics() throws IOException {
        Properties vi = load("messages_vi.properties");
        assertEquals("Người dân", vi.getProperty("nav.people"));
        assertEquals("Tiêm chủng", vi.getProperty("nav.vaccination"));
    }
}
