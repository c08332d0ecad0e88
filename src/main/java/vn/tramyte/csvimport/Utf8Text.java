package vn.tramyte.csvimport;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as strict UTF-8. Excel's plain "CSV" on a Vietnamese Windows is
 * Windows-1258, which a lenient decoder would silently turn into replacement characters in
 * every name; refusing it, with the line of the first bad byte, tells the user what to redo.
 */
public final class Utf8Text {
    private static final char BOM = '\uFEFF';

    /** Either the text (without a byte-order mark) or the 1-based line of the first bad byte. */
    public record Decoded(String text, int badLine) {
        public boolean ok() {
            return text != null;
        }
    }

    private Utf8Text() {
    }

    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, lineAt(bytes, in.position()));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return new Decoded(!text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text, 0);
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
