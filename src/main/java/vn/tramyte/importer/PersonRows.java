package vn.tramyte.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tramyte.common.Problem;
import vn.tramyte.csvimport.CsvRow;
import vn.tramyte.csvimport.CsvTable;
import vn.tramyte.csvimport.Duplicates;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.csvimport.RowChange;
import vn.tramyte.csvimport.RowReader;
import vn.tramyte.db.Tx;
import vn.tramyte.common.DateText;
import vn.tramyte.person.EthnicGroup;
import vn.tramyte.person.Person;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonService;
import vn.tramyte.person.Sex;
import vn.tramyte.place.PlaceService;

/** persons.csv: checked row by row like typed people, then saved by ref (new, updated or unchanged). */
final class PersonRows implements FileRows {
    /** A checked row, ready to be applied. */
    record Row(int line, String ref, String fullName, Sex sex, DateText.Parsed birth, String ethnicity, String village,
               String motherRef, String personalId, String insuranceNo, String phone) {
    }

    private static final Map<String, String> FIELD_TO_COLUMN = Map.of("fullName", "full_name", "sex", "sex",
            "birthDate", "birth_date", "ethnicity", "ethnicity", "mother", "mother_ref", "personalId", "personal_id",
            "insuranceNo", "insurance_no", "phone", "phone", "village", "village");

    private final PersonService people;
    private final PlaceService places;
    private final List<Row> rows = new ArrayList<>();
    /** Every row's mother_ref, also of rows with other problems, so an unknown ref is reported too. */
    private final Map<Integer, String> motherRefs = new HashMap<>();

    PersonRows(PersonService people, PlaceService places) {
        this.people = people;
        this.places = places;
    }

    @Override
    public ImportFile file() {
        return ImportFile.PERSONS;
    }

    @Override
    public void check(CsvTable table, ImportSession session, ImportReport.Builder report) {
        read(table, session, report);
        check(table, session, session.context().today(), report);
    }

    @Override
    public void apply(Tx tx, ImportSession session, ImportReport.Builder report) {
        applyAll(tx, session, report);
    }

    /** First pass: what each row says, so refs to people of this same file resolve in the second. */
    private void read(CsvTable table, ImportSession session, ImportReport.Builder report) {
        report.problems(Duplicates.inColumn(table.rows(), "ref"));
        for (CsvRow csv : table.rows()) {
            RowReader r = new RowReader(csv, session.context(), report::problem);
            Optional<String> ref = r.ref("ref");
            Optional<String> name = r.text("full_name");
            Optional<Sex> sex = r.sex("sex");
            Optional<DateText.Parsed> birth = r.birthDate("birth_date");
            Optional<EthnicGroup> ethnicity = r.ethnicity("ethnicity");
            Optional<String> village = r.text("village");
            Optional<String> motherRef = r.ref("mother_ref");
            Optional<String> personalId = r.text("personal_id");
            Optional<String> insurance = r.text("insurance_no");
            Optional<String> phone = r.text("phone");
            motherRef.ifPresent(m -> motherRefs.put(csv.line(), m));
            if (ref.isPresent() && sex.isPresent() && birth.isPresent()) {
                session.addFromFile(new ImportSession.KnownPerson(ref.get(), null, sex.get(), birth.get().date(),
                        csv.line()));
            }
            if (r.ok()) {
                rows.add(new Row(csv.line(), ref.get(), name.get(), sex.get(), birth.get(),
                        ethnicity.map(EthnicGroup::code).orElse(null), village.orElse(null), motherRef.orElse(null),
                        personalId.orElse(null), insurance.orElse(null), phone.orElse(null)));
            }
        }
    }

