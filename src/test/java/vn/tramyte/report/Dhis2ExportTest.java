package vn.tramyte.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.plan.Population;
import vn.tramyte.testing.TestStation;

/**
 * The counts of ReportFixture's station for DHIS2, as a dataValueSet parsed back and as ADX
 * validated against the base structure of ADX (src/test/resources/adx/adx-base.xsd): numerators
 * and denominators, never rates, under the default codes and then under an imported mapping.
 */
class Dhis2ExportTest {
    static final Set<Population> BOTH = EnumSet.allOf(Population.class);
    static final Messages EN = Messages.forLanguage("en");

    @TempDir
    static Path dir;
    static Services station;
    static Report year;

    @BeforeAll
    static void aStationWithTheFixture() throws Exception {
        station = TestStation.station(dir.resolve("station"));
        ReportFixture.importInto(station, dir.resolve("registers"));
        year = station.reports().report(ReportRequest.of(Period.year(2025)));
    }

    @AfterAll
    static void close() {
        station.close();
    }

    /** A JSON document as maps, lists and strings, read with jackson-core's streaming parser. */
    static Object parse(Path file) throws Exception {
        try (JsonParser p = new JsonFactory().createParser(Files.newInputStream(file))) {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(JsonParser p) throws Exception {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() != JsonToken.END_OBJECT) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, value(p));
            }
            return map;
        }
        if (p.currentToken() == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p));
            }
            return list;
        }
        return p.getText();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> dataValues(Object json) {
        return (List<Map<String, Object>>) ((Map<String, Object>) json).get("dataValues");
    }

    static String valueOf(List<Map<String, Object>> values, String dataElement, String coc) {
        List<Object> found = values.stream().filter(v -> v.get("dataElement").equals(dataElement)
                && java.util.Objects.equals(v.get("categoryOptionCombo"), coc)).map(v -> v.get("value")).toList();
        assertEquals(1, found.size(), dataElement + "/" + coc + " in " + values);
        return (String) found.get(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDataValueSetCarriesTheCountsUnderTheDefaultCodes() throws Exception {
        Path json = dir.resolve("out/2025.json");
        ReportFiles.Written w = station.reportFiles().write(year, ReportFormat.DHIS2_JSON, BOTH, EN, json);
        Map<String, Object> set = (Map<String, Object>) parse(json);
        assertEquals("TYT_PLAN", set.get("dataSet"));
        assertEquals("2025", set.get("period"));
        assertEquals("03637", set.get("orgUnit"), "one commune: its org unit once at the top");
        assertEquals("CODE", set.get("idScheme"));
        List<Map<String, Object>> values = dataValues(set);
        assertEquals(11 * 2 * 2, values.size(), "numerator and denominator of 11 indicators for 2 populations");
        assertEquals(values.size(), w.items());
        assertTrue(values.stream().allMatch(v -> v.get("period").equals("2025") && v.get("orgUnit").equals("03637")));
        assertEquals("2", valueOf(values, "TYT_IMR_NUM", "ALL"));
        assertEquals("6", valueOf(values, "TYT_IMR_DEN", "ALL"));
        assertEquals("4", valueOf(values, "TYT_IMR_DEN", "DTTS"));
        assertEquals("3", valueOf(values, "TYT_SKILLED_BIRTH_NUM", "ALL"));
        assertEquals("4", valueOf(values, "TYT_SKILLED_BIRTH_DEN", "ALL"));
        assertEquals("0", valueOf(values, "TYT_MMR_NUM", "DTTS"));
        assertFalse(Files.readString(json).contains("333"), "no rate is sent");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aQuarterAndAMonthTakeDhis2sPeriodNamesAndOnePopulationOnlyItsCombo() throws Exception {
        Report q2 = station.reports().report(ReportRequest.of(Period.quarter(2025, 2)));
        Path json = dir.resolve("out/q2.json");
        station.reportFiles().write(q2, ReportFormat.DHIS2_JSON, EnumSet.of(Population.ALL), EN, json);
        Map<String, Object> set = (Map<String, Object>) parse(json);
        assertEquals("2025Q2", set.get("period"));
        assertEquals(22, dataValues(set).size());
        assertTrue(dataValues(set).stream().allMatch(v -> "ALL".equals(v.get("categoryOptionCombo"))));
        assertEquals("2", valueOf(dataValues(set), "TYT_IMR_DEN", "ALL"));

        Report march = station.reports().report(ReportRequest.of(Period.month(2025, 3)));
        station.reportFiles().write(march, ReportFormat.DHIS2_JSON, BOTH, EN, json);
        assertEquals("202503", ((Map<String, Object>) parse(json)).get("period"));
    }

    @Test
    void aYearToDateOrARangeCannotGoToDhis2() {
        Report ytd = station.reports().report(ReportRequest.of(Period.parse("ytd", station.reports().today())));
        Path out = dir.resolve("out/ytd.json");
        UserError e = assertThrows(UserError.class,
                () -> station.reportFiles().write(ytd, ReportFormat.ADX, BOTH, EN, out));
        assertEquals("The period \"2026-01-01..2026-11-22\" cannot go to DHIS2: DHIS2 takes a year (2024), a quarter "
                + "(2024Q2) or a month (2024-03). Choose one of those.", e.describe(EN));
        assertFalse(Files.exists(out), "nothing written");
        Report range = station.reports().report(ReportRequest.of(Period.parse("01/01/2025..31/03/2025",
                station.reports().today())));
        assertThrows(UserError.class, () -> station.reportFiles().write(range, ReportFormat.DHIS2_JSON, BOTH, EN,
                out));
    }

    static Document adx(Path file) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = sf.newSchema(new StreamSource(Dhis2ExportTest.class.getResource("/adx/adx-base.xsd")
                .toExternalForm()));
        schema.newValidator().validate(new StreamSource(file.toFile()));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void theAdxMessageIsValidAgainstTheAdxStructureWithThePopulationAsADisaggregation() throws Exception {
        Path xml = dir.resolve("out/2025.adx.xml");
        station.reportFiles().write(year, ReportFormat.ADX, BOTH, EN, xml);
        Document doc = adx(xml);
        Element root = doc.getDocumentElement();
        assertEquals("urn:ihe:qrph:adx:2015", root.getNamespaceURI());
        assertEquals("adx", root.getLocalName());
        assertEquals("2026-11-22T10:00:00+07:00", root.getAttribute("exported"));
        NodeList groups = root.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "group");
        assertEquals(1, groups.getLength());
        Element group = (Element) groups.item(0);
        assertEquals("03637", group.getAttribute("orgUnit"));
        assertEquals("2025-01-01/P1Y", group.getAttribute("period"));
        assertEquals("TYT_PLAN", group.getAttribute("dataSet"));
        NodeList values = group.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "dataValue");
        assertEquals(44, values.getLength());
        Map<String, String> byKey = new LinkedHashMap<>();
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            byKey.put(v.getAttribute("dataElement") + "/" + v.getAttribute("TYT_POPULATION"), v.getAttribute("value"));
        }
        assertEquals("2", byKey.get("TYT_IMR_NUM/ALL"));
        assertEquals("4", byKey.get("TYT_IMR_DEN/DTTS"));
        assertEquals("2", byKey.get("TYT_ANC3_NUM/DTTS"));
    }

    @Test
    void aBrokenAdxMessageFailsTheSchema() throws Exception {
        Path bad = dir.resolve("out/bad.xml");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2026-11-22T10:00:00+07:00\">"
                + "<group orgUnit=\"03637\" period=\"2025\" dataSet=\"TYT_PLAN\"><dataValue dataElement=\"X\" "
                + "value=\"2\"/></group></adx>", StandardCharsets.UTF_8);
        assertThrows(org.xml.sax.SAXException.class, () -> adx(bad), "a DHIS2 period is not an ADX period");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anImportedMappingRenamesTheCodesInBothFiles() throws Exception {
        Path dataDir = dir.resolve("mapped");
        try (Services s = TestStation.station(dataDir)) {
            ReportFixture.importInto(s, dir.resolve("registers-mapped"));
            s.dhis2Mapping().importMapping(TestStation.WORKER, new StringReader(
                    "kind,code_list,place_code,indicator,population,count,name,dhis2_code,category_option_combo\n"
                            + "data_set,,,,,,,LC_TYT_KH,\n"
                            + "adx_category,,,,,,,POP,\n"
                            + "data_element,,,imr,all,numerator,,VN_IMR_DEATHS,\n"
                            + "data_element,,,imr,dtts,numerator,,VN_IMR_DEATHS,DTTS_ONLY\n"
                            + "org_unit,2025,03637,,,,Xã Mường Kim,LC_TU_MUONGKIM,\n"), "ma-dhis2.csv");
            Report r = s.reports().report(ReportRequest.of(Period.year(2025)));
            Path json = dir.resolve("out/mapped.json");
            s.reportFiles().write(r, ReportFormat.DHIS2_JSON, BOTH, EN, json);
            Map<String, Object> set = (Map<String, Object>) parse(json);
            assertEquals("LC_TYT_KH", set.get("dataSet"));
            assertEquals("LC_TU_MUONGKIM", set.get("orgUnit"));
            List<Map<String, Object>> values = dataValues(set);
            assertEquals("2", valueOf(values, "VN_IMR_DEATHS", null), "the default combo is left out");
            assertEquals("2", valueOf(values, "VN_IMR_DEATHS", "DTTS_ONLY"));
            assertEquals("6", valueOf(values, "TYT_IMR_DEN", "ALL"), "lines left out keep their defaults");

            Path xml = dir.resolve("out/mapped.xml");
            s.reportFiles().write(r, ReportFormat.ADX, BOTH, EN, xml);
            Element group = (Element) adx(xml).getDocumentElement().getElementsByTagNameNS(AdxXml.NAMESPACE, "group")
                    .item(0);
            assertEquals("LC_TU_MUONGKIM", group.getAttribute("orgUnit"));
            assertEquals("LC_TYT_KH", group.getAttribute("dataSet"));
            Element first = (Element) group.getElementsByTagNameNS(AdxXml.NAMESPACE, "dataValue").item(0);
            assertEquals("VN_IMR_DEATHS", first.getAttribute("dataElement"));
            assertFalse(first.hasAttribute("POP"), "DHIS2's default combo: no disaggregation");
            Element second = (Element) group.getElementsByTagNameNS(AdxXml.NAMESPACE, "dataValue").item(1);
            assertEquals("ALL", second.getAttribute("POP"));
            assertNull(set.get("nothing"));
        }
    }
}
