package vn.tramyte.person;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tramyte.common.Problem;
import vn.tramyte.common.SearchText;

/** The rules a person must meet before anything is saved; each broken rule is one sentence. */
public final class PersonValidator {
    public static final int MIN_MOTHER_AGE_YEARS = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EthnicGroups ethnicGroups;

    public PersonValidator(EthnicGroups ethnicGroups) {
        this.ethnicGroups = ethnicGroups;
    }

    /**
     * @param mother the person named as mother, when one is named and found
     * @param villageBelongs whether the chosen village belongs to the station (true when none is chosen)
     */
    public List<Problem> validate(PersonDraft d, LocalDate today, Optional<Person> mother, boolean motherNamed,
                                  boolean villageBelongs) {
        List<Problem> problems = new ArrayList<>();
        String name = SearchText.clean(d.fullName());
        if (name.isEmpty()) {
            problems.add(Problem.of("fullName", "person.error.nameRequired"));
        } else if (name.length() < 2 || name.length() > 200 || !name.matches("[\\p{L}\\p{M} .'-]+")) {
            problems.add(Problem.of("fullName", "person.error.nameInvalid", name));
        }
        if (d.sex() == null) {
            problems.add(Problem.of("sex", "person.error.sexRequired"));
        }
        if (d.birthDate() == null) {
            problems.add(Problem.of("birthDate", "person.error.birthDateRequired"));
        } else if (d.birthDate().isAfter(today)) {
            problems.add(Problem.of("birthDate", "person.error.birthDateFuture", DATE.format(d.birthDate()),
                    DATE.format(today)));
        } else if (d.birthDate().getYear() < 1900) {
            problems.add(Problem.of("birthDate", "person.error.birthDateTooOld", DATE.format(d.birthDate())));
        }
        if (d.ethnicityCode() != null && ethnicGroups.byCode(EthnicGroup.LIST_1979, d.ethnicityCode()).isEmpty()) {
            problems.add(Problem.of("ethnicity", "person.error.ethnicityUnknown", d.ethnicityCode()));
        }
        if (!villageBelongs) {
            problems.add(Problem.of("village", "person.error.villageElsewhere"));
        }
        checkMother(d, mother, motherNamed, problems);
        checkIdentifiers(d, problems);
        return problems;
    }

    private static void checkMother(PersonDraft d, Optional<Person> mother, boolean motherNamed,
                                    List<Problem> problems) {
        if (!motherNamed) {
            return;
        }
        if (mother.isEmpty()) {
            problems.add(Problem.of("mother", "person.error.motherNotFound"));
            return;
        }
        Person m = mother.get();
        if (d.id() != null && d.id().equals(m.id())) {
            problems.add(Problem.of("mother", "person.error.motherSelf"));
            return;
        }
        if (m.sex() != Sex.FEMALE) {
            problems.add(Problem.of("mother", "person.error.motherNotFemale", m.fullName()));
        }
        if (d.birthDate() != null && m.birthDate() != null
                && m.birthDate().plusYears(MIN_MOTHER_AGE_YEARS).isAfter(d.birthDate())) {
            problems.add(Problem.of("mother", "person.error.motherTooYoung", m.fullName(),
                    DATE.format(m.birthDate()), MIN_MOTHER_AGE_YEARS));
        }
    }

    private static void checkIdentifiers(PersonDraft d, List<Problem> problems) {
        String pid = blankToNull(d.personalId());
        if (pid != null && !pid.matches("\\d{12}")) {
            problems.add(Problem.of("personalId", "person.error.personalIdFormat", pid));
        }
        String ins = blankToNull(d.insuranceNo());
        if (ins != null && !ins.matches("\\d{10}") && !ins.toUpperCase(java.util.Locale.ROOT).matches("[A-Z]{2}\\d{13}")) {
            problems.add(Problem.of("insuranceNo", "person.error.insuranceFormat", ins));
        }
        String phone = blankToNull(d.phone());
        if (phone != null && !phone.replaceAll("[ .-]", "").matches("(\\+84|0)\\d{9,10}")) {
            problems.add(Problem.of("phone", "person.error.phoneFormat", phone));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
