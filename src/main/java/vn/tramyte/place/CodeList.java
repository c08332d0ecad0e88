package vn.tramyte.place;

import vn.tramyte.common.Coded;

/**
 * The GSO code list a place code belongs to. A code alone is ambiguous across the
 * 1 July 2025 reform (DOMAIN.md §1), so it never travels without its list.
 */
public enum CodeList implements Coded {
    Y2024("2024"), Y2025("2025");

    private final String code;

    CodeList(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The code list of a code as a file writes it, or empty when there is none such. */
    public static java.util.Optional<CodeList> parse(String code) {
        return Coded.exact(CodeList.class, code);
    }

    public static CodeList fromCode(String code) {
        return Coded.exact(CodeList.class, code)
                .orElseThrow(() -> new IllegalArgumentException("unknown code list: " + code));
    }
}
