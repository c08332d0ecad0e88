package vn.tramyte.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text for comparison: diacritics and case removed, đ read as d, spaces
 * collapsed ("Nguyễn  Thị Hoa" → "nguyen thi hoa").
 */
public final class SearchText {
    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        String bare = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return bare.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Text as stored: trimmed, single spaces, NFC (TOOLCHAIN.md §2.16). */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ");
    }

    /** True when every word of the query starts a word of the name, in any order. */
    public static boolean matchesWords(String normalizedName, String normalizedQuery) {
        if (normalizedQuery.isEmpty()) {
            return true;
        }
        String[] nameWords = normalizedName.split(" ");
        boolean[] used = new boolean[nameWords.length];
        for (String q : normalizedQuery.split(" ")) {
            boolean found = false;
            for (int i = 0; i < nameWords.length && !found; i++) {
                if (!used[i] && nameWords[i].startsWith(q)) {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
