package vn.tramyte.report;

import java.util.Locale;
import java.util.Optional;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.common.Coded;

/**
 * One line of the DHIS2 mapping: what of the report (the data set, the ADX population attribute,
 * an indicator's numerator or denominator for a population, a commune) goes to which DHIS2
 * code. Fields that do not apply to its kind are null.
 *
 * @param code                the DHIS2 code: data set, ADX attribute, data element or organisation unit
 * @param categoryOptionCombo a data element's category option combo; "" for DHIS2's default
 */
public record Dhis2Line(Kind kind, CodeList codeList, String placeCode, Indicator indicator, Population population,
                        Part part, String code, String categoryOptionCombo) {

    /** What a line maps. */
    public enum Kind implements Coded {
        DATA_SET("data_set"), ADX_CATEGORY("adx_category"), DATA_ELEMENT("data_element"), ORG_UNIT("org_unit");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Kind> fromCode(String code) {
            return Coded.exact(Kind.class, code);
        }
    }

    /** Which count of an indicator: DHIS2 receives counts, never rates. */
    public enum Part implements Coded {
        NUMERATOR("numerator", "NUM"), DENOMINATOR("denominator", "DEN");

        private final String code;
        private final String suffix;

        Part(String code, String suffix) {
            this.code = code;
            this.suffix = suffix;
        }

        public String code() {
            return code;
        }

        public static Optional<Part> fromCode(String code) {
            return Coded.exact(Part.class, code);
        }
    }

    public static final String DEFAULT_DATA_SET = "TYT_PLAN";
    public static final String DEFAULT_ADX_CATEGORY = "TYT_POPULATION";

    public static Dhis2Line dataSet(String code) {
        return new Dhis2Line(Kind.DATA_SET, null, null, null, null, null, code, "");
    }

    public static Dhis2Line adxCategory(String code) {
        return new Dhis2Line(Kind.ADX_CATEGORY, null, null, null, null, null, code, "");
    }

    public static Dhis2Line dataElement(Indicator i, Population p, Part part, String code, String coc) {
        return new Dhis2Line(Kind.DATA_ELEMENT, null, null, i, p, part, code, coc);
    }

    public static Dhis2Line orgUnit(CodeList list, String placeCode, String code) {
        return new Dhis2Line(Kind.ORG_UNIT, list, placeCode, null, null, null, code, "");
    }

    /** The default of a data element: TYT_IMR_NUM, category option combo ALL or DTTS. */
    public static Dhis2Line defaultDataElement(Indicator i, Population p, Part part) {
        return dataElement(i, p, part, "TYT_" + i.code().toUpperCase(Locale.ROOT) + "_" + part.suffix,
                p.code().toUpperCase(Locale.ROOT));
    }

    /** What the line maps, the same for a stored line and its default. */
    public String key() {
        switch (kind) {
            case DATA_ELEMENT:
                return kind.code + "/" + indicator.code() + "/" + population.code() + "/" + part.code();
            case ORG_UNIT:
                return kind.code + "/" + codeList.code() + "/" + placeCode;
            default:
                return kind.code;
        }
    }
}
