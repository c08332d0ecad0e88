package vn.tramyte.antenatal;

import java.util.Locale;
import java.util.Optional;

/**
 * A tetanus dose for a woman, TT1 to TT5 (UV1 to UV5 in Vietnamese registers, Td when the
 * combined vaccine is used). A dose given at a visit also belongs to her tetanus record, under
 * the vaccine catalogue code returned by {@link #vaccineCode()}.
 */
public enum TetanusDose {
    TT1, TT2, TT3, TT4, TT5;

    /** Message key of a dose's shown name (UV1 in Vietnamese, TT1 in English), argument {@link #number()}. */
    public static final String MESSAGE_KEY = "antenatal.tetanusDose";

    public int number() {
        return ordinal() + 1;
    }

    /** The catalogue code of CSV-IMPORT.md: TT1 to TT5. */
    public String vaccineCode() {
        return name();
    }

    /** Reads TT1, UV1, Td1 (any case, spaces ignored) or the dose number alone. */
    public static Optional<TetanusDose> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replace(" ", "").toUpperCase(Locale.ROOT);
        for (String prefix : new String[] {"TT", "UV", "TD"}) {
            if (t.startsWith(prefix)) {
                t = t.substring(prefix.length());
                break;
            }
        }
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '5') {
            return Optional.of(values()[t.charAt(0) - '1']);
        }
        return Optional.empty();
    }
}
