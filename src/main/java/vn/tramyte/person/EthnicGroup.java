package vn.tramyte.person;

/**
 * An ethnic group with the code of the list it comes from (1979 GSO list by default).
 * Every group except Kinh is an ethnic minority (DTTS), DOMAIN.md §2.
 */
public record EthnicGroup(String codeList, String code, String nameVi, String nameEn) {
    public static final String LIST_1979 = "1979";
    public static final String KINH_1979 = "01";

    public boolean minority() {
        return !(LIST_1979.equals(codeList) && KINH_1979.equals(code));
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
