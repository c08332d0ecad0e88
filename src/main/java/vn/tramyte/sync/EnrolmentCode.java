package vn.tramyte.sync;

import java.security.SecureRandom;

/**
 * The one-time code read out by phone with an enrolment file: 16 digits in four groups
 * (about 53 bits), stretched with PBKDF2 (200,000 rounds of HMAC-SHA256) into the key that
 * opens the file. Spaces and dashes typed by the user are ignored.
 */
public final class EnrolmentCode {
    private static final SecureRandom RANDOM = new SecureRandom();

    private EnrolmentCode() {
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return sb.toString();
    }

    /** The digits only: "1234 5678-9012 3456" → "1234567890123456". */
    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[^0-9]", "");
    }
}
