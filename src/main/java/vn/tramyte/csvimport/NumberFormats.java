package vn.tramyte.csvimport;

/**
 * Whether an Excel number format shows a date: the built-in date formats, and a format of the
 * workbook's own whose code has a day or a year in it ({@code dd/mm/yyyy}, {@code [$-42A]d mmm yyyy})
 * outside quoted text, escapes and brackets. A time alone ({@code h:mm}, {@code [h]:mm:ss}) is no date.
 */
final class NumberFormats {
    private NumberFormats() {
    }

    static boolean isDate(int id, String code) {
        if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
            return code == null || !isTimeOnly(code);
        }
        if (id < 164 || code == null) {
            return false;
        }
        String bare = strip(code);
        return bare.indexOf('d') >= 0 || bare.indexOf('y') >= 0;
    }

    private static boolean isTimeOnly(String code) {
        String bare = strip(code);
        return bare.indexOf('d') < 0 && bare.indexOf('y') < 0 && bare.indexOf('m') < 0 && !bare.isEmpty()
                && bare.indexOf('h') >= 0;
    }

    /** The code lower-cased, only its first section, without quoted text, escaped characters and [brackets]. */
    private static String strip(String code) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                bracket = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == ';') {
                break;
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
