package vn.tramyte.csvimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.testing.ExcelFiles;

class ImportTextTest {
    private static final String PERSONS = "ref,full_name,sex,birth_date,village\n"
            + "1,Lò Thị Hoa,F,12/04/1998,Mường Kim\n2,Hoàng Văn Đức,M,2025-09-03,Than Uyên\n"
            + "3,Nguyễn Thị Ngọc Ánh,F,1990,Bản Phố Mới\n";

    @Test
    void excelsVietnameseCodePageIsReadWithTheNamesInTheFormTypedInTheWindow() {
        byte[] bytes = ExcelFiles.windows1258(PERSONS);
        // the tone marks really are separate characters in the file: ố of "Phố" is ô (F4) then U+0301 (EC)
        String bytesAsLatin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(bytesAsLatin1.contains("Ph\u00F4\u00EC"), bytesAsLatin1);

        ImportText.Decoded text = ImportText.decode(bytes);

        assertEquals(ImportText.Encoding.WINDOWS_1258, text.encoding());
        assertTrue(text.encoding().assumed());
        assertEquals(PERSONS, text.text());
        assertTrue(Normalizer.isNormalized(text.text(), Normalizer.Form.NFC));
    }

    @Test
    void excelsUnicodeTextIsUtf16WithItsByteOrderMark() {
        ImportText.Decoded text = ImportText.decode(ExcelFiles.unicodeText(PERSONS.replace(',', '\t')));

        assertEquals(ImportText.Encoding.UTF_16LE, text.encoding());
        assertEquals(PERSONS.replace(',', '\t'), text.text());
    }

    @Test
    void utf8WithOrWithoutItsMarkIsNotToldAsAnAssumption() {
        byte[] plain = PERSONS.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);

        for (byte[] bytes : List.of(plain, marked)) {
            ImportText.Decoded text = ImportText.decode(bytes);
            assertEquals(PERSONS, text.text());
            assertFalse(text.encoding().assumed());
        }
    }

    @Test
    void decomposedUtf8IsPutInTheComposedForm() {
        String decomposed = Normalizer.normalize(PERSONS, Normalizer.Form.NFD);

        assertEquals(PERSONS, ImportText.decode(decomposed.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void aByteNoEncodingReadsIsRefusedAtItsLine() {
        byte[] bytes = (PERSONS + "4,Lo Van X,M,2020-01-01\n").getBytes(StandardCharsets.UTF_8);
        // 0x81 is in neither UTF-8 (alone) nor Windows-1258
        bytes[bytes.length - 5] = (byte) 0x81;

        ImportText.Decoded text = ImportText.decode(bytes);

        assertFalse(text.ok());
        assertEquals(5, text.badLine());
    }
}
