package vn.tramyte.place;

/**
 * The GSO code list a place code belongs to. A code alone is ambiguous across the
 * 1 July 2025 reform (DOMAIN.md §1), so it never travels without its list.
 */
public enum CodeList {
    Y2024("2024"), Y2025("2025");

    private final String code;

    CodeList(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CodeList fromCode(String code) {
        for (CodeList c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown code list: " + code);
    }
}
