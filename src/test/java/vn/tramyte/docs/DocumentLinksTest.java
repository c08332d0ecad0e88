package vn.tramyte.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the documents stand alone: every relative link in README.md and docs/**.md
 * names a file or folder inside the repository, so a fresh clone has no broken link.
 */
class DocumentLinksTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** [text](target) and ![alt](target), the target up to a space or the closing parenthesis. */
    private static final Pattern INLINE = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** [label]: target */
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> all = Files.walk(ROOT.resolve("docs"))) {
            all.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /** Relative link targets of a Markdown text, without their #fragment; code blocks and spans are not links. */
    static List<String> relativeLinks(String markdown) {
        String text = markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "");
        List<String> links = new ArrayList<>();
        for (Pattern p : List.of(INLINE, REFERENCE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*") || target.startsWith("#")) {
                    continue; // https:, mailto:, or a place in the same page
                }
                int hash = target.indexOf('#');
                links.add(hash < 0 ? target : target.substring(0, hash));
            }
        }
        return links;
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsNamesAFileOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path doc : documents()) {
            for (String link : relativeLinks(Files.readString(doc, StandardCharsets.UTF_8))) {
                Path target = doc.getParent().resolve(java.net.URLDecoder.decode(link, StandardCharsets.UTF_8))
                        .normalize();
                checked++;
                if (!target.startsWith(ROOT) || !Files.exists(target)) {
                    broken.add(ROOT.relativize(doc) + " → " + link);
                }
            }
        }
        assertEquals(List.of(), broken, "links that a clone of the repository cannot follow");
        assertTrue(checked >= 5, "the README and docs link each other: " + checked + " links found");
    }

    @Test
    void linksAreFoundInTheirMarkdownFormsAndNotInCode() {
        assertEquals(List.of("docs/a.md", "../shared/DESIGN.md", "b.png", "c.md"), relativeLinks(
                "See [the formats](docs/a.md#persons), [design](../shared/DESIGN.md), ![shot](b.png)\n"
                        + "[web](https://example.org) [here](#top) `[not](x.md)`\n```\n[no](y.md)\n```\n[ref]: c.md\n"));
    }
}
