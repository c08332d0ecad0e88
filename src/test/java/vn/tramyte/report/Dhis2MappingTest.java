package vn.tramyte.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.db.generated.Tables;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.testing.TestStation;

/** The DHIS2 mapping a centre edits: defaults out of the box, an edited file in force and audited, bad files refused whole. */
class Dhis2MappingTest {
    static final String HEADER = "kind,code_list,place_code,indicator,population,count,name,dhis2_code,"
            + "category_option_combo\n";
    static final Messages EN = Messages.forLanguage("en");

    @TempDir
    Path dir;

    private static String export(Services s, Messages m) throws Exception {
        StringWriter out = new StringWriter();
        s.dhis2Mapping().exportMapping(out, m);
        return out.toString();
    }

    private static int auditLines(Services s) {
        return s.database().read(tx -> tx.dsl().fetchCount(Tables.AUDIT_LOG,
                Tables.AUDIT_LOG.TABLE_NAME.eq(Dhis2MappingService.TABLE)));
    }

    @Test
    void aCentreExportsTheDefaultCodesForEveryCountAndEachOfItsCommunesInBothLists() throws Exception {
        try (Services centre = TestStation.centre(dir)) {
            String csv = export(centre, Messages.forLanguage("vi"));
            List<String> lines = csv.lines().toList();
            assertEquals(HEADER.trim(), lines.get(0));
            assertTrue(lines.contains("data_set,,,,,,Bộ dữ liệu (data set) nhận các số của báo cáo,TYT_PLAN,"), csv);
            assertTrue(lines.contains("adx_category,,,,,,Thuộc tính ADX mang đối tượng (chung / DTTS),TYT_POPULATION,"),
                    csv);
            assertTrue(lines.contains("data_element,,,imr,all,numerator,Tỷ suất tử vong trẻ em dưới 1 tuổi (‰) – Tử số "
                    + "– Chung,TYT_IMR_NUM,ALL"), csv);
            assertTrue(lines.contains("data_element,,,tetanus_protected,dtts,denominator,Tỷ lệ phụ nữ đẻ được bảo vệ "
                    + "phòng uốn ván (%) – Mẫu số – Dân tộc thiểu số,TYT_TETANUS_PROTECTED_DEN,DTTS"), csv);
            assertEquals(44, lines.stream().filter(l -> l.startsWith("data_element,")).count());
            assertTrue(lines.contains("org_unit,2024,110,,,,Huyện Than Uyên,110,"), csv);
            assertTrue(lines.contains("org_unit,2024,03637,,,,Xã Mường Kim,03637,"), csv);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("org_unit,2025,")), "the 2025 communes too: " + csv);
            assertEquals(0, centre.dhis2Mapping().version());
        }
    }

    @Test
    void anEditedFileIsInForceAsTheNextVersionAndAudited() throws Exception {
        try (Services centre = TestStation.centre(dir)) {
            String edited = export(centre, EN).replace("data_element,,,imr,all,numerator,", "data_element,,,imr,all,"
                    + "numerator,edited,VN_IMR_DEATHS,ALL\nx,").replace("org_unit,2024,03637,,,,Xã Mường Kim,03637,",
                    "org_unit,2024,03637,,,,Xã Mường Kim,LC_TU_MK,");
            // the replaced IMR line leaves a broken remainder: drop it, keep the rest of the export as it is
            edited = String.join("\n", edited.lines().filter(l -> !l.startsWith("x,")).toList()) + "\n";
            assertEquals(1, centre.dhis2Mapping().importMapping("Nguyễn Thị Thu Hà", new StringReader(edited),
                    "ma.csv"));
            Dhis2Mapping m = centre.dhis2Mapping().mapping();
            assertEquals("VN_IMR_DEATHS", m.dataElement(Indicator.IMR, Population.ALL, Dhis2Line.Part.NUMERATOR).code());
            assertEquals("TYT_IMR_DEN", m.dataElement(Indicator.IMR, Population.ALL, Dhis2Line.Part.DENOMINATOR).code());
            assertEquals("LC_TU_MK", m.orgUnit(CodeList.Y2024, "03637"));
            assertEquals("03640", m.orgUnit(CodeList.Y2024, "03640"));
            assertEquals(1, auditLines(centre));
            assertTrue(export(centre, EN).contains("org_unit,2024,03637,,,,Xã Mường Kim,LC_TU_MK,"));
            assertEquals(2, centre.dhis2Mapping().importMapping("Nguyễn Thị Thu Hà", new StringReader(HEADER),
                    "trong.csv"), "an empty file puts the defaults back");
            assertEquals("03637", centre.dhis2Mapping().mapping().orgUnit(CodeList.Y2024, "03637"));
            assertEquals(2, auditLines(centre));
        }
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeWithASentencePerLine() throws Exception {
        try (Services centre = TestStation.centre(dir)) {
            String file = HEADER
                    + "data_element,,,imr,all,numerator,,VN_IMR_DEATHS,ALL\n"
                    + "data_element,,,imr,everyone,numerator,,X,ALL\n"
                    + "data_elemnt,,,imr,all,numerator,,X,ALL\n"
                    + "data_element,,,anc3,all,numerator,,Tử vong,ALL\n"
                    + "org_unit,2024,01234,,,,Xã Lạ,LC_X,\n"
                    + "adx_category,,,,,,,value,\n"
                    + "data_element,,,anc4,all,total,,,ALL\n";
            UserError e = assertThrows(UserError.class, () -> centre.dhis2Mapping().importMapping("Hà",
                    new StringReader(file), "ma.csv"));
            assertEquals(List.of(
                    "Line 3: population \"everyone\" is unknown. Write all or dtts (ethnic minorities).",
                    "Line 4: kind \"data_elemnt\" is unknown. Write data_set, adx_category, data_element or org_unit.",
                    "Line 5: the code \"Tử vong\" cannot be used. A DHIS2 code has at most 50 characters: letters "
                            + "without accents, digits and _ . : / -",
                    "Line 7: \"value\" cannot name an ADX attribute. Write letters without accents, digits or _, "
                            + "starting with a letter (for example TYT_POPULATION).",
                    "Line 8: the DHIS2 code is missing (column dhis2_code).",
                    "Line 8: count \"total\" is unknown. Write numerator or denominator.",
                    "Line 6: 01234 (code list 2024) is not a commune of 110 – Huyện Than Uyên. Write the code of one "
                            + "of its communes."),
                    List.of(e.describe(EN).split("\n")));
            assertEquals(0, centre.dhis2Mapping().version(), "nothing changed");
            assertEquals("TYT_IMR_NUM", centre.dhis2Mapping().mapping()
                    .dataElement(Indicator.IMR, Population.ALL, Dhis2Line.Part.NUMERATOR).code());
            assertEquals(0, auditLines(centre));
        }
    }

    @Test
    void twoCountsSentToOneDhis2CellAreRefused() throws Exception {
        try (Services centre = TestStation.centre(dir)) {
            UserError twoLines = assertThrows(UserError.class, () -> centre.dhis2Mapping().importMapping("Hà",
                    new StringReader(HEADER + "data_element,,,imr,all,numerator,,DEATHS,ALL\n"
                            + "data_element,,,u5mr,all,numerator,,DEATHS,ALL\n"), "ma.csv"));
            assertEquals("Line 3 sends to the same data element DEATHS (combo ALL) as line 2: one count would overwrite "
                    + "the other in DHIS2. Change the code of one of them.", twoLines.describe(EN));
            UserError aDefault = assertThrows(UserError.class, () -> centre.dhis2Mapping().importMapping("Hà",
                    new StringReader(HEADER + "data_element,,,imr,all,numerator,,TYT_IMR_DEN,ALL\n"), "ma.csv"));
            assertEquals("Line 2 sends to the same data element TYT_IMR_DEN (combo ALL) as the default code of "
                    + "imr,all,denominator: one count would overwrite the other in DHIS2. Add a line for "
                    + "imr,all,denominator with another code.", aDefault.describe(EN));
            UserError unit = assertThrows(UserError.class, () -> centre.dhis2Mapping().importMapping("Hà",
                    new StringReader(HEADER + "org_unit,2024,03637,,,,,03640,\n"), "ma.csv"));
            assertEquals("Line 2 sends to the same DHIS2 org unit 03640 as the default code of the commune 2024,03640. "
                    + "Add a line for that commune with another code.", unit.describe(EN));
            UserError repeated = assertThrows(UserError.class, () -> centre.dhis2Mapping().importMapping("Hà",
                    new StringReader(HEADER + "data_set,,,,,,,A,\ndata_set,,,,,,,B,\n"), "ma.csv"));
            assertEquals("Line 3 repeats line 2. Keep one of them.", repeated.describe(EN));
            assertEquals(0, centre.dhis2Mapping().version());
        }
    }

    @Test
    void aFileWithoutItsColumnsIsNamedAsSuch() {
        try (Services centre = TestStation.centre(dir)) {
            UserError e = assertThrows(UserError.class, () -> centre.dhis2Mapping().importMapping("Hà",
                    new StringReader("kind,code\ndata_set,A\n"), "ma.csv"));
            assertEquals("The file ma.csv has no column dhis2_code. Columns: kind,code_list,place_code,indicator,"
                    + "population,count,name,dhis2_code,category_option_combo.", e.describe(EN));
        }
    }
}
