package vn.tramyte.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tramyte.common.SearchText;

/**
 * Search as you type across people: name words (diacritics and case ignored, đ = d, any order,
 * each word the start of a name word: "ng t hoa" finds "Nguyễn Thị Hoa"), and, for words with
 * digits, the personal id, insurance number or phone (any part of it, spaces and dots ignored)
 * or a four-digit birth year. Every word must match something.
 */
public final class PersonSearch {
    private PersonSearch() {
    }

    public static boolean matches(PersonRow p, String query) {
        return of(query).test(p);
    }

    /**
     * The search of one query, read once and then tried on every person: a keystroke filters all
     * of a centre's 200,000 people, so the query is not normalised again for each of them.
     */
    public static java.util.function.Predicate<PersonRow> of(String query) {
        String q = SearchText.normalize(query);
        if (q.isEmpty()) {
            return p -> true;
        }
        List<String> nameWords = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (String word : q.split(" ")) {
            (word.chars().anyMatch(Character::isDigit) ? numbers : nameWords).add(word);
        }
        String[] names = SearchText.queryWords(String.join(" ", nameWords));
        return p -> {
            for (String word : numbers) {
                if (!matchesNumber(p, word)) {
                    return false;
                }
            }
            return nameWords.isEmpty() || SearchText.matchesWords(p.searchName(), names);
        };
    }

    private static boolean matchesNumber(PersonRow p, String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            if (word.length() == 4 && p.birthDate() != null && Integer.toString(p.birthDate().getYear()).equals(word)) {
                return true;
            }
            if (word.length() < 3) {
                return false;
            }
            return digits(p.personalId()).contains(word) || digits(p.phone()).contains(word)
                    || digits(p.insuranceNo()).contains(word);
        }
        return p.insuranceNo() != null && p.insuranceNo().toLowerCase(Locale.ROOT).contains(word);
    }

    private static String digits(String s) {
        return s == null ? "" : s.replaceAll("[^0-9]", "");
    }
}
