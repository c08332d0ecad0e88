package vn.tramyte.vaccination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.vaccination.Fixtures.CATALOGUE;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;

class VaccineCatalogueTest {
    private static final String HEADER = "code,series,dose,target,name_vi,name_en,due_months,min_age_days,"
            + "min_interval_days,max_age_days,born_from,full_immunization,protection_years,source\n";

    @Test
    void defaultCatalogueHasTheCodesOfTheImportFormatInDisplayOrder() {
        assertEquals(List.of("HEPB0", "BCG", "PENTA1", "PENTA2", "PENTA3", "OPV1", "OPV2", "OPV3", "IPV1", "IPV2",
                "MEASLES1", "MR", "DPT4", "JE1", "JE2", "JE3", "TD", "ROTA1", "ROTA2", "PCV1", "PCV2", "PCV3",
                "TT1", "TT2", "TT3", "TT4", "TT5"), CATALOGUE.all().stream().map(Vaccine::code).toList());
        assertEquals(List.of("HEPB0", "BCG", "PENTA", "OPV", "IPV", "MEASLES", "MR", "DPT4", "JE", "TD", "ROTA",
                "PCV", "TT"), CATALOGUE.seriesNames());
    }

    @Test
    void fullImmunizationIsBcgPentaThreeOpvThreeAndMeaslesByDefault() {
        assertEquals(List.of("BCG", "PENTA1", "PENTA2", "PENTA3", "OPV1", "OPV2", "OPV3", "MEASLES1"),
                CATALOGUE.fullImmunizationSet().stream().map(Vaccine::code).toList());
    }

    @Test
    void scheduleValuesOfTheCircularAreRead() {
        Vaccine penta2 = CATALOGUE.byCode("PENTA2").orElseThrow();
        assertEquals("PENTA", penta2.series());
        assertEquals(2, penta2.dose());
        assertEquals(3, penta2.dueMonths());
        assertEquals(28, penta2.minIntervalDays());
        assertEquals(7, CATALOGUE.byCode("JE2").orElseThrow().minIntervalDays());
        assertEquals(365, CATALOGUE.byCode("JE3").orElseThrow().minIntervalDays());
        assertEquals(List.of(0, 28, 182, 365, 365),
                CATALOGUE.series("TT").stream().map(Vaccine::minIntervalDays).toList());
        assertEquals("Sởi mũi 1", CATALOGUE.byCode("MEASLES1").orElseThrow().name("vi"));
        assertEquals("Measles dose 1", CATALOGUE.byCode("MEASLES1").orElseThrow().name("en"));
        assertNull(CATALOGUE.byCode("TD").orElseThrow().maxAgeDays());
        assertEquals(LocalDate.of(2017, 8, 1), CATALOGUE.byCode("TD").orElseThrow().bornFrom());
    }

    @Test
    void tetanusProtectionDurationsAreData() {
        assertEquals(List.of(ProtectionSpan.NONE, ProtectionSpan.ofYears(3), ProtectionSpan.ofYears(5),
                ProtectionSpan.ofYears(10), ProtectionSpan.LIFELONG),
                CATALOGUE.series("TT").stream().map(Vaccine::protection).toList());
        assertEquals(List.of(Target.WOMAN), CATALOGUE.series("TT").stream().map(Vaccine::target).distinct().toList());
    }

    @Test
    void codesAreFoundWhateverTheirCaseAndSpaces() {
        assertEquals("PENTA1", CATALOGUE.byCode(" penta1 ").orElseThrow().code());
        assertTrue(CATALOGUE.byCode("HPV1").isEmpty());
        assertTrue(CATALOGUE.byCode(null).isEmpty());
    }

    @Test
    void previousDoseOfASeriesIsKnown() {
        assertEquals("OPV2", CATALOGUE.previous(CATALOGUE.byCode("OPV3").orElseThrow()).orElseThrow().code());
        assertTrue(CATALOGUE.previous(CATALOGUE.byCode("OPV1").orElseThrow()).isEmpty());
    }

    @Test
    void catalogueBuiltFromRowsEqualsTheLoadedOne() {
        VaccineCatalogue fromRows = new VaccineCatalogue(new ArrayList<>(CATALOGUE.all()));
        assertEquals(CATALOGUE.all(), fromRows.all());
        assertEquals(CATALOGUE.fullImmunizationSet(), fromRows.fullImmunizationSet());
    }

    @Test
    void aCentresCsvIsReadWithTheSameColumns() {
        VaccineCatalogue c = VaccineCatalogue.read(new StringReader(HEADER
                + "BCG,BCG,1,child,Lao,BCG,0,0,0,364,,true,,x\n"
                + "TT1,TT,1,woman,Uốn ván 1,Tetanus 1,0,0,0,,,false,,x\n"
                + "TT2,TT,2,woman,Uốn ván 2,Tetanus 2,0,0,28,,,false,life,x\n"));
        assertEquals(3, c.all().size());
        assertTrue(c.byCode("TT2").orElseThrow().protection().lifelong());
        assertEquals(List.of("BCG"), c.fullImmunizationSet().stream().map(Vaccine::code).toList());
    }

    @Test
    void brokenRowsAreReportedOneSentenceEach() {
        UserError e = assertThrows(UserError.class, () -> VaccineCatalogue.read(new StringReader(HEADER
                + "BCG,BCG,1,child,Lao,BCG,0,0,0,364,,true,,x\n"
                + "BCG,BCG,2,child,Lao,BCG,0,0,0,364,,true,,x\n"
                + "PENTA1,PENTA,1,child,A,B,2,42,0,30,,true,,x\n"
                + "PENTA3,PENTA,3,child,A,B,4,42,-1,,,true,,x\n"
                + "TT1,TT,1,woman,A,B,0,0,0,,,false,,x\n"
                + "TT2,TT,2,child,A,B,0,0,28,,,false,,x\n"
                + "X-1,X,1,child,,B,0,0,0,,,false,,x\n")));
        assertEquals(List.of(
                Problem.of("code", "vaccination.catalogue.duplicateCode", "BCG"),
                Problem.of("maxAgeDays", "vaccination.catalogue.maxBeforeMin", "PENTA1"),
                Problem.of("minAgeDays", "vaccination.catalogue.negativeValue", "PENTA3"),
                Problem.of("code", "vaccination.catalogue.badCode", "X-1"),
                Problem.of("name", "vaccination.catalogue.nameRequired", "X-1"),
                Problem.of("dose", "vaccination.catalogue.doseNumbering", "PENTA"),
                Problem.of("target", "vaccination.catalogue.mixedTarget", "TT")), e.problems());
    }

    @Test
    void aDamagedNumberInTheFileNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> VaccineCatalogue.read(
                new StringReader(HEADER + "BCG,BCG,1,child,Lao,BCG,zero,0,0,364,,true,,x\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void smallCodeListsReadTheirCodes() {
        assertEquals(DosePlace.OUTREACH, DosePlace.fromCode(" Outreach ").orElseThrow());
        assertEquals(List.of("station", "outreach", "hospital", "private", "other"),
                List.of(DosePlace.values()).stream().map(DosePlace::code).toList());
        assertFalse(DosePlace.fromCode("home").isPresent());
        assertEquals(InvalidReason.AFTER_MAX_AGE, InvalidReason.fromCode("after_max_age").orElseThrow());
        assertEquals("life", ProtectionSpan.parse("LIFE").code());
        assertEquals("", ProtectionSpan.parse(" ").code());
    }
}