    /** Second pass: the rules of a typed person, with the mother found in this import or the records. */
    private void check(CsvTable table, ImportSession session, LocalDate today, ImportReport.Builder report) {
        Map<Integer, CsvRow> byLine = new HashMap<>();
        table.rows().forEach(r -> byLine.put(r.line(), r));
        motherRefs.forEach((line, ref) -> {
            if (session.person(ref).isEmpty()) {
                new RowReader(byLine.get(line), session.context(), report::problem)
                        .refNotFound("mother_ref", ImportFile.PERSONS);
            }
        });
        for (Row row : rows) {
            RowReader r = new RowReader(byLine.get(row.line()), session.context(), report::problem);
            Optional<Person> mother = Optional.empty();
            if (row.motherRef() != null) {
                Optional<ImportSession.KnownPerson> known = session.person(row.motherRef());
                if (known.isEmpty()) {
                    continue;
                }
                ImportSession.KnownPerson k = known.get();
                mother = Optional.of(new Person(k.id(), session.stationCode(), row.motherRef(), k.sex(),
                        k.birthDate(), false, null, null, null, null, null, null, null));
            }
            List<Problem> problems = people.validator().validate(draft(row, null, null), today, mother,
                    row.motherRef() != null, true);
            for (Problem p : problems) {
                r.problem(FIELD_TO_COLUMN.getOrDefault(p.field(), null), p);
            }
        }
    }

    private static PersonDraft draft(Row row, java.util.UUID id, java.util.UUID mother) {
        return new PersonDraft(id, row.fullName(), row.sex(), row.birth().date(), row.birth().yearOnly(),
                row.ethnicity(), null, mother, row.personalId(), row.insuranceNo(), row.phone());
    }

    /**
     * Saves every row, mothers before their children, and counts what changed. The station's imported
     * people and villages are read once; each row is then saved without a query of its own.
     */
    private void applyAll(Tx tx, ImportSession session, ImportReport.Builder report) {
        String station = session.stationCode();
        Map<String, Person> stored = new HashMap<>(people.importedPeople(tx, station));
        Map<String, java.util.UUID> villages = new HashMap<>();
        Map<String, Row> byRef = new HashMap<>();
        rows.forEach(r -> byRef.put(r.ref(), r));
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Row row : rows) {
            // the mothers of this file first (a chain is followed without recursion)
            java.util.ArrayDeque<Row> chain = new java.util.ArrayDeque<>();
            for (Row r = row; r != null && !done.contains(r.ref()) && !chain.contains(r);
                 r = r.motherRef() == null ? null : byRef.get(r.motherRef())) {
                chain.push(r);
            }
            while (!chain.isEmpty()) {
                Row next = chain.pop();
                Person saved = applyOne(tx, station, next, stored, villages, report);
                stored.put(next.ref(), saved);
                session.applied(next.ref(), saved.id());
                done.add(next.ref());
            }
        }
    }

    private Person applyOne(Tx tx, String station, Row row, Map<String, Person> stored,
                            Map<String, java.util.UUID> villages, ImportReport.Builder report) {
        java.util.UUID village = row.village() == null ? null : villages.computeIfAbsent(
                vn.tramyte.common.SearchText.normalize(row.village()),
                k -> places.villageNamed(tx, station, row.village()).id());
        Optional<Person> existing = Optional.ofNullable(stored.get(row.ref()));
        Optional<Person> mother = row.motherRef() == null ? Optional.empty()
                : Optional.ofNullable(stored.get(row.motherRef()));
        PersonDraft d = draft(row, existing.map(Person::id).orElse(null), mother.map(Person::id).orElse(null));
        PersonDraft withVillage = new PersonDraft(d.id(), d.fullName(), d.sex(), d.birthDate(), d.birthYearOnly(),
                d.ethnicityCode(), village, d.motherId(), d.personalId(), d.insuranceNo(), d.phone());
        if (existing.isPresent() && PersonDraft.of(existing.get()).equals(normalised(withVillage))) {
            report.count(ImportFile.PERSONS, RowChange.UNCHANGED);
            return existing.get();
        }
        Person saved = people.saveImported(tx, station, withVillage, row.ref(), existing, mother);
        report.count(ImportFile.PERSONS, existing.isPresent() ? RowChange.UPDATED : RowChange.NEW);
        return saved;
    }

    /** The draft as the service would store it, to see whether a re-imported row changes anything. */
    private static PersonDraft normalised(PersonDraft d) {
        return new PersonDraft(d.id(), vn.tramyte.common.SearchText.clean(d.fullName()), d.sex(), d.birthDate(),
                d.birthYearOnly(), d.ethnicityCode(), d.villageId(), d.motherId(), blank(d.personalId()),
                d.insuranceNo() == null || d.insuranceNo().isBlank() ? null
                        : d.insuranceNo().trim().toUpperCase(java.util.Locale.ROOT), blank(d.phone()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
