package vn.tramyte.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text for comparison: diacritics and case removed, đ read as d, spaces
 * collapsed ("Nguyễn  Thị Hoa" → "nguyen thi hoa").
 */
public final class SearchText {
    /** Compiled once: an import cleans every cell, a centre's search index normalises 200,000 names. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTERS.matcher(bare).replaceAll(" ").trim();
    }

    /** Text as stored: trimmed, single spaces, NFC (TOOLCHAIN.md §2.16). */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).trim()).replaceAll(" ");
    }

    /** True when every word of the query starts a word of the name, in any order. */
    public static boolean matchesWords(String normalizedName, String normalizedQuery) {
        return normalizedQuery.isEmpty() || matchesWords(normalizedName, queryWords(normalizedQuery));
    }

    /**
     * A normalised query's words, longest first: two words of a query compete for the same word of
     * a name only when one starts the other ("t" and "thi"), and the longer one, placed first,
     * leaves the shorter its pick of the rest ("t thi" finds "Lò Thị Thu").
     */
    public static String[] queryWords(String normalizedQuery) {
        String[] words = normalizedQuery.split(" ");
        java.util.Arrays.sort(words, java.util.Comparator.comparingInt(String::length).reversed());
        return words;
    }

    /**
     * The same for a query already split by {@link #queryWords}: each word must start a different word of
     * the name. Search as you type runs this on every person at each keystroke (200,000 at a
     * centre), so it reads the name in place and allocates nothing.
     */
    public static boolean matchesWords(String normalizedName, String[] queryWords) {
        long used = 0; // word starts taken, by position (names are far shorter than 64 words)
        for (String q : queryWords) {
            boolean found = false;
            int word = 0;
            for (int i = 0; i < normalizedName.length() && !found; i++) {
                if (i == 0 || normalizedName.charAt(i - 1) == ' ') {
                    if (word < 64 && (used & (1L << word)) == 0 && normalizedName.startsWith(q, i)) {
                        used |= 1L << word;
                        found = true;
                    }
                    word++;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
