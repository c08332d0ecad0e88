package vn.tramyte.csvimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportFileTest {
    @Test
    void theFilesAreTheEightOfTheContract() {
        assertEquals(List.of("persons.csv", "vaccinations.csv", "pregnancies.csv", "measurements.csv", "deaths.csv",
                "anc_visits.csv", "deliveries.csv", "births.csv"), ImportFile.fileNames());
    }

    @Test
    void columnsAndTheirRequiredMarksAreThoseOfTheContractsTable() {
        assertEquals(List.of("ref", "full_name", "sex", "birth_date", "ethnicity", "village", "mother_ref",
                "personal_id", "insurance_no", "phone"), ImportFile.PERSONS.columnNames());
        assertEquals(List.of("ref", "full_name", "sex", "birth_date"), ImportFile.PERSONS.requiredColumnNames());
        assertEquals(List.of("person_ref", "vaccine", "date"), ImportFile.VACCINATIONS.requiredColumnNames());
        assertEquals(List.of("ref", "person_ref"), ImportFile.PREGNANCIES.requiredColumnNames());
        assertEquals(List.of("pregnancy_ref", "date"), ImportFile.ANC_VISITS.requiredColumnNames());
        assertEquals(List.of("pregnancy_ref", "date", "place", "attendant"),
                ImportFile.DELIVERIES.requiredColumnNames());
        assertEquals(List.of("pregnancy_ref", "outcome"), ImportFile.BIRTHS.requiredColumnNames());
        assertEquals(List.of("person_ref", "date", "weight_kg"), ImportFile.MEASUREMENTS.requiredColumnNames());
        assertEquals(List.of("ref", "death_date"), ImportFile.DEATHS.requiredColumnNames());
        assertEquals(12, ImportFile.DEATHS.columns().size());
        assertEquals(8, ImportFile.ANC_VISITS.columns().size());
    }

    @Test
    void everyFileComesAfterTheFilesItNames() {
        List<ImportFile> order = ImportFile.dependencyOrder();
        assertEquals(ImportFile.PERSONS, order.get(0));
        for (ImportFile file : order) {
            for (ImportFile dependency : file.dependencies()) {
                assertTrue(order.indexOf(dependency) < order.indexOf(file), file + " after " + dependency);
            }
        }
        assertEquals(Set.of(ImportFile.PREGNANCIES, ImportFile.PERSONS), ImportFile.BIRTHS.dependencies());
        assertEquals(Set.of(ImportFile.PREGNANCIES), ImportFile.ANC_VISITS.dependencies());
    }

    @Test
    void onlyPersonsPregnanciesAndDeathsHaveARefOfTheirOwn() {
        for (ImportFile file : ImportFile.values()) {
            boolean own = file == ImportFile.PERSONS || file == ImportFile.PREGNANCIES || file == ImportFile.DEATHS;
            assertEquals(own ? Optional.of("ref") : Optional.empty(), file.refColumn(), file.fileName());
        }
    }

    @Test
    void aFileNameIsRecognisedIgnoringCase() {
        assertEquals(Optional.of(ImportFile.ANC_VISITS), ImportFile.forFileName("ANC_Visits.CSV"));
        assertEquals(Optional.empty(), ImportFile.forFileName("anc_visit.csv"));
        assertEquals(Optional.empty(), ImportFile.forFileName("persons.xlsx"));
    }
}
