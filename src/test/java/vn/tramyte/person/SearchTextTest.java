package vn.tramyte.person;

import vn.tramyte.common.DateText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.tramyte.common.SearchText;

class SearchTextTest {
    @Test
    void diacriticsCaseAndDStrokeAreIgnored() {
        assertEquals("nguyen thi hoa", SearchText.normalize("Nguyễn  Thị Hoa"));
        assertEquals("dang van duc", SearchText.normalize("ĐẶNG Văn Đức"));
        assertEquals("ha nhi", SearchText.normalize("Hà Nhì"));
    }

    @Test
    void decomposedInputMatchesComposedNames() {
        String decomposed = java.text.Normalizer.normalize("Mường Kim", java.text.Normalizer.Form.NFD);
        assertEquals(SearchText.normalize("Mường Kim"), SearchText.normalize(decomposed));
        assertEquals("Mường Kim", SearchText.clean(" " + decomposed + " "));
    }

    @Test
    void partialWordsInAnyOrderMatch() {
        String name = SearchText.normalize("Nguyễn Thị Hoa");
        assertTrue(SearchText.matchesWords(name, "ng t hoa"));
        assertTrue(SearchText.matchesWords(name, "hoa nguyen"));
        assertFalse(SearchText.matchesWords(name, "hoa hoa"));
        assertFalse(SearchText.matchesWords(name, "oa"));
        assertTrue(SearchText.matchesWords(SearchText.normalize("Lò Thị Hoa Hoa"), "hoa hoa"));
        // a short word that starts a longer one leaves it the word only it can take
        assertTrue(SearchText.matchesWords(SearchText.normalize("Lò Thị Thu"), "t thi"));
        assertFalse(SearchText.matchesWords(SearchText.normalize("Lò Thị Hoa"), "t thi"));
    }

    @Test
    void sexIsReadInBothLanguages() {
        assertEquals(Sex.FEMALE, Sex.parse("Nữ").orElseThrow());
        assertEquals(Sex.MALE, Sex.parse("nam").orElseThrow());
        assertEquals(Sex.FEMALE, Sex.parse("2").orElseThrow());
        assertTrue(Sex.parse("x").isEmpty());
    }

    @Test
    void datesAreReadAsTypedInVietnam() {
        assertEquals(java.time.LocalDate.of(2025, 3, 5), DateText.parse("05/03/2025").orElseThrow().date());
        assertEquals(java.time.LocalDate.of(2025, 3, 5), DateText.parse("5/3/2025").orElseThrow().date());
        assertEquals(java.time.LocalDate.of(2025, 3, 5), DateText.parse("2025-03-05").orElseThrow().date());
        assertTrue(DateText.parse("1990").orElseThrow().yearOnly());
        assertTrue(DateText.parse("31/02/2025").isEmpty());
        assertTrue(DateText.parse("hôm qua").isEmpty());
    }

    @Test
    void ageIsSaidInDaysMonthsOrYears() {
        var today = java.time.LocalDate.of(2026, 11, 22);
        assertEquals(new Age("age.days", 10), Age.between(today.minusDays(10), today));
        assertEquals(new Age("age.months", 5), Age.between(java.time.LocalDate.of(2026, 6, 1), today));
        assertEquals(new Age("age.years", 3), Age.between(java.time.LocalDate.of(2023, 1, 1), today));
    }

    @Test
    void ethnicGroupsAreFoundByCodeOrNameWithoutDiacritics() {
        EthnicGroups groups = EthnicGroups.loadBundled();
        assertEquals(54, groups.all().size());
        assertEquals("03", groups.find("thai").orElseThrow().code());
        assertEquals("08", groups.find("Mông").orElseThrow().code());
        assertEquals("08", groups.find("HMông").orElseThrow().code());
        assertEquals("35", groups.find("ha nhi").orElseThrow().code());
        assertEquals("01", groups.find("1").orElseThrow().code());
        assertFalse(groups.find("01").orElseThrow().minority());
        assertTrue(groups.find("Dao").orElseThrow().minority());
    }
}
