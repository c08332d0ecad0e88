package vn.tramyte.person;

import java.util.Locale;
import java.util.Optional;

/** Sex as recorded in the registers. The WHO growth tables number it 1 (male) and 2 (female). */
public enum Sex {
    MALE("M", 1, "sex.male"),
    FEMALE("F", 2, "sex.female");

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    private final String code;
    private final int whoCode;
    private final String messageKey;

    Sex(String code, int whoCode, String messageKey) {
        this.code = code;
        this.whoCode = whoCode;
        this.messageKey = messageKey;
    }

    /** The code stored in the database and written in CSV files: M or F. */
    public String code() {
        return code;
    }

    /** 1 = male, 2 = female, as in the WHO growth standard tables. */
    public int whoCode() {
        return whoCode;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Sex fromCode(String code) {
        // the stored codes first: a report reads tens of thousands of people (parse() normalizes text)
        if ("F".equals(code)) {
            return FEMALE;
        }
        if ("M".equals(code)) {
            return MALE;
        }
        return parse(code).orElseThrow(() -> new IllegalArgumentException("unknown sex code: " + code));
    }

    /** Reads M/F, 1/2, Nam/Nữ, male/female, case and diacritics ignored. */
    public static Optional<Sex> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = MARKS.matcher(java.text.Normalizer.normalize(text.trim(), java.text.Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT);
        switch (t) {
            case "m": case "1": case "nam": case "male": case "boy":
                return Optional.of(MALE);
            case "f": case "2": case "nu": case "female": case "girl":
                return Optional.of(FEMALE);
            default:
                return Optional.empty();
        }
    }
}
