package vn.tramyte.death;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.common.Problem;
import vn.tramyte.csvimport.ContractCodes;
import vn.tramyte.csvimport.CsvRow;
import vn.tramyte.csvimport.CsvTable;
import vn.tramyte.csvimport.Duplicates;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.csvimport.RowChange;
import vn.tramyte.csvimport.RowReader;
import vn.tramyte.db.Tx;
import vn.tramyte.importer.FileRows;
import vn.tramyte.importer.ImportSession;
import vn.tramyte.common.DateText;
import vn.tramyte.person.EthnicGroup;
import vn.tramyte.person.PersonService;
import vn.tramyte.person.Sex;
import vn.tramyte.place.PlaceService;

/**
 * deaths.csv: one death per row, keyed by its ref; either person_ref names a registered person,
 * or full_name, sex and birth_date describe someone not registered (village by name, added when new).
 */
public final class DeathRows implements FileRows {
    record Row(int line, String ref, String personRef, DeathDraft draft, String villageName) {
    }

    private final DeathService deaths;
    private final PersonService people;
    private final PlaceService places;
    private final List<Row> rows = new ArrayList<>();

    public DeathRows(DeathService deaths, PersonService people, PlaceService places) {
        this.deaths = deaths;
        this.people = people;
        this.places = places;
    }

    @Override
    public ImportFile file() {
        return ImportFile.DEATHS;
    }

    @Override
    public void check(CsvTable table, ImportSession session, ImportReport.Builder report) {
        report.problems(Duplicates.inColumn(table.rows(), "ref"));
        report.problems(Duplicates.byKey(table.rows().stream().filter(r -> !r.isBlank("person_ref")).toList(),
                "person_ref", "person_ref", r -> r.get("person_ref")));
        for (CsvRow csv : table.rows()) {
            RowReader r = new RowReader(csv, session.context(), report::problem);
            Optional<String> ref = r.ref("ref");
            Optional<String> personRef = r.ref("person_ref");
            r.requireWhenEmpty("full_name", "person_ref");
            r.requireWhenEmpty("sex", "person_ref");
            r.requireWhenEmpty("birth_date", "person_ref");
            Optional<String> name = r.text("full_name");
            Optional<Sex> sex = r.sex("sex");
            Optional<DateText.Parsed> birth = r.birthDate("birth_date");
            Optional<LocalDate> date = r.date("death_date");
            Optional<String> place = r.code("place", ContractCodes.EVENT_PLACES);
            Optional<String> cause = r.code("cause_group", ContractCodes.CAUSE_GROUPS);
            Optional<String> causeText = r.text("cause_text");
            Optional<Boolean> pregnant = r.yesNo("pregnancy_related");
            Optional<EthnicGroup> ethnicity = r.ethnicity("ethnicity");
            Optional<String> village = r.text("village");
            if (!r.ok()) {
                continue;
            }
            DeathFacts facts;
            DeathDraft draft;
            DeathPlace deathPlace = place.flatMap(DeathPlace::fromCode).orElse(null);
            CauseGroup group = cause.flatMap(CauseGroup::fromCode).orElse(null);
            if (personRef.isPresent()) {
                Optional<ImportSession.KnownPerson> p = session.person(personRef.get());
                if (p.isEmpty()) {
                    r.refNotFound("person_ref", ImportFile.PERSONS);
                    continue;
                }
                facts = new DeathFacts(p.get().sex(), p.get().birthDate(), false, null, date.get(), group,
                        pregnant.orElse(null), null);
                draft = new DeathDraft(null, null, null, null, null, false, null, null, null, date.get(), deathPlace,
                        group, causeText.orElse(null), pregnant.orElse(null));
            } else {
                facts = new DeathFacts(sex.get(), birth.get().date(), birth.get().yearOnly(), null, date.get(), group,
                        pregnant.orElse(null), null);
                draft = new DeathDraft(null, null, name.get(), sex.get(), birth.get().date(), birth.get().yearOnly(),
                        null, ethnicity.map(EthnicGroup::code).orElse(null), null, date.get(), deathPlace, group,
                        causeText.orElse(null), pregnant.orElse(null));
            }
            for (Problem p : new DeathValidator().validate(facts, null, session.context().today())) {
                r.problem(column(p.field()), p);
            }
            if (r.ok()) {
                rows.add(new Row(csv.line(), ref.get(), personRef.orElse(null), draft, village.orElse(null)));
            }
        }
    }

    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "deathDate" -> "death_date";
            case "pregnancyRelated" -> "pregnancy_related";
            case "causeGroup" -> "cause_group";
            case "sex" -> "sex";
            case "birthDate" -> "birth_date";
            default -> null;
        };
    }

    @Override
    public void apply(Tx tx, ImportSession session, ImportReport.Builder report) {
        String station = session.stationCode();
        for (Row row : rows) {
            Optional<Death> existing = deaths.findImported(tx, station, row.ref());
            UUID person = row.personRef() == null ? null
                    : session.personId(row.personRef());
            UUID village = row.villageName() == null || person != null ? null
                    : places.villageNamed(tx, station, row.villageName()).id();
            DeathDraft d = row.draft();
            DeathDraft wanted = new DeathDraft(existing.map(Death::id).orElse(null), person, d.fullName(), d.sex(),
                    d.birthDate(), d.birthYearOnly(), d.ageYears(), d.ethnicityCode(), village, d.deathDate(),
                    d.place(), d.causeGroup(), d.causeText(), d.pregnancyRelated());
            if (existing.isPresent() && Objects.equals(existing.get().draft(), wanted)) {
                report.count(ImportFile.DEATHS, RowChange.UNCHANGED);
                continue;
            }
            deaths.save(tx, station, wanted, row.ref());
            report.count(ImportFile.DEATHS, existing.isPresent() ? RowChange.UPDATED : RowChange.NEW);
        }
    }
}
