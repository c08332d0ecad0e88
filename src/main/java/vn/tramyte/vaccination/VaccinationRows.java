package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.common.Problem;
import vn.tramyte.csvimport.ContractCodes;
import vn.tramyte.csvimport.CsvRow;
import vn.tramyte.csvimport.CsvTable;
import vn.tramyte.csvimport.Duplicates;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportProblem;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.csvimport.RowChange;
import vn.tramyte.csvimport.RowReader;
import vn.tramyte.db.Tx;
import vn.tramyte.importer.FileRows;
import vn.tramyte.importer.ImportSession;
import vn.tramyte.person.PersonService;

/**
 * vaccinations.csv: one dose per row, keyed by person_ref + vaccine + date, so a re-import
 * changes nothing and a corrected place or lot updates the dose it names. The doses of each
 * person are judged together against the schedule, with the doses already recorded: a refused
 * dose (future, before birth, the same dose twice, a woman's dose for a child) is an invalid row;
 * a dose that does not count for its series is imported with its reason, as when typed.
 */
public final class VaccinationRows implements FileRows {
    record Row(CsvRow csv, String personRef, String vaccine, LocalDate date, DosePlace place, String lot) {
        String importRef() {
            return personRef + "@" + vaccine + "@" + date;
        }

        GivenDose dose() {
            return new GivenDose(vaccine, date, place, lot, false);
        }
    }

    private final VaccinationService vaccination;
    private final PersonService people;
    private final Map<String, List<Row>> byPerson = new LinkedHashMap<>();

    public VaccinationRows(VaccinationService vaccination, PersonService people) {
        this.vaccination = vaccination;
        this.people = people;
    }

    @Override
    public ImportFile file() {
        return ImportFile.VACCINATIONS;
    }

    @Override
    public void check(CsvTable table, ImportSession session, ImportReport.Builder report) {
        report.problems(Duplicates.byKey(table.rows(), "vaccine", "person_ref + vaccine + date",
                r -> r.get("person_ref") + "@" + VaccineCatalogue.normalizeCode(r.get("vaccine")) + "@" + r.get("date")));
        VaccineCatalogue catalogue = vaccination.catalogue();
        Map<String, ImportSession.KnownPerson> persons = new LinkedHashMap<>();
        for (CsvRow csv : table.rows()) {
            RowReader r = new RowReader(csv, session.context(), report::problem);
            Optional<String> ref = r.ref("person_ref");
            Optional<String> code = r.text("vaccine");
            Optional<LocalDate> date = r.date("date");
            Optional<String> place = r.code("place", ContractCodes.DOSE_PLACES);
            Optional<String> lot = r.text("lot");
            if (code.isPresent() && catalogue.byCode(code.get()).isEmpty()) {
                r.problem("vaccine", "vaccination.import.unknownVaccine", code.get(),
                        String.join(", ", catalogue.all().stream().map(Vaccine::code).toList()));
            }
            if (!r.ok()) {
                continue;
            }
            Optional<ImportSession.KnownPerson> person = session.person(ref.get());
            if (person.isEmpty()) {
                r.refNotFound("person_ref", ImportFile.PERSONS);
                continue;
            }
            r.notBeforeBirth("date", date.get(), person.get().birthDate());
            if (!r.ok()) {
                continue;
            }
            persons.put(ref.get(), person.get());
            byPerson.computeIfAbsent(ref.get(), k -> new ArrayList<>()).add(new Row(csv, ref.get(),
                    VaccineCatalogue.normalizeCode(code.get()), date.get(),
                    place.flatMap(DosePlace::fromCode).orElse(null), lot.orElse(null)));
        }
        for (Map.Entry<String, List<Row>> e : byPerson.entrySet()) {
            checkAgainstSchedule(session, persons.get(e.getKey()), e.getValue(), report);
        }
    }

    /** Judges a person's new doses together with the doses already recorded, as the screen does. */
    private void checkAgainstSchedule(ImportSession session, ImportSession.KnownPerson person, List<Row> rows,
                                      ImportReport.Builder report) {
        UUID saved = person.id() != null ? person.id()
                : session.recordedId(person.ref());
        List<StoredDose> existing = saved == null ? List.of() : vaccination.doses(saved);
        List<Row> fresh = rows.stream().filter(r -> alreadyThere(existing, r).isEmpty()).toList();
        if (fresh.isEmpty() || person.sex() == null) {
            return;
        }
        DoseEvaluation evaluation = vaccination.evaluate(new Vaccinee(person.birthDate(), person.sex()), saved,
                fresh.stream().map(Row::dose).toList(), session.context().today());
        for (DoseEvaluation.Refusal refusal : evaluation.refusals()) {
            Row row = fresh.get(refusal.index());
            Problem p = refusal.problem();
            String column = "date".equals(p.field()) ? "date" : "vaccine";
            report.problem(ImportProblem.ofCell(row.csv().fileName(), row.csv().line(), column,
                    row.csv().get(column), p.key(), p.args()));
        }
    }

    /** The dose a row names when it is recorded already: imported with its key, or typed with the same code and day. */
    private static Optional<StoredDose> alreadyThere(List<StoredDose> existing, Row row) {
        return existing.stream().filter(d -> d.dose().vaccineCode().equals(row.vaccine())
                && d.dose().date().equals(row.date())).findFirst();
    }

    @Override
    public void apply(Tx tx, ImportSession session, ImportReport.Builder report) {
        String station = session.stationCode();
        Map<UUID, List<StoredDose>> stored = vaccination.dosesOfStationPeople(tx, station);
        for (Map.Entry<String, List<Row>> e : byPerson.entrySet()) {
            UUID person = session.personId(e.getKey());
            List<StoredDose> existing = stored.getOrDefault(person, List.of());
            List<Row> fresh = new ArrayList<>();
            for (Row row : e.getValue()) {
                Optional<StoredDose> there = alreadyThere(existing, row);
                if (there.isEmpty()) {
                    fresh.add(row);
                } else if (Objects.equals(there.get().dose().place(), row.place())
                        && Objects.equals(there.get().dose().lot(), row.lot())) {
                    report.count(ImportFile.VACCINATIONS, RowChange.UNCHANGED);
                } else {
                    vaccination.updateDetails(tx, there.get(), row.dose());
                    report.count(ImportFile.VACCINATIONS, RowChange.UPDATED);
                }
            }
            if (!fresh.isEmpty()) {
                ImportSession.KnownPerson known = session.person(e.getKey()).orElseThrow();
                vaccination.recordImported(tx, station, person, new Vaccinee(known.birthDate(), known.sex()),
                        existing, fresh.stream().map(Row::dose).toList(), fresh.stream().map(Row::importRef).toList());
                report.count(ImportFile.VACCINATIONS, RowChange.NEW, fresh.size());
            }
        }
    }
}
