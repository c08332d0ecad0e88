package vn.tramyte.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Messages;
import vn.tramyte.db.AuditAction;
import vn.tramyte.death.CauseGroup;
import vn.tramyte.death.DeathPlace;

/** The codes of a death and a delivery, as the demo writes them, read as their labels on the audit page. */
class AuditWordsTest {
    private static final Messages VI = new Messages(Messages.VIETNAMESE);

    private static String label(String code, java.util.function.Function<String, String> keyOf) {
        return VI.get(keyOf.apply(code));
    }

    @Test
    void codedFieldsOfADeathAreShownByTheirLabelsAndALinkNumberIsLeftOut() {
        AuditLine line = new AuditLine(1, OffsetDateTime.of(2026, 11, 22, 3, 0, 0, 0, ZoneOffset.UTC), "Lò Thị Hương (huong)",
                "death", UUID.randomUUID(), AuditAction.INSERT,
                "death_date=2025-04-27; place=on_the_way; cause_group=maternal; pregnancy_related=true; "
                        + "pregnancy_id=" + UUID.randomUUID(), null, null);
        ReadableLine read = new AuditWords(VI, ZoneOffset.ofHours(7)).read(line, id -> null, code -> null);
        String onTheWay = label("on_the_way", c -> java.util.Arrays.stream(DeathPlace.values())
                .filter(p -> p.code().equals(c)).findFirst().orElseThrow().messageKey());
        String maternal = label("maternal", c -> java.util.Arrays.stream(CauseGroup.values())
                .filter(g -> g.code().equals(c)).findFirst().orElseThrow().messageKey());
        assertEquals("22/11/2026 10:00", read.when());
        assertEquals("Tử vong", read.record());
        assertEquals("Ngày tử vong: 27/04/2025; Nơi: " + onTheWay + "; Nhóm nguyên nhân: " + maternal
                + "; Liên quan thai sản: Có", read.what());
    }

    /** Issue 17: a visit and a new catalogue as earlier versions stored them (Java's text) read in words. */
    @Test
    void aVisitAndACatalogueWrittenByEarlierVersionsReadInWords() {
        AuditWords words = new AuditWords(new Messages(Messages.ENGLISH), ZoneOffset.ofHours(7));
        AuditLine visit = new AuditLine(2, OffsetDateTime.of(2026, 3, 1, 2, 0, 0, 0, ZoneOffset.UTC), "thu",
                "anc_visit", UUID.randomUUID(), AuditAction.INSERT, "pregnancy_id=" + UUID.randomUUID()
                + "; visit_date=2026-03-01; bp=null/null; fetal_heart=FetalHeart[present=true, bpm=152]; "
                + "urine_protein=TRACE; hiv_test=NEGATIVE; tetanus_dose=TT1; iron_folic=true 30; examiner=Lò Thị Thu",
                null, null);
        assertEquals("Visit date: 01/03/2026; Blood pressure: (empty); Fetal heart: 152 beats/min; Urine protein: Trace; "
                + "HIV test: Negative; Tetanus dose: TT1; Iron/folic acid: Yes, 30 tablets; Examined by: Lò Thị Thu",
                words.read(visit, id -> null, code -> null).what());
        AuditLine catalogue = new AuditLine(3, OffsetDateTime.of(2026, 3, 1, 2, 0, 0, 0, ZoneOffset.UTC), "quantri",
                "vaccine_catalogue", UUID.randomUUID(), AuditAction.UPDATE, "catalogue_version: 1 → 2; 25 doses", null,
                null);
        assertEquals("Catalogue version: 1 → 2; Doses in the catalogue: 25",
                words.read(catalogue, id -> null, code -> null).what());
    }

    /** A weighing's decimals read with the language's decimal mark (Vietnamese: a comma), digits as stored. */
    @Test
    void decimalsAreShownWithTheDecimalMarkOfTheLanguage() {
        AuditLine weighing = new AuditLine(4, OffsetDateTime.of(2026, 11, 22, 3, 0, 0, 0, ZoneOffset.UTC),
                "Lò Thị Hương (huong)", "measurement", UUID.randomUUID(), AuditAction.UPDATE,
                "weight_kg: 9.5 → 9.75; length_cm: 76.0 → 76.0; muac_mm: 131 → 132; lot: 2024.01 → 2024.02", null, null);
        String vi = new AuditWords(VI, ZoneOffset.ofHours(7)).read(weighing, id -> null, code -> null).what();
        String en = new AuditWords(new Messages(Messages.ENGLISH), ZoneOffset.ofHours(7))
                .read(weighing, id -> null, code -> null).what();
        assertEquals(true, vi.contains("9,5 → 9,75") && vi.contains("76,0") && vi.contains("131 → 132")
                && vi.contains("2024.01 → 2024.02"), vi);
        assertEquals(true, en.contains("9.5 → 9.75") && en.contains("76.0") && en.contains("131 → 132"), en);
    }
}
