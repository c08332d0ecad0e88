package vn.tramyte.testing;

import java.time.LocalDate;
import java.util.UUID;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;

/**
 * The people the tests register, built in one place: a test names only what it is about
 * ({@code TestPeople.hoa().born(...).phone(...)}) and the rest stays the same everywhere.
 */
public final class TestPeople {
    private TestPeople() {
    }

    /** Lò Thị Hoa, a Thái woman of Mường Kim born on 12/04/1998: the mother most tests register first. */
    public static Builder hoa() {
        return new Builder("Lò Thị Hoa", Sex.FEMALE, LocalDate.of(1998, 4, 12));
    }

    /** Anyone else a test registers: a name, a sex and a birth date; the rest as for Hoa. */
    public static Builder person(String fullName, Sex sex, LocalDate born) {
        return new Builder(fullName, sex, born);
    }

    /**
     * Saves a person of a village of the station, the village made with its first person; returns
     * the person's id.
     */
    public static UUID save(Services s, Builder person, String village) {
        var known = s.places().ownVillages().stream().filter(v -> v.name().equals(village)).findFirst();
        if (known.isPresent()) {
            return s.people().save(TestStation.WORKER, person.village(known.get().id()).draft());
        }
        return s.people().save(TestStation.WORKER, person.draft(), village);
    }

    /** A new person's draft, field by field; ethnicity Thái (03), no village, mother or numbers unless given. */
    public static final class Builder {
        private final String fullName;
        private final Sex sex;
        private LocalDate birthDate;
        private String ethnicityCode = "03";
        private UUID villageId;
        private UUID motherId;
        private String personalId;
        private String insuranceNo;
        private String phone;

        private Builder(String fullName, Sex sex, LocalDate birthDate) {
            this.fullName = fullName;
            this.sex = sex;
            this.birthDate = birthDate;
        }

        public Builder born(LocalDate day) {
            this.birthDate = day;
            return this;
        }

        public Builder born(int year, int month, int day) {
            return born(LocalDate.of(year, month, day));
        }

        public Builder ethnicity(String code) {
            this.ethnicityCode = code;
            return this;
        }

        public Builder village(UUID id) {
            this.villageId = id;
            return this;
        }

        public Builder mother(UUID id) {
            this.motherId = id;
            return this;
        }

        public Builder personalId(String number) {
            this.personalId = number;
            return this;
        }

        public Builder insuranceNo(String number) {
            this.insuranceNo = number;
            return this;
        }

        public Builder phone(String number) {
            this.phone = number;
            return this;
        }

        public PersonDraft draft() {
            return new PersonDraft(null, fullName, sex, birthDate, false, ethnicityCode, villageId, motherId,
                    personalId, insuranceNo, phone);
        }
    }
}
