package vn.tramyte.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;

/* On H2 and on PostgreSQL (issue 16). */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class PersonSearchTest {
    @org.junit.jupiter.params.Parameter
    vn.tramyte.testing.Engine engine;

    @TempDir
    Path dir;
    Services s;

    @BeforeEach
    void people() {
        s = engine.station(dir);
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Nguyễn Thị Hoa", Sex.FEMALE,
                LocalDate.of(1990, 5, 5), false, "01", null, null, "012345678901", "DN4010123456789", "0912 345 678"));
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Đặng Văn Đức", Sex.MALE,
                LocalDate.of(1988, 5, 5), false, "01", null, null, "098765432109", "4812345670", null));
    }

    @AfterEach
    void close() {
        if (s != null) { // null when the engine was skipped (no PostgreSQL on this machine)
            s.close();
        }
    }

    private List<String> names(String query) {
        return s.people().search(query).stream().map(PersonRow::fullName).toList();
    }

    @Test
    void theListIsInTheOrderOfNamesWithoutDiacriticsWhateverOrderTheyWereTypedIn() {
        for (String name : List.of("Vàng Thị Dung", "Lò Văn Ánh", "Đinh Văn Bình", "Lò Thị Ánh")) {
            s.people().save(TestStation.WORKER, new PersonDraft(null, name, Sex.FEMALE, LocalDate.of(1995, 3, 3), false,
                    "03", null, null, null, null, null));
        }
        // "Đ" is read as "d": Đặng and Đinh come among the d's, before "lo"
        assertEquals(List.of("Đặng Văn Đức", "Đinh Văn Bình", "Lò Thị Ánh", "Lò Văn Ánh", "Nguyễn Thị Hoa",
                "Vàng Thị Dung"), s.people().all().stream().map(PersonRow::fullName).toList());
    }

    @Test
    void namesAreFoundWithoutDiacriticsInAnyOrderByTheStartOfTheirWords() {
        assertEquals(List.of("Nguyễn Thị Hoa"), names("ng t hoa"));
        assertEquals(List.of("Đặng Văn Đức"), names("duc dang"));
        assertEquals(List.of(), names("hoa dang"));
    }

    @Test
    void aPersonIsFoundByPersonalIdInsuranceNumberPhoneOrBirthYear() {
        assertEquals(List.of("Nguyễn Thị Hoa"), names("012345678901"));
        assertEquals(List.of("Nguyễn Thị Hoa"), names("dn4010"));
        assertEquals(List.of("Đặng Văn Đức"), names("4812345670"));
        assertEquals(List.of("Nguyễn Thị Hoa"), names("0912345"));
        assertEquals(List.of("Nguyễn Thị Hoa"), names("345 678"));
        assertEquals(List.of("Đặng Văn Đức"), names("1988"));
        assertEquals(List.of("Nguyễn Thị Hoa"), names("hoa 1990"));
        assertEquals(List.of(), names("hoa 1988"));
    }

    @Test
    void theSameNameBornWithinAFewDaysOrTheSamePersonalIdIsAPossibleDuplicate() {
        PersonDraft sameName = new PersonDraft(null, "nguyen  thi HOA", Sex.FEMALE, LocalDate.of(1990, 5, 7), false,
                null, null, null, null, null, null);
        assertEquals(1, s.people().possibleDuplicates(sameName).size());
        PersonDraft farDate = new PersonDraft(null, "Nguyễn Thị Hoa", Sex.FEMALE, LocalDate.of(1990, 6, 7), false,
                null, null, null, null, null, null);
        assertTrue(s.people().possibleDuplicates(farDate).isEmpty());
        PersonDraft sameId = new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE, LocalDate.of(1995, 1, 1), false,
                null, null, null, "098765432109", null, null);
        assertEquals("Đặng Văn Đức", s.people().possibleDuplicates(sameId).get(0).fullName());
    }
}
