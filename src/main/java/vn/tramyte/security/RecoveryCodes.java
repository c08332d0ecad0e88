package vn.tramyte.security;

import java.util.Locale;

/**
 * Recovery codes: 25 letters and digits in five groups ("K7M2Q-..."), about 120 bits, from an
 * alphabet without the look-alikes 0/O and 1/I/L, so that a code copied by hand reads back.
 */
public final class RecoveryCodes {
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LETTERS = 25;

    private RecoveryCodes() {
    }

    static String make(Passwords random) {
        byte[] bytes = random.randomBytes(LETTERS * 2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < LETTERS; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            int v = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
            sb.append(ALPHABET.charAt(v % ALPHABET.length()));
        }
        return sb.toString();
    }

    /** As typed: spaces, dashes and case do not matter. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String letters = typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(letters.charAt(i));
        }
        return sb.toString();
    }
}
