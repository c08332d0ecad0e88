package vn.tramyte.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableHeadersTest {
    @Test
    void aShortTitleStaysOnOneLine() {
        assertEquals("Sởi mũi 1", TableHeaders.lines("Sởi mũi 1", 16));
    }

    @Test
    void aLongTitleBreaksIntoTheShortestLinesKeepingAShortBracketTogether() {
        assertEquals("DPT-VGB-Hib\n(5 trong 1)\nmũi 1", TableHeaders.lines("DPT-VGB-Hib (5 trong 1) mũi 1", 16));
        assertEquals("Bại liệt uống\n(OPV) lần 1", TableHeaders.lines("Bại liệt uống (OPV) lần 1", 16));
        assertEquals("DTP-HepB-Hib\n(5-in-1) dose 1", TableHeaders.lines("DTP-HepB-Hib (5-in-1) dose 1", 16));
    }

    @Test
    void aLongBracketIsBrokenLikeOtherWords() {
        assertEquals("Rota (tiêu\nchảy do vi rút\nRota) lần 1", TableHeaders.lines("Rota (tiêu chảy do vi rút Rota) lần 1", 16));
    }

    @Test
    void neverMoreThanThreeLines() {
        assertEquals(3, TableHeaders.lines("một hai ba bốn năm sáu bảy tám chín mười", 4).lines().count());
    }
}
