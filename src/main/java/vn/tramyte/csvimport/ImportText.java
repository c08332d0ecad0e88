package vn.tramyte.csvimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Decodes an import file as Excel writes it. A byte-order mark decides (UTF-8, or UTF-16 for
 * Excel's "Unicode text"); bytes that are valid UTF-8 are UTF-8; anything else is taken as
 * Windows-1258, the code page of a Vietnamese Windows, whose plain "CSV" it is. Windows-1258
 * writes most tone marks as separate combining characters (ố is ô then U+0301), so the text is
 * put in NFC afterwards: a name then equals the same name typed in the window.
 *
 * <p>A lenient decoder would turn every Vietnamese letter of a Windows-1258 file into a
 * replacement character; here a byte that none of these encodings can read is refused, with
 * the line it is on.
 */
public final class ImportText {
    /** Windows-1258 lives in the module jdk.charsets, which the installers put in the runtime. */
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** How a file was read; {@link #assumed} when the user should be told (not UTF-8). */
    public enum Encoding {
        UTF_8("UTF-8", StandardCharsets.UTF_8),
        UTF_16LE("UTF-16 (Unicode)", StandardCharsets.UTF_16LE),
        UTF_16BE("UTF-16 (Unicode)", StandardCharsets.UTF_16BE),
        WINDOWS_1258("Windows-1258", ImportText.WINDOWS_1258);

        private final String shown;
        private final Charset charset;

        Encoding(String shown, Charset charset) {
            this.shown = shown;
            this.charset = charset;
        }

        /** The name the report shows, the same in both languages (it is what Excel's menu says). */
        public String shown() {
            return shown;
        }

        public boolean assumed() {
            return this != UTF_8;
        }
    }

    /**
     * Either the text (NFC, without a byte-order mark) and how it was read, or the 1-based line
     * of the first byte no encoding could read.
     */
    public record Decoded(String text, Encoding encoding, int badLine) {
        public boolean ok() {
            return text != null;
        }
    }

    private ImportText() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, Encoding.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, Encoding.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, Encoding.UTF_16BE);
        }
        Decoded utf8 = strict(bytes, 0, Encoding.UTF_8);
        if (utf8.ok()) {
            return utf8;
        }
        Decoded windows = strict(bytes, 0, Encoding.WINDOWS_1258);
        // neither reads it: the line shown is where the likelier one (the one that read further) stopped
        return windows.ok() || windows.badLine() > utf8.badLine() ? windows : utf8;
    }

    private static Decoded strict(byte[] bytes, int skip, Encoding encoding) {
        CharsetDecoder decoder = encoding.charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            String text = decoder.decode(in).toString();
            // a register of 16 MB is nearly always composed already: no second copy of it then
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                text = Normalizer.normalize(text, Normalizer.Form.NFC);
            }
            return new Decoded(text, encoding, 0);
        } catch (CharacterCodingException e) {
            return new Decoded(null, encoding, lineAt(bytes, skip, in.position(), encoding));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The line of a byte position; in UTF-16 a character is two bytes, a line break one of them 0x0A. */
    private static int lineAt(byte[] bytes, int from, int position, Encoding encoding) {
        int step = encoding == Encoding.UTF_16LE || encoding == Encoding.UTF_16BE ? 2 : 1;
        int line = 1;
        for (int i = from; i + step <= bytes.length && i < position; i += step) {
            int unit = unitAt(bytes, i, encoding);
            boolean crAlone = unit == '\r' && (i + 2 * step > bytes.length || unitAt(bytes, i + step, encoding) != '\n');
            if (unit == '\n' || crAlone) {
                line++;
            }
        }
        return line;
    }

    private static int unitAt(byte[] bytes, int i, Encoding encoding) {
        return switch (encoding) {
            case UTF_16LE -> (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8;
            case UTF_16BE -> (bytes[i] & 0xFF) << 8 | (bytes[i + 1] & 0xFF);
            default -> bytes[i] & 0xFF;
        };
    }
}
